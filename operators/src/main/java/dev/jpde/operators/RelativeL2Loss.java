package dev.jpde.operators;

/**
 * The FNO training loss: the relative L2 error of each sample, summed (not averaged) over the batch,
 * as the reference {@code LpLoss(size_average=False)}:
 * <pre>
 *   L = sum_b ||p_b - y_b||_2 / ||y_b||_2,      dL/dp_b = (p_b - y_b) / (||p_b - y_b||_2 ||y_b||_2)
 * </pre>
 * over the {@code n} values of sample {@code b} (a grid factor would cancel). The gradient of a
 * sample whose prediction is exact is taken as 0. Allocates nothing.
 */
public final class RelativeL2Loss {

    private RelativeL2Loss() {
    }

    /**
     * The summed relative error.
     *
     * @param prediction {@code batch * n} values
     * @param target     {@code batch * n} values; each sample must have a non-zero norm
     * @param batch      number of samples
     * @param n          values per sample
     */
    public static double value(double[] prediction, double[] target, int batch, int n) {
        return evaluate(prediction, target, null, batch, n);
    }

    /**
     * The summed relative error and its gradient with respect to the prediction.
     *
     * @param gradient {@code batch * n} values, overwritten with {@code dL/dprediction}
     * @return the loss {@code L}
     */
    public static double valueAndGradient(double[] prediction, double[] target, double[] gradient,
                                          int batch, int n) {
        return evaluate(prediction, target, gradient, batch, n);
    }

    /** Per-sample errors {@code ||p_b - y_b|| / ||y_b||} into {@code errors[0 .. batch)}. */
    public static void perSample(double[] prediction, double[] target, double[] errors, int batch, int n) {
        check(prediction, target, batch, n);
        if (errors.length < batch) {
            throw new IllegalArgumentException("errors holds " + errors.length + " values, need " + batch);
        }
        for (int b = 0; b < batch; b++) {
            errors[b] = Math.sqrt(squaredDifference(prediction, target, b * n, n))
                    / norm(target, b * n, n, b);
        }
    }

    private static double evaluate(double[] p, double[] y, double[] grad, int batch, int n) {
        check(p, y, batch, n);
        if (grad != null && grad.length < (long) batch * n) {
            throw new IllegalArgumentException("gradient holds " + grad.length + " values, need " + batch * n);
        }
        double loss = 0.0;
        for (int b = 0; b < batch; b++) {
            int at = b * n;
            double ny = norm(y, at, n, b);
            double nd = Math.sqrt(squaredDifference(p, y, at, n));
            loss += nd / ny;
            if (grad != null) {
                double scale = nd > 0.0 ? 1.0 / (nd * ny) : 0.0;
                for (int j = 0; j < n; j++) {
                    grad[at + j] = scale * (p[at + j] - y[at + j]);
                }
            }
        }
        return loss;
    }

    private static double squaredDifference(double[] p, double[] y, int at, int n) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            double d = p[at + j] - y[at + j];
            sum += d * d;
        }
        return sum;
    }

    private static double norm(double[] y, int at, int n, int sample) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += y[at + j] * y[at + j];
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException("target sample " + sample + " has zero norm");
        }
        return Math.sqrt(sum);
    }

    private static void check(double[] p, double[] y, int batch, int n) {
        if (batch < 1 || n < 1) {
            throw new IllegalArgumentException("batch and n must be >= 1, got " + batch + ", " + n);
        }
        long need = (long) batch * n;
        if (p.length < need || y.length < need) {
            throw new IllegalArgumentException("prediction and target need " + need + " values each");
        }
    }
}
