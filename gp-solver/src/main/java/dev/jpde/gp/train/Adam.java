package dev.jpde.gp.train;

/**
 * Adam (Kingma and Ba) on a flat parameter vector, with optax's defaults: {@code m = b1 m + (1 - b1) g},
 * {@code v = b2 v + (1 - b2) g^2}, {@code theta -= lr m_hat / (sqrt(v_hat) + eps)} with bias-corrected moments,
 * {@code b1 = 0.9}, {@code b2 = 0.999}, {@code eps = 1e-8}. No weight decay, no clipping. The moments can be read and
 * restored for checkpoints.
 */
public final class Adam {
    private final double lr;
    private final double b1;
    private final double b2;
    private final double eps;
    private final double[] m;
    private final double[] v;
    private long t;

    public Adam(int size, double learningRate) {
        this(size, learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(int size, double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        this.lr = learningRate;
        this.b1 = beta1;
        this.b2 = beta2;
        this.eps = epsilon;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** One update of {@code params} in place from {@code grad}, at the constructor's learning rate. */
    public void step(double[] params, double[] grad) {
        step(params, grad, lr);
    }

    /**
     * One update of {@code params} in place from {@code grad} at {@code learningRate} (a scheduled rate: the moments
     * do not depend on it).
     */
    public void step(double[] params, double[] grad, double learningRate) {
        t++;
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        for (int i = 0; i < m.length; i++) {
            double g = grad[i];
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            params[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
        }
    }

    /** Steps taken. */
    public long steps() {
        return t;
    }

    /** First moments (live array, for checkpoints). */
    public double[] firstMoment() {
        return m;
    }

    /** Second moments (live array, for checkpoints). */
    public double[] secondMoment() {
        return v;
    }

    /** Restores the step count (with {@link #firstMoment()} / {@link #secondMoment()} filled by the caller). */
    public void restore(long steps) {
        this.t = steps;
    }
}
