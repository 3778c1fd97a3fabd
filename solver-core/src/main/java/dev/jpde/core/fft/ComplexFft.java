package dev.jpde.core.fft;

/**
 * An in-place complex discrete Fourier transform of fixed shape, on interleaved data.
 *
 * <p>{@code forward}: {@code X_k = sum_j x_j e^{-2 pi i jk/N}} (unscaled); {@code inverse}:
 * {@code x_j = (1/N) sum_k X_k e^{+2 pi i jk/N}}. For 2-D shapes the index is row-major and N is rows*cols.
 * Not thread-safe: use one instance per thread.
 */
public interface ComplexFft {
    /** Number of complex points (rows*cols for 2-D). */
    int size();

    /** Forward transform of {@code 2*size()} interleaved doubles, in place. */
    void forward(double[] data);

    /** Inverse transform (scaled by 1/N), in place. */
    void inverse(double[] data);

    /**
     * Inverse transform without the 1/N factor ({@code x_j = sum_k X_k e^{+2 pi i jk/N}}), in place: for callers that
     * fold the factor into a multiplication they do anyway. The default scales {@link #inverse} back up.
     */
    default void inverseUnscaled(double[] data) {
        inverse(data);
        int n = size();
        for (int i = 0; i < 2 * n; i++) {
            data[i] *= n;
        }
    }
}
