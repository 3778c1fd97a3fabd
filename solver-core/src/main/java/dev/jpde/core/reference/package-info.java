/**
 * The published NLSE reference solver's test problems (simple-idealized-1d-nlse, spec nlse.md sections 3-4) as
 * ready-made problems, shared by the verification tests, the benchmarks and the named cases.
 */
package dev.jpde.core.reference;
