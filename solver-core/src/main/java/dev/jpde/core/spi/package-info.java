/**
 * The plug-in contract: equations, initial conditions, integrators and filters register themselves with
 * {@link java.util.ServiceLoader} under the name a case file uses, and declare their parameters (type, default,
 * range) so that case files can be validated with positioned errors before anything runs. Adding a component,
 * even from another jar, means adding a provider class and a {@code META-INF/services} line; nothing central changes.
 * Whole solvers (GP-HM) plug in the same way as {@link dev.jpde.core.spi.SolverProvider}s; their runs record results
 * through a {@link dev.jpde.core.spi.ResultRecorder} and may save and resume their state through a
 * {@link dev.jpde.core.spi.StateStore}, both implemented by the front end, so solver modules do no I/O.
 */
package dev.jpde.core.spi;
