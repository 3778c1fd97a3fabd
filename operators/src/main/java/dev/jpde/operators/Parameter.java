package dev.jpde.operators;

import java.util.Arrays;

/**
 * A trainable tensor: its values, the gradient that backward passes add into, and the shape under
 * which PyTorch stores it.
 *
 * <p>{@link #value()} and {@link #grad()} are live, row-major arrays in PyTorch's element order for
 * {@link #shape()}. A complex tensor carries a trailing axis of length 2 holding {@code (re, im)},
 * so its flat layout is interleaved complex; its gradient holds {@code (dL/dRe, dL/dIm)}, which is
 * PyTorch's {@code .grad} of a complex parameter of a real loss.
 */
public final class Parameter {

    private final String name;
    private final int[] shape;
    private final boolean complex;
    private final double[] value;
    private final double[] grad;

    /**
     * A zero-valued parameter.
     *
     * @param name    the key under which the owning layer exposes it ({@code "weight"}, {@code "bias"}, ...)
     * @param complex true if the last axis of {@code shape} is the {@code (re, im)} axis of length 2
     * @param shape   PyTorch's shape, every extent at least 1
     */
    public Parameter(String name, boolean complex, int... shape) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("parameter name must be non-empty");
        }
        long size = 1;
        for (int n : shape) {
            if (n < 1) {
                throw new IllegalArgumentException("extents must be >= 1: " + Arrays.toString(shape));
            }
            size *= n;
        }
        if (shape.length == 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("unsupported shape " + Arrays.toString(shape));
        }
        if (complex && shape[shape.length - 1] != 2) {
            throw new IllegalArgumentException("a complex parameter needs a trailing axis of length 2");
        }
        this.name = name;
        this.shape = shape.clone();
        this.complex = complex;
        this.value = new double[(int) size];
        this.grad = new double[(int) size];
    }

    /** The name under which the owning layer exposes this parameter. */
    public String name() {
        return name;
    }

    /** PyTorch's shape of the tensor (a copy), with the {@code (re, im)} axis last if complex. */
    public int[] shape() {
        return shape.clone();
    }

    /** True for a complex tensor stored as {@code (re, im)} pairs. */
    public boolean isComplex() {
        return complex;
    }

    /** Number of doubles (a complex entry counts twice, as PyTorch's FNO parameter count does). */
    public int size() {
        return value.length;
    }

    /** The values, live and row-major. */
    public double[] value() {
        return value;
    }

    /** The accumulated gradient dL/dvalue, live, same layout as {@link #value()}. */
    public double[] grad() {
        return grad;
    }

    /** Sets the accumulated gradient to zero. */
    public void zeroGrad() {
        Arrays.fill(grad, 0.0);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + (complex ? " complex" : "");
    }
}
