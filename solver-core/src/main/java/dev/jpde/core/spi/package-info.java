/**
 * The plug-in contract: equations, initial conditions, integrators and filters register themselves with
 * {@link java.util.ServiceLoader} under the name a case file uses, and declare their parameters (type, default,
 * range) so that case files can be validated with positioned errors before anything runs. Adding a component,
 * even from another jar, means adding a provider class and a {@code META-INF/services} line; nothing central changes.
 */
package dev.jpde.core.spi;
