package dev.jpde.core.fft;

/**
 * A source of FFT plans: the backend role. Plans are expensive to make and cheap to run; make them once.
 *
 * <p>{@link #jtransforms()} is the default backend. Another backend (FFTW, a GPU) implements this interface.
 */
public interface Fft {
    /** A 1-D complex transform of {@code n >= 1} points. */
    ComplexFft complex(int n);

    /** A 2-D complex transform of {@code rows x cols} points, row-major. */
    ComplexFft complex(int rows, int cols);

    /** A 1-D real transform of {@code n >= 1} points. */
    RealFft real(int n);

    /** A 2-D real transform of {@code rows x cols} points, numpy {@code rfft2} layout. */
    RealFft real(int rows, int cols);

    /** The JTransforms backend with one FFT thread. */
    static Fft jtransforms() {
        return JTransformsFft.INSTANCE;
    }
}
