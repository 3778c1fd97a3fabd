package dev.jpde.operators;

import java.util.List;

/**
 * The Gaussian error linear unit in its exact form (PyTorch's default, not the tanh approximation),
 * applied elementwise:
 * <pre>
 *   gelu(x)  = x Phi(x),            Phi(x) = erfc(-x / sqrt 2) / 2
 *   gelu'(x) = Phi(x) + x phi(x),   phi(x) = exp(-x^2 / 2) / sqrt(2 pi)
 * </pre>
 * The layer has no parameters; its channel count only fixes the buffer sizes it checks. Being
 * elementwise, it allows {@code out == in} in forward and {@code gradIn == gradOut} in backward.
 */
public final class Gelu implements Layer {

    private static final double INV_SQRT_2PI = 0.3989422804014326779;

    private final int channels;

    /** GELU over {@code channels} channels. */
    public Gelu(int channels) {
        this.channels = Checks.positive(channels, "channels");
    }

    /** {@code x Phi(x)}. */
    public static double value(double x) {
        return x * Erf.normalCdf(x);
    }

    /** {@code d/dx [x Phi(x)] = Phi(x) + x phi(x)}. */
    public static double derivative(double x) {
        return Erf.normalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    @Override
    public int inChannels() {
        return channels;
    }

    @Override
    public int outChannels() {
        return channels;
    }

    @Override
    public void forward(double[] in, double[] out, int batch, int points) {
        Checks.sizes(this, in, out, batch, points);
        int n = batch * channels * points;
        for (int k = 0; k < n; k++) {
            out[k] = value(in[k]);
        }
    }

    @Override
    public void backward(double[] in, double[] gradOut, double[] gradIn, int batch, int points) {
        Checks.gradients(this, in, gradOut, gradIn, batch, points);
        if (gradIn == null) {
            return;
        }
        int n = batch * channels * points;
        for (int k = 0; k < n; k++) {
            gradIn[k] = gradOut[k] * derivative(in[k]);
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
