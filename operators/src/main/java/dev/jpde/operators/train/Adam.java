package dev.jpde.operators.train;

import dev.jpde.operators.Parameter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam as in the FNO reference repository's {@code Adam.py} (spec fno.md sections 1 and 5), with
 * coupled L2 weight decay: for each parameter {@code theta} with gradient {@code g}, at step
 * {@code t = 1, 2, ...},
 * <pre>
 *   g     = g + wd theta                              (classic L2, not AdamW)
 *   m     = b1 m + (1 - b1) g
 *   v     = b2 v + (1 - b2) |g|^2
 *   theta = theta - (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * For a complex parameter, {@code |g|^2 = g conj(g) = Re g^2 + Im g^2}: one second moment per
 * complex entry, shared by its real and imaginary parts (the only difference from stock PyTorch
 * Adam). The moments are live arrays (for checkpoints): {@link #firstMoments()} in the parameter's
 * layout, {@link #secondMoments()} with one value per real entry or per complex entry.
 * A step allocates nothing.
 */
public final class Adam {

    private final Map<String, Parameter> parameters;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Map<String, double[]> m = new LinkedHashMap<>();
    private final Map<String, double[]> v = new LinkedHashMap<>();
    private final Parameter[] params;
    private final double[][] ms;
    private final double[][] vs;
    private long steps;

    /**
     * @param parameters  the parameters to update, by name (their order fixes the checkpoint order)
     * @param beta1       first-moment decay (0.9)
     * @param beta2       second-moment decay (0.999)
     * @param eps         denominator offset (1e-8)
     * @param weightDecay coupled L2 coefficient (1e-4)
     */
    public Adam(Map<String, Parameter> parameters, double beta1, double beta2, double eps, double weightDecay) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("need 0 <= beta1, beta2 < 1, eps > 0, weightDecay >= 0");
        }
        this.parameters = parameters;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        parameters.forEach((key, p) -> {
            m.put(key, new double[p.size()]);
            v.put(key, new double[p.isComplex() ? p.size() / 2 : p.size()]);
        });
        this.params = parameters.values().toArray(Parameter[]::new);
        this.ms = m.values().toArray(double[][]::new);
        this.vs = v.values().toArray(double[][]::new);
    }

    /** The reference settings: betas (0.9, 0.999), eps 1e-8, with the given weight decay. */
    public static Adam reference(Map<String, Parameter> parameters, double weightDecay) {
        return new Adam(parameters, 0.9, 0.999, 1e-8, weightDecay);
    }

    /** Completed steps {@code t}. */
    public long steps() {
        return steps;
    }

    /** Sets the step count (when restoring a checkpoint together with the moments). */
    public void setSteps(long t) {
        if (t < 0) {
            throw new IllegalArgumentException("steps must be >= 0");
        }
        steps = t;
    }

    /** First moments by parameter name, live. */
    public Map<String, double[]> firstMoments() {
        return Collections.unmodifiableMap(m);
    }

    /** Second moments by parameter name, live (complex parameters: one per complex entry). */
    public Map<String, double[]> secondMoments() {
        return Collections.unmodifiableMap(v);
    }

    /** One update of every parameter from its accumulated gradient, with learning rate {@code lr}. */
    public void step(double lr) {
        steps++;
        double bc1 = 1.0 - Math.pow(beta1, steps);
        double bc2 = 1.0 - Math.pow(beta2, steps);
        double stepSize = -lr / bc1;
        double sqrtBc2 = Math.sqrt(bc2);
        double c1 = 1.0 - beta1;
        double c2 = 1.0 - beta2;
        for (int p = 0; p < params.length; p++) {
            double[] theta = params[p].value();
            double[] grad = params[p].grad();
            double[] mp = ms[p];
            double[] vp = vs[p];
            if (params[p].isComplex()) {
                for (int e = 0; e < vp.length; e++) {
                    int re = 2 * e;
                    int im = re + 1;
                    double gr = grad[re] + weightDecay * theta[re];
                    double gi = grad[im] + weightDecay * theta[im];
                    mp[re] = beta1 * mp[re] + c1 * gr;
                    mp[im] = beta1 * mp[im] + c1 * gi;
                    vp[e] = beta2 * vp[e] + c2 * (gr * gr + gi * gi);
                    double denom = Math.sqrt(vp[e]) / sqrtBc2 + eps;
                    theta[re] += stepSize * (mp[re] / denom);
                    theta[im] += stepSize * (mp[im] / denom);
                }
            } else {
                for (int e = 0; e < vp.length; e++) {
                    double g = grad[e] + weightDecay * theta[e];
                    mp[e] = beta1 * mp[e] + c1 * g;
                    vp[e] = beta2 * vp[e] + c2 * (g * g);
                    double denom = Math.sqrt(vp[e]) / sqrtBc2 + eps;
                    theta[e] += stepSize * (mp[e] / denom);
                }
            }
        }
    }

    /** The parameters this optimiser updates. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }
}
