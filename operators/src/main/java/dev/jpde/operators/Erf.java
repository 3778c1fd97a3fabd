package dev.jpde.operators;

/**
 * The error function and its complement in double precision, after W. J. Cody, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631-637, as in his specfun routine
 * CALERF (1985):
 * <ul>
 * <li>{@code |x| <= 0.46875}: {@code erf(x) = x P(x^2) / Q(x^2)} (degrees 4/4);</li>
 * <li>{@code 0.46875 < |x| <= 4}: {@code erfc(|x|) = exp(-x^2) P(|x|) / Q(|x|)} (8/8);</li>
 * <li>{@code |x| > 4}: {@code erfc(|x|) = exp(-x^2)/|x| (1/sqrt(pi) + R(1/x^2)/x^2)} (5/5).</li>
 * </ul>
 * {@code exp(-x^2)} is evaluated as {@code exp(-t^2) exp(-(x-t)(x+t))} with {@code t} = x rounded
 * down to a multiple of 1/16, so that rounding of {@code x^2} is not amplified. Relative error
 * below 1e-15 for erf everywhere and for erfc until it underflows ({@code x > 26.55}); see the test.
 */
public final class Erf {

    private static final double THRESHOLD = 0.46875;
    private static final double ONE_OVER_SQRT_PI = 5.6418958354775628695e-1;
    /** erfc(x) underflows to 0 beyond this. */
    private static final double X_BIG = 26.543;

    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02,
        3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02,
        1.28261652607737228e03, 2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00,
        6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
        1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02,
        5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
        4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1,
        1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
        1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00,
        5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3};

    private Erf() {
    }

    /** {@code erf(x) = 2/sqrt(pi) * integral_0^x exp(-t^2) dt}; odd, erf(+-inf) = +-1, NaN for NaN. */
    public static double erf(double x) {
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            return x * small(y);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        double r = (0.5 - erfcPositive(y)) + 0.5;
        return x < 0 ? -r : r;
    }

    /** {@code erfc(x) = 1 - erf(x)}, accurate in relative terms also where it is tiny (x large). */
    public static double erfc(double x) {
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            return 1.0 - x * small(y);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        double r = erfcPositive(y);
        return x < 0 ? 2.0 - r : r;
    }

    /** The standard normal distribution function {@code Phi(x) = erfc(-x/sqrt(2)) / 2}. */
    public static double normalCdf(double x) {
        return 0.5 * erfc(-x * 0.7071067811865475244);
    }

    /** erf(y)/y for |y| <= 0.46875. */
    private static double small(double y) {
        double z = y * y;
        double num = A[4] * z;
        double den = z;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * z;
            den = (den + B[i]) * z;
        }
        return (num + A[3]) / (den + B[3]);
    }

    /** erfc(y) for y > 0.46875 (and y = +inf). */
    private static double erfcPositive(double y) {
        double r;
        if (y <= 4.0) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            r = (num + C[7]) / (den + D[7]);
        } else {
            if (y >= X_BIG) {
                return 0.0;
            }
            double z = 1.0 / (y * y);
            double num = P[5] * z;
            double den = z;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * z;
                den = (den + Q[i]) * z;
            }
            r = z * (num + P[4]) / (den + Q[4]);
            r = (ONE_OVER_SQRT_PI - r) / y;
        }
        double t = Math.floor(y * 16.0) / 16.0;
        double del = (y - t) * (y + t);
        return Math.exp(-t * t) * Math.exp(-del) * r;
    }
}
