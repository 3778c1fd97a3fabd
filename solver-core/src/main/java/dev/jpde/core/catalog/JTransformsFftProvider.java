package dev.jpde.core.catalog;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.List;

/** Registers {@code jtransforms}: the default, pure-Java FFT backend (one thread, bit-reproducible). */
public final class JTransformsFftProvider implements FftProvider {
    @Override
    public String name() {
        return "jtransforms";
    }

    @Override
    public String description() {
        return "JTransforms 3.2, pure Java, one thread (default; reruns are bit-identical)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Fft create(Parameters parameters) {
        return Fft.jtransforms();
    }
}
