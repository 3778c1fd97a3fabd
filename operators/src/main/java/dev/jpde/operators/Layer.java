package dev.jpde.operators;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A differentiable map from a batch of {@code inChannels()}-channel functions on a grid of
 * {@code points} samples to a batch of {@code outChannels()}-channel functions on the same grid,
 * layout {@code (batch, channels, points)} row-major (see the package documentation).
 *
 * <p>A layer is a pure function of its input and its parameters: {@link #backward} recomputes from
 * {@code in} whatever it needs and keeps no state between calls except workspaces. Buffers belong
 * to the caller; unless a layer documents otherwise, {@code in}, {@code out} and the gradients must
 * be distinct arrays. Workspaces are sized on the first call for a given {@code (batch, points)}:
 * later calls of the same size do not allocate.
 */
public interface Layer {

    /** Channels of the input. */
    int inChannels();

    /** Channels of the output. */
    int outChannels();

    /**
     * Computes {@code out = f(in)}.
     *
     * @param in     {@code batch * inChannels() * points} values, not modified
     * @param out    {@code batch * outChannels() * points} values, overwritten
     * @param batch  number of functions
     * @param points grid points per function
     */
    void forward(double[] in, double[] out, int batch, int points);

    /**
     * Back-propagates {@code gradOut = dL/dout} through {@code out = f(in)}: overwrites
     * {@code gradIn} with {@code dL/din} and adds {@code dL/dtheta} into the gradient buffer of
     * every parameter.
     *
     * @param in      the input of the forward pass being differentiated, not modified
     * @param gradOut {@code dL/dout}, {@code batch * outChannels() * points} values, not modified
     * @param gradIn  {@code dL/din}, {@code batch * inChannels() * points} values, overwritten;
     *                null to skip the input gradient
     */
    void backward(double[] in, double[] gradOut, double[] gradIn, int batch, int points);

    /** The trainable parameters, in PyTorch's registration order; empty for a parameter-free layer. */
    List<Parameter> parameters();

    /** Draws the parameters from their initial distribution; a parameter-free layer does nothing. */
    default void initialise(RandomGenerator rng) {
    }
}
