package dev.jpde.fft.fftw;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code fftw} (case files: {@code fft: {type: fftw}}) when this module is on the class path. */
public final class FftwFftProvider implements FftProvider {
    @Override
    public String name() {
        return "fftw";
    }

    @Override
    public String description() {
        return "FFTW 3 through JavaCPP (opt-in module fft-fftw, GPL-2); ~2.5x faster than JTransforms at n = 512";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Fft create(Parameters parameters) {
        return new FftwFft();
    }
}
