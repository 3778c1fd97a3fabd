package dev.jpde.gp.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sources derived symbolically from the exact solutions of spec section 1, against the closed forms listed there,
 * on the problems' own collocation grids X = linspace(0, 1, N) * L.
 *
 * <p>Tolerance: both sides evaluate sin and cos at bit-identical arguments (100*x is one rounded product on both
 * sides), so they differ only in how the O(10) terms of size at most S = max |f| are scaled and summed: a few
 * roundings each, ~1e-15 S. 1e-12 S leaves a margin of a thousand, while a wrong coefficient (say 10000 instead of
 * 10036, or a dropped cross term) is off by at least 1e-3 S.
 */
class ManufacturedSourceTest {

    private static final double TOLERANCE = 1e-12;

    static Stream<SpecBenchmarks.Benchmark> benchmarks() {
        return SpecBenchmarks.all().stream();
    }

    private static double[] grid(int n, double length) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (double) i / (n - 1) * length;
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void derivedSourceMatchesTheSpecClosedForm(SpecBenchmarks.Benchmark b) {
        ManufacturedSource problem = ManufacturedSource.of(b.form(), b.exact(), b.vars());
        double[] x = grid(b.n(), b.length());
        boolean twoD = b.dimension() == 2;
        double[] f = twoD ? problem.sourceOn(x, x, null) : problem.sourceOn(x, null);
        double[] u = twoD ? problem.exactOn(x, x, new double[x.length * x.length]) : problem.exactOn(x, null);
        double[] closedF = new double[f.length];
        double[] closedU = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            double xi = x[twoD ? k / x.length : k];
            double yj = twoD ? x[k % x.length] : 0;
            closedF[k] = b.f().at(xi, yj);
            closedU[k] = b.u().at(xi, yj);
        }
        double fScale = maxAbs(closedF);
        double fBound = fScale == 0 ? 1e-9 : TOLERANCE * fScale;
        double uBound = 1e-14 * maxAbs(closedU);
        for (int k = 0; k < f.length; k++) {
            int at = k;
            assertTrue(Math.abs(f[k] - closedF[k]) <= fBound, () -> String.format(
                    "%s: f at node %d is %.17g, closed form %.17g (scale %.3g)",
                    b.id(), at, f[at], closedF[at], fScale));
            assertTrue(Math.abs(u[k] - closedU[k]) <= uBound, () -> b.id() + ": u at node " + at);
        }
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    @Test
    void advectionOfTheExactTravellingWaveSimplifiesToLiteralZero() {
        ManufacturedSource problem = ManufacturedSource.of(new PdeForm.Advection(200), "sin(x-200*y)", "x", "y");
        assertEquals(Constant.ZERO, problem.source());
        double[] x = grid(200, 1);
        for (double f : problem.sourceOn(x, x, null)) {
            assertTrue(Math.abs(f) < 1e-9);
        }
    }

    @Test
    void advectionWithAnotherSpeedLeavesTheResidualWave() {
        // beta u_x + u_t for u = sin(x - 200 t): (beta - 200) cos(x - 200 t)
        ManufacturedSource problem = ManufacturedSource.of(new PdeForm.Advection(150), "sin(x-200*t)", "x", "t");
        for (double[] p : new double[][] {{0.1, 0.2}, {0.7, 0.35}, {1, 1}}) {
            assertEquals(-50 * Math.cos(p[0] - 200 * p[1]), problem.source().evaluate(p),
                    1e-12 * 50);
        }
    }

    @Test
    void twoDimensionalGridsAreRowMajorInXThenY() {
        ManufacturedSource problem = ManufacturedSource.of(new PdeForm.Poisson(), "x^3 + 10*y^3", "x", "y");
        double[] x = {1, 2, 3};
        double[] y = {0.5, 4};
        double[] out = new double[6];
        assertSame(out, problem.exactOn(x, y, out));
        double[] f = problem.sourceOn(x, y, null);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                assertEquals(Math.pow(x[i], 3) + 10 * Math.pow(y[j], 3), out[i * y.length + j], 1e-12);
                assertEquals(6 * x[i] + 60 * y[j], f[i * y.length + j], 1e-12);
            }
        }
    }

    @Test
    void misuseIsRejected() {
        ManufacturedSource oneD = ManufacturedSource.of(new PdeForm.Poisson(), "sin(x)", "x");
        assertThrows(IllegalArgumentException.class, () -> oneD.sourceOn(new double[3], new double[3], null));
        assertThrows(IllegalArgumentException.class, () -> oneD.sourceOn(new double[3], new double[4]));
        assertThrows(IllegalArgumentException.class,
                () -> ManufacturedSource.of(new PdeForm.Advection(1), "sin(x)", "x"));
        ExpressionException bad = assertThrows(ExpressionException.class,
                () -> ManufacturedSource.of(new PdeForm.Poisson(), "sin(6*x)*cos(100*t)", "x"));
        assertEquals(18, bad.column()); // the "t"
    }

    @Test
    void sourcesPrintAsReparseableExpressions() {
        ManufacturedSource problem = ManufacturedSource.of(new PdeForm.AllenCahn(), "sin(6*x)*cos(100*x)", "x");
        Expression again = ExpressionParser.parse(problem.source().toString(), "x");
        for (double x = 0; x < 6.3; x += 0.37) {
            assertEquals(problem.source().evaluate(x), again.evaluate(x));
        }
    }
}
