package dev.jpde.operators;

/**
 * Exact-erf GELU and its derivative over an array, {@code gelu(x) = x Phi(x)},
 * {@code gelu'(x) = Phi(x) + x phi(x)}, evaluated in short branch-free loops that C2 vectorises (all
 * but one, see {@code gaussian}).
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
 * rounding is added by the selection. {@code E = exp(-x^2/2)} is computed without {@link Math#exp}
 * (which C2 does not vectorise) by the branch-free range reduction of {@code gaussian}, to about
 * one ulp.
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
    /** Beyond |x| = 40 the Gaussian is below the normal range; the clamp keeps infinities out. */
    private static final double EXP_CLAMP = 40.0;
    /** exp(-708) = 3.3e-308 is normal; larger t are clamped (k <= 1021 then fits in ten bits). */
    private static final double EXP_MAX = 708.0;
    /** 1.5 * 2^52: adding and subtracting it rounds a double of magnitude below 2^51 to an integer. */
    private static final double ROUND = 6755399441055744.0;
    private static final double LOG2E = 1.4426950408889634;

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double T2 = 1.0 / 2;
    private static final double T3 = 1.0 / 6;
    private static final double T4 = 1.0 / 24;
    private static final double T5 = 1.0 / 120;
    private static final double T6 = 1.0 / 720;
    private static final double T7 = 1.0 / 5040;
    private static final double T8 = 1.0 / 40320;
    private static final double T9 = 1.0 / 362880;
    private static final double T10 = 1.0 / 3628800;
    private static final double T11 = 1.0 / 39916800;
    private static final double T12 = 1.0 / 479001600;
    private static final double T13 = 1.0 / 6227020800.0;

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
    private final double[] bits;

    /** A kernel for arrays of up to {@code capacity} values. */
    GeluKernel(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
        this.e = new double[capacity];
        this.mid = new double[capacity];
        this.large = new double[capacity];
        this.small = new double[capacity];
        this.cdf = new double[capacity];
        this.bits = new double[capacity];
    }

    /** The largest {@code n} accepted. */
    int capacity() {
        return capacity;
    }

    /**
     * {@code ex[j] = exp(-x[j]^2 / 2)} to about one ulp, in loops without branches:
     * {@code t = x^2/2} (clamped at 708, below which exp stays normal) is split as
     * {@code t = k ln 2 + r}, {@code k} the nearest integer (by the 1.5 * 2^52 rounding trick),
     * {@code |r| <= ln 2 / 2}; {@code exp(-r)} is its Taylor polynomial of degree 13 (truncation
     * below 4e-18), and {@code 2^-k} is exact, built from the bits of a double (a scalar loop). Finally the rounding error of
     * {@code x^2} ({@code fma(x, x, -x^2)}) is applied to first order.
     */
    private void gaussian(double[] x, double[] ex, int n) {
        double[] k = bits;
        double[] f = mid;
        for (int j = 0; j < n; j++) {
            double v = Math.min(Math.abs(x[j]), EXP_CLAMP);
            double t = Math.min(0.5 * (v * v), EXP_MAX);
            k[j] = (t * LOG2E + ROUND) - ROUND;
        }
        // r = -(t - k ln 2), then exp(r) by Horner's rule. Each loop loads one array only: C2 (JDK 17) does not
        // vectorise a loop in which a second load feeds a long chain of operations (k is recomputed from x)
        double[] red = large;
        for (int j = 0; j < n; j++) {
            double v = Math.min(Math.abs(x[j]), EXP_CLAMP);
            double t = Math.min(0.5 * (v * v), EXP_MAX);
            double kj = (t * LOG2E + ROUND) - ROUND;
            red[j] = (kj * LN2_HI - t) + kj * LN2_LO;
        }
        for (int j = 0; j < n; j++) {
            double r = red[j];
            ex[j] = 1 + r * (1 + r * (T2 + r * (T3 + r * (T4 + r * (T5 + r * (T6 + r * (T7 + r * (T8 + r * (T9
                    + r * (T10 + r * (T11 + r * (T12 + r * T13))))))))))));
        }
        // 2^-k, exact: k <= 1021 keeps the exponent field 1023 - k normal. C2 does not vectorise the
        // conversions, but this scalar loop is cheaper than the vectorised branch-free bit decomposition
        // (a product of ten conditional factors 2^(-2^i)) it replaces; the same value either way.
        for (int j = 0; j < n; j++) {
            f[j] = Double.longBitsToDouble((1023L - (long) k[j]) << 52);
        }
        for (int j = 0; j < n; j++) {
            double v = Math.min(Math.abs(x[j]), EXP_CLAMP);
            double sq = v * v;
            ex[j] = ex[j] * f[j] * (1.0 - 0.5 * Math.fma(v, v, -sq));
        }
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
        // the largest |x| decides whether the third piece is needed (y > 4); skipping it drops exact zeros
        // only, so the results do not depend on the other values of the array (NaN takes the full path)
        double largest = 0.0;
        for (int j = 0; j < n; j++) {
            largest = Math.max(largest, Math.abs(x[j]));
        }
        boolean noLargePiece = largest * SQRT_HALF <= LARGE;
        double[] ex = e;
        gaussian(x, ex, n);
        double[] m = mid;
        for (int j = 0; j < n; j++) {
            double y = Math.min(Math.max(Math.abs(x[j]) * SQRT_HALF, SMALL), LARGE);
            m[j] = ((((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7)
                    / ((((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7);
        }
        double[] l = large;
        if (!noLargePiece) {
            for (int j = 0; j < n; j++) {
                double y = Math.min(Math.max(Math.abs(x[j]) * SQRT_HALF, LARGE), CLAMP);
                double w = y * y;
                double num = ((((P4 * w + P3) * w + P2) * w + P1) * w + P0) * w + P5;
                double den = (((((Q4 * w + Q3) * w + Q2) * w + Q1) * w + Q0) * w + 1.0) * w;
                l[j] = (den * INV_SQRT_PI - num) / (y * den);
            }
        }
        double[] s = small;
        for (int j = 0; j < n; j++) {
            double y = Math.min(Math.abs(x[j]) * SQRT_HALF, SMALL);
            double z = y * y;
            s[j] = 1.0 - y * ((((A4 * z + A0) * z + A1) * z + A2) * z + A3) / ((((z + B0) * z + B1) * z + B2) * z + B3);
        }
        // erfc(y), selected exactly among the three pieces (written into mid)
        if (noLargePiece) {
            // isLarge = 0: the same operations less exact zeros
            for (int j = 0; j < n; j++) {
                double y = Math.abs(x[j]) * SQRT_HALF;
                double isSmall = Math.min(1.0, Math.max(0.0, (SMALL - y) * HUGE));
                m[j] = isSmall * s[j] + ex[j] * ((1.0 - isSmall) * m[j]);
            }
        } else {
            for (int j = 0; j < n; j++) {
                double y = Math.abs(x[j]) * SQRT_HALF;
                double isSmall = Math.min(1.0, Math.max(0.0, (SMALL - y) * HUGE));
                double isLarge = Math.min(1.0, Math.max(0.0, (y - LARGE) * HUGE));
                m[j] = isSmall * s[j] + ex[j] * (isLarge * l[j] + (1.0 - isSmall - isLarge) * m[j]);
            }
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
