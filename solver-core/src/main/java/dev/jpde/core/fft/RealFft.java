package dev.jpde.core.fft;

/**
 * A real-to-complex discrete Fourier transform in numpy's rfft layout.
 *
 * <p>1-D: {@code n} reals map to {@code n/2+1} complex bins (interleaved). 2-D ({@code rows x cols},
 * row-major): the spectrum is {@code rows x (cols/2+1)} complex bins, as {@code numpy.fft.rfft2}.
 * {@code forward} is unscaled; {@code inverse} divides by the number of real points and assumes Hermitian
 * symmetry (imaginary parts of self-conjugate bins are ignored, as numpy does). Inputs are not modified.
 * Not thread-safe: use one instance per thread.
 */
public interface RealFft {
    /** Number of real points. */
    int size();

    /** Number of complex bins in the half spectrum. */
    int spectrumSize();

    /** Transforms {@code size()} reals into {@code 2*spectrumSize()} interleaved doubles. */
    void forward(double[] in, double[] spectrum);

    /** Inverse of {@link #forward}: {@code 2*spectrumSize()} interleaved doubles to {@code size()} reals. */
    void inverse(double[] spectrum, double[] out);
}
