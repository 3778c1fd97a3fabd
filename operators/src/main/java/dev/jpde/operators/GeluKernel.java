package dev.jpde.operators;

/**
 * Exact-erf GELU and its derivative over an array, {@code gelu(x) = x Phi(x)},
 * {@code gelu'(x) = Phi(x) + x phi(x)}, evaluated in short branch-free loops that C2 vectorises.
 *
 * <p>Mathematics: with {@code y = |x|/sqrt 2} and {@code E = exp(-x^2/2) = exp(-y^2)},
 * {@code Phi(x) = erfc(y)/2} for {@code x < 0} and {@code 1 - erfc(y)/2} otherwise, and
 * {@code phi(x) = E / sqrt(2 pi)}. {@code erfc(y)} uses W. J. Cody's three rational approximations
 * (the ones of {@link Erf}): {@code 1 - y P(y^2)/Q(y^2)} for {@code y <= 0.46875},
 * {@code E P(y)/Q(y)} up to 4, {@code E (1/sqrt pi - R(1/y^2)/y^2)/y} beyond; the last is
 * evaluated as a ratio of polynomials in {@code w = y^2} (numerator and denominator multiplied by
 * {@code w^6}). Each piece is computed everywhere on an argument clamped to its interval, and the
 * right one is then selected by indicators {@code min(1, max(0, (t - y) 2^1000))} that are exactly
 * 0 or 1 for representable {@code y != t}: products with them and sums with zeros are exact, so no
 * rounding is added by the selection. {@code E} is {@code exp(-x^2/2)} of the rounded square,
 * corrected to first order by the square's rounding error {@code fma(x, x, -x^2)}; it is the only
 * scalar loop ({@link Math#exp}).
 *
 * <p>Accuracy against {@link Gelu#value} and {@link Gelu#derivative}: within a few units in the
 * last place of {@code gelu(x)}, times its condition number, down to {@code |gelu(x)| = 1e-300}
 * (x ~ -37), and to a few ulp of the larger of the two terms of {@code gelu'(x)} (see the test).
 *
 * <p>A kernel owns its scratch arrays (sized once) and is not thread-safe.
 */
final class GeluKernel {

    private static final double SQRT_HALF = 0.7071067811865475244;
    private static final double INV_SQRT_PI = 5.6418958354775628695e-1;
    private static final double INV_SQRT_2PI = 0.3989422804014326779;
    private static final double SMALL = 0.46875;
    private static final double LARGE = 4.0;
    /** erfc(27) = 5e-319: beyond, E underflows and the clamp keeps w^6 finite. */
    private static final double CLAMP = 27.0;
    private static final double HUGE = 0x1p1000;
    /** exp(-40^2/2) underflows to 0; clamping keeps the square's correction finite for infinite x. */
    private static final double EXP_CLAMP = 40.0;

    private static final double A0 = 3.16112374387056560e00;
    private static final double A1 = 1.13864154151050156e02;
    private static final double A2 = 3.77485237685302021e02;
    private static final double A3 = 3.20937758913846947e03;
    private static final double A4 = 1.85777706184603153e-1;
    private static final double B0 = 2.36012909523441209e01;
    private static final double B1 = 2.44024637934444173e02;
    private static final double B2 = 1.28261652607737228e03;
    private static final double B3 = 2.84423683343917062e03;
    private static final double C0 = 5.64188496988670089e-1;
    private static final double C1 = 8.88314979438837594e00;
    private static final double C2 = 6.61191906371416295e01;
    private static final double C3 = 2.98635138197400131e02;
    private static final double C4 = 8.81952221241769090e02;
    private static final double C5 = 1.71204761263407058e03;
    private static final double C6 = 2.05107837782607147e03;
    private static final double C7 = 1.23033935479799725e03;
    private static final double C8 = 2.15311535474403846e-8;
    private static final double D0 = 1.57449261107098347e01;
    private static final double D1 = 1.17693950891312499e02;
    private static final double D2 = 5.37181101862009858e02;
    private static final double D3 = 1.62138957456669019e03;
    private static final double D4 = 3.29079923573345963e03;
    private static final double D5 = 4.36261909014324716e03;
    private static final double D6 = 3.43936767414372164e03;
    private static final double D7 = 1.23033935480374942e03;
    private static final double P0 = 3.05326634961232344e-1;
    private static final double P1 = 3.60344899949804439e-1;
    private static final double P2 = 1.25781726111229246e-1;
    private static final double P3 = 1.60837851487422766e-2;
    private static final double P4 = 6.58749161529837803e-4;
    private static final double P5 = 1.63153871373020978e-2;
    private static final double Q0 = 2.56852019228982242e00;
    private static final double Q1 = 1.87295284992346047e00;
    private static final double Q2 = 5.27905102951428412e-1;
    private static final double Q3 = 6.05183413124413191e-2;
    private static final double Q4 = 2.33520497626869185e-3;

    private final int capacity;
    private final double[] e;
    private final double[] mid;
    private final double[] large;
    private final double[] small;
    private final double[] cdf;

    /** A kernel for arrays of up to {@code capacity} values. */
    GeluKernel(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
        this.e = new double[capacity];
        this.mid = new double[capacity];
        this.large = new double[capacity];
        this.small = new double[capacity];
        this.cdf = new double[capacity];
    }

    /** The largest {@code n} accepted. */
    int capacity() {
        return capacity;
    }

    /**
     * {@code value[j] = gelu(x[j])} and, if {@code derivative} is not null,
     * {@code derivative[j] = gelu'(x[j])}, for {@code j < n <= capacity()}; {@code x} is not modified
     * and may be {@code value}.
     */
    void apply(double[] x, double[] value, double[] derivative, int n) {
        if (n > capacity) {
            throw new IllegalArgumentException(n + " values exceed the capacity " + capacity);
        }
        double[] ex = e;
        for (int j = 0; j < n; j++) {
            double v = Math.min(Math.abs(x[j]), EXP_CLAMP);
            ex[j] = Math.exp(-0.5 * (v * v));
        }
        for (int j = 0; j < n; j++) {
            double v = Math.min(Math.abs(x[j]), EXP_CLAMP);
            double sq = v * v;
            ex[j] = ex[j] * (1.0 - 0.5 * Math.fma(v, v, -sq));
        }
        double[] m = mid;
        for (int j = 0; j < n; j++) {
            double y = Math.min(Math.max(Math.abs(x[j]) * SQRT_HALF, SMALL), LARGE);
            m[j] = ((((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7)
                    / ((((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7);
        }
        double[] l = large;
        for (int j = 0; j < n; j++) {
            double y = Math.min(Math.max(Math.abs(x[j]) * SQRT_HALF, LARGE), CLAMP);
            double w = y * y;
            double num = ((((P4 * w + P3) * w + P2) * w + P1) * w + P0) * w + P5;
            double den = (((((Q4 * w + Q3) * w + Q2) * w + Q1) * w + Q0) * w + 1.0) * w;
            l[j] = (den * INV_SQRT_PI - num) / (y * den);
        }
        double[] s = small;
        for (int j = 0; j < n; j++) {
            double y = Math.min(Math.abs(x[j]) * SQRT_HALF, SMALL);
            double z = y * y;
            s[j] = 1.0 - y * ((((A4 * z + A0) * z + A1) * z + A2) * z + A3) / ((((z + B0) * z + B1) * z + B2) * z + B3);
        }
        // erfc(y), selected exactly among the three pieces (written into mid)
        for (int j = 0; j < n; j++) {
            double y = Math.abs(x[j]) * SQRT_HALF;
            double isSmall = Math.min(1.0, Math.max(0.0, (SMALL - y) * HUGE));
            double isLarge = Math.min(1.0, Math.max(0.0, (y - LARGE) * HUGE));
            m[j] = isSmall * s[j] + ex[j] * (isLarge * l[j] + (1.0 - isSmall - isLarge) * m[j]);
        }
        double[] p = cdf;
        for (int j = 0; j < n; j++) {
            double negative = Math.min(1.0, Math.max(0.0, -x[j] * HUGE));
            double h = 0.5 * m[j];
            p[j] = negative * h + (1.0 - negative) * (1.0 - h);
        }
        if (derivative != null) {
            for (int j = 0; j < n; j++) {
                derivative[j] = p[j] + x[j] * (ex[j] * INV_SQRT_2PI);
            }
        }
        for (int j = 0; j < n; j++) {
            value[j] = x[j] * p[j];
        }
    }
}
