/**
 * Benchmarks: JMH microbenchmarks of the hot paths, and bench programs that print solve times, CPU times and work
 * counts for the reference problems, to be compared with the Python baselines run in the same sitting.
 */
package dev.jpde.bench;
