package dev.jpde.gp.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symbolic derivatives against central finite differences.
 *
 * <p>Steps and tolerance. For u with largest angular frequency omega in the differentiated variable and amplitude A,
 * the central difference (u(x+h) - u(x-h)) / 2h has truncation error h^2 u'''/6 ~ (omega h)^2/6 * omega A and
 * rounding error ~ eps A / h = eps/(omega h) * omega A; the second difference (u(x+h) - 2u(x) + u(x-h)) / h^2 has
 * (omega h)^2/12 * omega^2 A and 4 eps/(omega h)^2 * omega^2 A. We take h the power of two just below 1e-3/omega,
 * so omega h is in (5e-4, 1e-3]: truncation &lt;= 1.7e-7, rounding &lt;= 4.4e-13 (first) and 3.6e-9 (second), relative
 * to the derivative's scale. Sample points are dyadic (multiples of 2^-10) so that x +- h is exact and the
 * arguments carry no rounding. The tolerance, 1e-5 times the scale (the largest |derivative| over the samples, at
 * least 1), leaves a factor ~60 over the truncation bound, while any wrong rule (a lost factor of omega, a wrong
 * sign, a missing chain term) is off by O(1) of the scale.
 */
class DerivativeTest {

    private static final double TOLERANCE = 1e-5;
    private static final int SAMPLES = 25;

    /** A test function: text, variables, domain [lo, hi] per variable, largest angular frequency per variable. */
    record Case(String text, String[] vars, double lo, double hi, double[] omega) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Case> spec() {
        return SpecBenchmarks.all().stream()
                .map(b -> new Case(b.exact(), b.vars(), 0, b.length(), b.omega()));
    }

    /** Every function, quotients, and powers with constant, variable-free and variable exponents. */
    static Stream<Case> rules() {
        String[] x = {"x"};
        String[] xy = {"x", "y"};
        double[] w1 = {4};
        double[] w2 = {4, 4};
        return Stream.of(
                new Case("tan(x)", x, 0.5, 1.2, w1),
                new Case("exp(2*x)", x, 0.5, 1.2, w1),
                new Case("log(1+x^2)", x, 0.5, 1.2, w1),
                new Case("sqrt(1+x)", x, 0.5, 1.2, w1),
                new Case("sinh(x)*cosh(2*x)", x, 0.5, 1.2, w1),
                new Case("tanh(3*x)", x, 0.5, 1.2, w1),
                new Case("sech(2*x)", x, 0.5, 1.2, w1),
                new Case("abs(x-3)*x^2", x, 0.5, 1.2, w1),
                new Case("abs(sin(3*x))", x, 0.5, 1.2, w1),
                new Case("x^x", x, 0.5, 1.2, w1),
                new Case("2^x", x, 0.5, 1.2, w1),
                new Case("(1+x^2)^sin(x)", x, 0.5, 1.2, w1),
                new Case("x^-2.5", x, 0.5, 1.2, w1),
                new Case("x**3 - 2*x", x, 0.5, 1.2, w1),
                new Case("1/x", x, 0.5, 1.2, w1),
                new Case("x/(1+x^2)", x, 0.5, 1.2, w1),
                new Case("exp(-x^2)*cos(3*x)", x, 0.5, 1.2, w1),
                new Case("-(x - 1/x)^3", x, 0.5, 1.2, w1),
                new Case("x^y", xy, 0.5, 1.2, w2),
                new Case("exp(x*y)/(1+y^2)", xy, 0.5, 1.2, w2),
                new Case("log(x+y)*sqrt(x*y)", xy, 0.5, 1.2, w2),
                new Case("sin(x*y)^2 - cos(x/y)", xy, 0.5, 1.2, w2));
    }

    static Stream<Case> all() {
        return Stream.concat(spec(), rules());
    }

    /** The largest power of two not above 1e-3/omega. */
    private static double step(double omega) {
        return Math.scalb(1.0, Math.getExponent(1e-3 / omega));
    }

    /** Dyadic sample points (multiples of 2^-10) in [lo, hi]^d, fixed seed. */
    private static List<double[]> samples(Case c) {
        Random random = new Random(20240311L + c.text().hashCode());
        List<double[]> points = new java.util.ArrayList<>();
        for (int s = 0; s < SAMPLES; s++) {
            double[] p = new double[c.vars().length];
            for (int k = 0; k < p.length; k++) {
                double raw = c.lo() + (c.hi() - c.lo()) * (0.02 + 0.96 * random.nextDouble());
                p[k] = Math.rint(raw * 1024) / 1024;
            }
            points.add(p);
        }
        return points;
    }

    private static double shifted(Expression e, double[] p, int k, double by) {
        double[] q = p.clone();
        q[k] += by;
        return e.evaluate(q);
    }

    /** Asserts |approximation - exact| &lt;= TOLERANCE * max(1, max |exact|) over the samples. */
    private static void assertClose(String what, List<double[]> points, Expression exact,
                                    java.util.function.Function<double[], Double> approximation) {
        double scale = points.stream().mapToDouble(p -> Math.abs(exact.evaluate(p))).reduce(1.0, Math::max);
        for (double[] p : points) {
            double e = exact.evaluate(p);
            double a = approximation.apply(p);
            assertTrue(Math.abs(a - e) <= TOLERANCE * scale, () -> String.format(
                    "%s at %s: symbolic %.15g, finite difference %.15g, scale %.3g",
                    what, java.util.Arrays.toString(p), e, a, scale));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void firstAndSecondDerivativesMatchFiniteDifferences(Case c) {
        Variables vars = Variables.of(c.vars());
        Expression u = ExpressionParser.parse(c.text(), vars);
        List<double[]> points = samples(c);
        for (int k = 0; k < vars.size(); k++) {
            int dim = k;
            String v = vars.name(k);
            double h = step(c.omega()[k]);
            Expression du = u.derivative(v);
            Expression d2u = du.derivative(v);
            assertClose("d/d" + v, points, du,
                    p -> (shifted(u, p, dim, h) - shifted(u, p, dim, -h)) / (2 * h));
            assertClose("d/d" + v + " of d/d" + v, points, d2u,
                    p -> (shifted(du, p, dim, h) - shifted(du, p, dim, -h)) / (2 * h));
            assertClose("second difference in " + v, points, d2u,
                    p -> (shifted(u, p, dim, h) - 2 * u.evaluate(p) + shifted(u, p, dim, -h)) / (h * h));
        }
        if (vars.size() == 2) {
            double h = step(c.omega()[1]);
            Expression ux = u.derivative(vars.name(0));
            Expression uxy = ux.derivative(vars.name(1));
            assertClose("mixed derivative", points, uxy,
                    p -> (shifted(ux, p, 1, h) - shifted(ux, p, 1, -h)) / (2 * h));
            assertEquals(0.0, uxy.evaluate(points.get(0)) - u.derivative(vars.name(1)).derivative(vars.name(0))
                    .evaluate(points.get(0)), 1e-9 * Math.max(1, Math.abs(uxy.evaluate(points.get(0)))),
                    "u_xy = u_yx");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void compiledDerivativesEvaluateExactlyLikeTheTree(Case c) {
        Variables vars = Variables.of(c.vars());
        Expression u = ExpressionParser.parse(c.text(), vars);
        Expression d2 = u.derivative(vars.name(0)).derivative(vars.name(vars.size() - 1));
        CompiledExpression compiled = d2.compile();
        for (double[] p : samples(c)) {
            assertEquals(d2.evaluate(p), compiled.at(p));
        }
    }

    static Stream<Arguments> exactForms() {
        return Stream.of(
                Arguments.of("sin(100*x)", "100*cos(100*x)", "-10000*sin(100*x)"),
                Arguments.of("sin(500*x)-2*(x-0.5)^2", "500*cos(500*x) - 4*(x - 0.5)", "-250000*sin(500*x) - 4"),
                Arguments.of("3*x^2", "6*x", "6"),
                Arguments.of("x^3", "3*x^2", "6*x"),
                Arguments.of("exp(-x)", "-exp(-x)", "exp(-x)"),
                Arguments.of("-(-(x))", "1", "0"),
                Arguments.of("2^x", "0.6931471805599453*2^x", "0.4804530139182014*2^x"),
                Arguments.of("y*x", "y", "0"),
                Arguments.of("cos(y)", "0", "0"));
    }

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @MethodSource("exactForms")
    void derivativesComeOutInSimplifiedForm(String u, String first, String second) {
        Expression e = ExpressionParser.parse(u, "x", "y");
        assertEquals(first, e.derivative("x").toString());
        assertEquals(second, e.derivative("x").derivative("x").toString());
    }

    @Test
    void absHasNoDerivativeAtItsKink() {
        Expression d = ExpressionParser.parse("abs(x)", "x").derivative("x");
        assertEquals(1.0, d.evaluate(2.5));
        assertEquals(-1.0, d.evaluate(-0.5));
        assertTrue(Double.isNaN(d.evaluate(0.0)));
    }

    @Test
    void derivativeByAnUnknownNameIsZero() {
        assertEquals(Constant.ZERO, ExpressionParser.parse("sin(x)", "x").derivative("q"));
    }
}
