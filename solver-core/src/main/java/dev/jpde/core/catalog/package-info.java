/**
 * The built-in components, each registered with {@link java.util.ServiceLoader} under the name case files use:
 * equations, initial conditions, integrators and filters of solver-core. One small provider class each.
 */
package dev.jpde.core.catalog;
