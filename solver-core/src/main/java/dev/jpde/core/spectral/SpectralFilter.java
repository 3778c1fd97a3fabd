package dev.jpde.core.spectral;

/**
 * A real spectral filter {@code sigma(k)} in [0, 1] applied by multiplying Fourier coefficients.
 */
public interface SpectralFilter {
    /** The filter value at wavenumber k. */
    double sigma(double k);

    /** True when {@code sigma == 1} everywhere, so callers may skip the multiplication. */
    default boolean isIdentity() {
        return false;
    }

    /** {@code sigma(k_j)} for each wavenumber, a new array. */
    default double[] symbol(double[] k) {
        double[] s = new double[k.length];
        for (int j = 0; j < k.length; j++) {
            s[j] = sigma(k[j]);
        }
        return s;
    }

    /** The identity filter. */
    static SpectralFilter none() {
        return NoFilter.INSTANCE;
    }
}
