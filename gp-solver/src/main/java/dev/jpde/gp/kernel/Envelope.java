package dev.jpde.gp.kernel;

/**
 * The envelope g(r) of one mixture component, its first two derivatives in the signed lag r, and the derivatives
 * of all three with respect to {@code log p}, where p = e^{log-ls} is the component's inverse length scale.
 *
 * <p>Formulas (GP-HM spec section 2), written in the signed lag so that nothing has a kink at r = 0:
 * <ul>
 * <li>{@link #GAUSSIAN} (p = a): {@code g = e^{-a r^2}}, {@code g' = -2 a r g}, {@code g'' = (4 a^2 r^2 - 2 a) g};
 * {@code g_l = -a r^2 g}, {@code g'_l = -2 a r g (1 - a r^2)}, {@code g''_l = g (-2a + 10 a^2 r^2 - 4 a^3 r^4)}.</li>
 * <li>{@link #MATERN52} (p = b, c = sqrt(5) b, t = c|r|): {@code g = (1 + t + t^2/3) e^{-t}},
 * {@code g' = -(c^2/3) r (1+t) e^{-t}}, {@code g'' = -(c^2/3)(1 + t - t^2) e^{-t}} (so g''(0) = -c^2/3);
 * {@code g_l = -(t^2/3)(1+t) e^{-t}}, {@code g'_l = -(c^2/3) r e^{-t} (2 + 2t - t^2)},
 * {@code g''_l = -(c^2/3) e^{-t} (2 + 2t - 5t^2 + t^3)}.</li>
 * </ul>
 * Here {@code _l} denotes {@code d/d(log p)}. g is even in r, g' odd, g'' even, and so are their
 * log-p derivatives.
 */
public enum Envelope {
    /** Squared exponential {@code e^{-a r^2}} (a Gaussian spectrum); length scale {@code 1/sqrt(a)}. */
    GAUSSIAN {
        @Override
        public double scaleOfLength(double length) {
            return 1 / (length * length);
        }

        @Override
        public double value(double r, double a) {
            return Math.exp(-a * r * r);
        }

        @Override
        public void values(double r, double a, double[] out) {
            double r2 = r * r;
            double g = Math.exp(-a * r2);
            out[0] = g;
            out[1] = -2 * a * r * g;
            out[2] = (4 * a * a * r2 - 2 * a) * g;
        }

        @Override
        public void valuesAndScaleDerivatives(double r, double a, double[] out) {
            double r2 = r * r;
            double ar2 = a * r2;
            double g = Math.exp(-ar2);
            out[0] = g;
            out[1] = -2 * a * r * g;
            out[2] = (4 * a * ar2 - 2 * a) * g;
            out[3] = -ar2 * g;
            out[4] = -2 * a * r * g * (1 - ar2);
            out[5] = a * g * (-2 + 10 * ar2 - 4 * ar2 * ar2);
        }
    },

    /**
     * Matérn-5/2 {@code (1 + t + t^2/3) e^{-t}}, t = sqrt(5) b |r| (a Student-t spectrum with nu = 5/2); length scale
     * {@code 1/b}.
     */
    MATERN52 {
        private static final double SQRT5 = 2.23606797749978969640917366873127624;

        @Override
        public double scaleOfLength(double length) {
            return 1 / length;
        }

        @Override
        public double value(double r, double b) {
            double t = SQRT5 * b * Math.abs(r);
            return (1 + t + t * t / 3) * Math.exp(-t);
        }

        @Override
        public void values(double r, double b, double[] out) {
            double c = SQRT5 * b;
            double t = c * Math.abs(r);
            double e = Math.exp(-t);
            double c23 = c * c / 3;
            out[0] = (1 + t + t * t / 3) * e;
            out[1] = -c23 * r * (1 + t) * e;
            out[2] = -c23 * (1 + t - t * t) * e;
        }

        @Override
        public void valuesAndScaleDerivatives(double r, double b, double[] out) {
            double c = SQRT5 * b;
            double t = c * Math.abs(r);
            double t2 = t * t;
            double e = Math.exp(-t);
            double c23e = c * c / 3 * e;
            out[0] = (1 + t + t2 / 3) * e;
            out[1] = -c23e * r * (1 + t);
            out[2] = -c23e * (1 + t - t2);
            out[3] = -(t2 / 3) * (1 + t) * e;
            out[4] = -c23e * r * (2 + 2 * t - t2);
            out[5] = -c23e * (2 + 2 * t - 5 * t2 + t2 * t);
        }
    };

    /** Returns g(r) for inverse length scale p. */
    public abstract double value(double r, double p);

    /**
     * The inverse length scale p whose envelope has length scale {@code length}: {@code g = e^{-(r/l)^2}} (Gaussian,
     * {@code p = a = 1/l^2}) or {@code t = sqrt(5) r / l} (Matérn, {@code p = b = 1/l}). At {@code r = l} the envelope is
     * {@code e^{-1} = 0.37} (Gaussian) or {@code 0.52} (Matérn); it falls monotonically as p grows.
     */
    public abstract double scaleOfLength(double length);

    /** Writes {@code g, g', g''} at the signed lag r into {@code out[0..2]}. */
    public abstract void values(double r, double p, double[] out);

    /**
     * Writes {@code g, g', g''} into {@code out[0..2]} and their derivatives with respect to {@code log p} into
     * {@code out[3..5]}.
     */
    public abstract void valuesAndScaleDerivatives(double r, double p, double[] out);
}
