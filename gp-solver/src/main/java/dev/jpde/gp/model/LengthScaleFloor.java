package dev.jpde.gp.model;

import dev.jpde.gp.kernel.Envelope;

/**
 * A floor on every mixture component's envelope length scale, in node spacings: {@code l_q >= kappa h_j} on
 * dimension j with node spacing {@code h_j}, i.e. {@code log-ls_q <= log p_max} with
 * {@code p_max = }{@link Envelope#scaleOfLength(double) scaleOfLength}{@code (kappa h_j)} ({@code 1/(kappa h)} for
 * the Matérn envelope, {@code 1/(kappa h)^2} for the Gaussian). {@link #apply} is the projection of projected Adam:
 * after each update, every log-ls above its bound is set to the bound.
 *
 * <p>Why: a component whose envelope decorrelates within one node spacing is not resolved by the grid. At the nodes
 * its K is nearly {@code w I} and its {@code D2 K^-1} nearly {@code -(c^2/3) I} (Matérn, {@code c = sqrt(5) b}), so it
 * can satisfy the equation at the nodes by a fake second derivative proportional to U, while the posterior mean
 * between the nodes falls towards zero. The reference has no such bound (a departure; off unless asked for).
 */
public final class LengthScaleFloor {
    private final int[] offsets;
    private final int[] counts;
    private final double[] maxLog;

    /**
     * @param model the model whose kernel blocks to bound
     * @param nodes kappa, the smallest envelope length scale in node spacings (positive)
     */
    public LengthScaleFloor(GpHmModel model, double nodes) {
        if (!(nodes > 0) || Double.isInfinite(nodes)) {
            throw new IllegalArgumentException("the length-scale floor must be a positive number of node spacings, got "
                    + nodes);
        }
        int d = model.problem().dimensions();
        offsets = new int[d];
        counts = new int[d];
        maxLog = new double[d];
        for (int j = 0; j < d; j++) {
            int q = model.kernel(j).components();
            offsets[j] = model.kernelOffset(j) + q;
            counts[j] = q;
            Envelope envelope = model.kernel(j).family().envelope();
            maxLog[j] = Math.log(envelope.scaleOfLength(nodes * model.problem().spacing(j)));
        }
    }

    /** The bound on log-ls of dimension j's components. */
    public double maxLogScale(int j) {
        return maxLog[j];
    }

    /** Sets every log-ls in {@code params} (the model's layout) that exceeds its dimension's bound to the bound. */
    public void apply(double[] params) {
        for (int j = 0; j < offsets.length; j++) {
            double cap = maxLog[j];
            for (int i = offsets[j], end = offsets[j] + counts[j]; i < end; i++) {
                if (params[i] > cap) {
                    params[i] = cap;
                }
            }
        }
    }
}
