package dev.jpde.gp.expr;

import java.util.List;

/**
 * The 11 manufactured-solution problems of spec gp-hm.md section 1 (plus the README's cos variant of mix_sin), each
 * with its exact solution as a case file would write it and the closed-form source listed in the spec.
 */
final class SpecBenchmarks {

    /** A closed form g(x, y); 1D problems ignore y. */
    @FunctionalInterface
    interface Closed {
        double at(double x, double y);
    }

    /**
     * @param id     the authors' problem id
     * @param form   the PDE operator
     * @param exact  u as text
     * @param vars   the variables, in point order
     * @param length the box side L (domain [0, L] per dimension)
     * @param n      collocation nodes per dimension
     * @param omega  the largest angular frequency of u in each variable (sets finite-difference steps)
     * @param u      u in closed form
     * @param f      the source in closed form, as listed in the spec
     */
    record Benchmark(String id, PdeForm form, String exact, String[] vars, double length, int n, double[] omega,
                     Closed u, Closed f) {
        int dimension() {
            return vars.length;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static final double TWO_PI = 2 * Math.PI;
    private static final PdeForm POISSON = new PdeForm.Poisson();
    private static final PdeForm ALLEN_CAHN = new PdeForm.AllenCahn();

    private SpecBenchmarks() {
    }

    private static double cube(double u) {
        return u * u * u;
    }

    /** h(t) = sin t + 0.1 sin(20t) + cos(100t) of the 2D Allen-Cahn problem, and h''. */
    private static double h(double t) {
        return Math.sin(t) + 0.1 * Math.sin(20 * t) + Math.cos(100 * t);
    }

    private static double h2(double t) {
        return -Math.sin(t) - 40 * Math.sin(20 * t) - 1e4 * Math.cos(100 * t);
    }

    /** q(t) = -436 sin(6t) cos(20t) - 240 cos(6t) sin(20t), the second derivative of sin(6t) cos(20t). */
    private static double q(double t) {
        return -436 * Math.sin(6 * t) * Math.cos(20 * t) - 240 * Math.cos(6 * t) * Math.sin(20 * t);
    }

    private static Benchmark oneD(String id, PdeForm form, String exact, double length, int n, double omega,
                                  Closed u, Closed f) {
        return new Benchmark(id, form, exact, new String[] {"x"}, length, n, new double[] {omega}, u, f);
    }

    static List<Benchmark> all() {
        Closed sin100 = (x, y) -> Math.sin(100 * x);
        Closed sin100xx = (x, y) -> -1e4 * Math.sin(100 * x);
        Closed sinCos = (x, y) -> Math.sin(6 * x) * Math.cos(100 * x);
        Closed sinCosXx = (x, y) -> -10036 * Math.sin(6 * x) * Math.cos(100 * x)
                - 1200 * Math.cos(6 * x) * Math.sin(100 * x);
        Closed ac2dU = (x, y) -> h(x) * h(y);
        return List.of(
                oneD("poisson_1d-single_sin", POISSON, "sin(100*x)", TWO_PI, 400, 100, sin100, sin100xx),
                oneD("poisson_1d-x_time_sinx", POISSON, "x*sin(200*x)", TWO_PI, 900, 200,
                        (x, y) -> x * Math.sin(200 * x),
                        (x, y) -> 400 * Math.cos(200 * x) - 4e4 * x * Math.sin(200 * x)),
                oneD("poisson_1d-sin_cos", POISSON, "sin(6*x)*cos(100*x)", TWO_PI, 400, 106, sinCos, sinCosXx),
                oneD("poisson_1d-mix_sin", POISSON, "sin(x)+0.1*sin(20*x)+0.05*sin(100*x)", 1, 900, 100,
                        (x, y) -> Math.sin(x) + 0.1 * Math.sin(20 * x) + 0.05 * Math.sin(100 * x),
                        (x, y) -> -Math.sin(x) - 40 * Math.sin(20 * x) - 500 * Math.sin(100 * x)),
                oneD("poisson_1d-mix_sin (README cos variant)", POISSON, "sin(x)+0.1*sin(20*x)+0.05*cos(100*x)",
                        1, 900, 100,
                        (x, y) -> Math.sin(x) + 0.1 * Math.sin(20 * x) + 0.05 * Math.cos(100 * x),
                        (x, y) -> -Math.sin(x) - 40 * Math.sin(20 * x) - 500 * Math.cos(100 * x)),
                oneD("poisson_1d-x2_add_sinx", POISSON, "sin(500*x)-2*(x-0.5)^2", 1, 400, 500,
                        (x, y) -> Math.sin(500 * x) - 2 * (x - 0.5) * (x - 0.5),
                        (x, y) -> -2.5e5 * Math.sin(500 * x) - 4),
                oneD("allencahn_1d-single_sin", ALLEN_CAHN, "sin(100*x)", TWO_PI, 400, 100, sin100,
                        (x, y) -> sin100xx.at(x, y) + cube(sin100.at(x, y)) - sin100.at(x, y)),
                oneD("allencahn_1d-sin_cos", ALLEN_CAHN, "sin(6*x)*cos(100*x)", TWO_PI, 400, 106, sinCos,
                        (x, y) -> sinCosXx.at(x, y) + cube(sinCos.at(x, y)) - sinCos.at(x, y)),
                new Benchmark("poisson_2d-sin_sin", POISSON, "sin(100*x)*sin(100*y)", new String[] {"x", "y"},
                        TWO_PI, 400, new double[] {100, 100},
                        (x, y) -> Math.sin(100 * x) * Math.sin(100 * y),
                        (x, y) -> -2e4 * Math.sin(100 * x) * Math.sin(100 * y)),
                new Benchmark("poisson_2d-sin_add_cos", POISSON, "sin(6*x)*cos(20*x)+sin(6*y)*cos(20*y)",
                        new String[] {"x", "y"}, TWO_PI, 200, new double[] {26, 26},
                        (x, y) -> Math.sin(6 * x) * Math.cos(20 * x) + Math.sin(6 * y) * Math.cos(20 * y),
                        (x, y) -> q(x) + q(y)),
                new Benchmark("allencahn_2d-mix-sincos", ALLEN_CAHN,
                        "(sin(x)+0.1*sin(20*x)+cos(100*x))*(sin(y)+0.1*sin(20*y)+cos(100*y))",
                        new String[] {"x", "y"}, 1, 400, new double[] {100, 100}, ac2dU,
                        (x, y) -> h2(x) * h(y) + h(x) * h2(y) + cube(ac2dU.at(x, y)) - ac2dU.at(x, y)),
                new Benchmark("advection-sin", new PdeForm.Advection(200), "sin(x-200*y)", new String[] {"x", "y"},
                        1, 200, new double[] {1, 200},
                        (x, y) -> Math.sin(x - 200 * y), (x, y) -> 0));
    }
}
