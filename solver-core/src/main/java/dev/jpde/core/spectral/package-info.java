/**
 * Operations on Fourier coefficients: derivative symbols, complex pointwise algebra, spectral filters and
 * dealiasing (the 2/3 rule, the smooth exponential filter, 3/2 zero padding).
 *
 * <p>All operations write into caller-owned output arrays and do not allocate.
 */
package dev.jpde.core.spectral;
