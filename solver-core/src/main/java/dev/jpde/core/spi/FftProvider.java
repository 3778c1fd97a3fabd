package dev.jpde.core.spi;

import dev.jpde.core.fft.Fft;

/**
 * Makes an FFT backend, selected by a case file's {@code fft: {type: NAME}} (default {@code jtransforms}).
 * Registered as a ServiceLoader service; the optional {@code fft-fftw} module adds {@code fftw}.
 */
public interface FftProvider extends Component {
    Fft create(Parameters parameters);
}
