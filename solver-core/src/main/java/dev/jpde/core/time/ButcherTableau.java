package dev.jpde.core.time;

/**
 * An explicit Runge-Kutta method as data: nodes c, the strictly lower-triangular matrix a, weights b, and the
 * classical order. Stage i is {@code k_i = f(t + c_i h, y + h sum_{j<i} a_ij k_j)}; the step is
 * {@code y + h sum b_i k_i}.
 */
public record ButcherTableau(String name, int order, double[] c, double[][] a, double[] b) {
    public ButcherTableau {
        int s = b.length;
        if (c.length != s || a.length != s) {
            throw new IllegalArgumentException("tableau sizes differ");
        }
    }

    public int stages() {
        return b.length;
    }

    /** The classical 4th-order method. */
    public static ButcherTableau rk4() {
        return new ButcherTableau("rk4", 4, new double[] {0, 0.5, 0.5, 1},
                new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}}, new double[] {1 / 6.0, 1 / 3.0, 1 / 3.0, 1 / 6.0});
    }

    /** Shu-Osher strong-stability-preserving 3rd-order method. */
    public static ButcherTableau ssprk3() {
        return new ButcherTableau("ssprk3", 3, new double[] {0, 1, 0.5},
                new double[][] {{}, {1}, {0.25, 0.25}}, new double[] {1 / 6.0, 1 / 6.0, 2 / 3.0});
    }

    /** Heun's 2nd-order method. */
    public static ButcherTableau heun() {
        return new ButcherTableau("heun", 2, new double[] {0, 1}, new double[][] {{}, {1}}, new double[] {0.5, 0.5});
    }
}
