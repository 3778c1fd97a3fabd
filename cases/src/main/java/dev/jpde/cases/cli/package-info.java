/**
 * The {@code jpde} command line (picocli): each command turns its options into a case spec or a path and makes
 * one library call. Exit codes are decided in one place, {@link dev.jpde.cases.cli.Jpde#run}: 0 ok, 1 run failed,
 * 2 bad usage or bad case file.
 */
package dev.jpde.cases.cli;
