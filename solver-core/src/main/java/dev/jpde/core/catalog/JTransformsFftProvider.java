package dev.jpde.core.catalog;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;

/** Registers {@code jtransforms}: the default, pure-Java FFT backend (one thread, bit-reproducible). */
public final class JTransformsFftProvider extends NamedComponent implements FftProvider {
    public JTransformsFftProvider() {
        super("jtransforms", "JTransforms 3.2, pure Java, one thread (default; reruns are bit-identical)");
    }

    @Override
    public Fft create(Parameters parameters) {
        return Fft.jtransforms();
    }
}
