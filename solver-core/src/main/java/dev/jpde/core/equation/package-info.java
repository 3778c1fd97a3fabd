/**
 * Semilinear evolution equations {@code u_t = L u + N(u)} with L diagonal in Fourier space, one short class per
 * equation, built from reusable parts (Fourier bases, the conservative quadratic flux, filters).
 *
 * <p>The state of every equation is a vector of Fourier coefficients (interleaved complex, numpy normalisation)
 * in the layout of its {@link dev.jpde.core.equation.SpectralBasis}: the full spectrum for complex fields (NLSE) or the
 * rfft half spectrum for real fields (Burgers, KdV, Kuramoto-Sivashinsky, Allen-Cahn). Equations do no stepping.
 */
package dev.jpde.core.equation;
