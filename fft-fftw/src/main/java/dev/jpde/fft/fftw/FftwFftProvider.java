package dev.jpde.fft.fftw;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;

/** Registers {@code fftw} (case files: {@code fft: {type: fftw}}) when this module is on the class path. */
public final class FftwFftProvider extends NamedComponent implements FftProvider {
    public FftwFftProvider() {
        super("fftw", "FFTW 3 through JavaCPP (opt-in module fft-fftw, GPL-2); ~2.9x faster than JTransforms at n = 512");
    }

    @Override
    public Fft create(Parameters parameters) {
        return new FftwFft();
    }
}
