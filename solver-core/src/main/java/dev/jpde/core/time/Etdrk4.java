package dev.jpde.core.time;

import dev.jpde.core.equation.SemilinearPde;

/**
 * Cox-Matthews ETDRK4 with the coefficients of Kassam and Trefethen (SIAM J. Sci. Comput. 26, 2005):
 *
 * <pre>
 *   a = E2 u + Q N(u),  b = E2 u + Q N(a),  c = E2 a + Q (2 N(b) - N(u)),
 *   u_new = E u + f1 N(u) + 2 f2 (N(a) + N(b)) + f3 N(c),
 * </pre>
 *
 * with {@code E = e^{Lh}}, {@code E2 = e^{Lh/2}} and {@code Q, f1, f2, f3} the phi-function combinations evaluated by
 * the mean over M points on a circle of radius 1 around each {@code z = L h} (complex L allowed), which avoids the
 * cancellation of the closed forms near z = 0. Coefficients are computed once per step size. 4 evaluations of N per step.
 */
public final class Etdrk4 extends FixedStepIntegrator {
    private static final int CONTOUR_POINTS = 64;
    private SemilinearPde prepared;
    private double[] e;
    private double[] e2;
    private double[] q;
    private double[] f1;
    private double[] f2;
    private double[] f3;
    private double[] nu;
    private double[] na;
    private double[] nb;
    private double[] nc;
    private double[] a;
    private double[] b;
    private double[] c;

    public Etdrk4(double dt) {
        super(dt);
    }

    @Override
    public String name() {
        return "etdrk4";
    }

    @Override
    protected void prepare(SemilinearPde pde, double h) {
        int n = pde.stateSize();
        if (prepared != pde) {
            int len = 2 * n;
            e = new double[len];
            e2 = new double[len];
            q = new double[len];
            f1 = new double[len];
            f2 = new double[len];
            f3 = new double[len];
            nu = new double[len];
            na = new double[len];
            nb = new double[len];
            nc = new double[len];
            a = new double[len];
            b = new double[len];
            c = new double[len];
            prepared = pde;
        }
        double[] lin = new double[2 * n];
        pde.linearSymbol(lin);
        double[] coef = new double[8];
        for (int j = 0; j < n; j++) {
            double lr = lin[2 * j] * h;
            double li = lin[2 * j + 1] * h;
            double ex = Math.exp(lr);
            e[2 * j] = ex * Math.cos(li);
            e[2 * j + 1] = ex * Math.sin(li);
            double ex2 = Math.exp(lr / 2);
            e2[2 * j] = ex2 * Math.cos(li / 2);
            e2[2 * j + 1] = ex2 * Math.sin(li / 2);
            PhiFunctions.contourMeans(lr, li, CONTOUR_POINTS, coef);
            q[2 * j] = h * coef[0];
            q[2 * j + 1] = h * coef[1];
            f1[2 * j] = h * coef[2];
            f1[2 * j + 1] = h * coef[3];
            f2[2 * j] = h * coef[4];
            f2[2 * j + 1] = h * coef[5];
            f3[2 * j] = h * coef[6];
            f3[2 * j + 1] = h * coef[7];
        }
    }

    @Override
    protected int step(SemilinearPde pde, double t, double[] u, double h) {
        int n = pde.stateSize();
        pde.nonlinear(t, u, nu);
        for (int j = 0; j < 2 * n; j += 2) {
            a[j] = e2[j] * u[j] - e2[j + 1] * u[j + 1] + q[j] * nu[j] - q[j + 1] * nu[j + 1];
            a[j + 1] = e2[j] * u[j + 1] + e2[j + 1] * u[j] + q[j] * nu[j + 1] + q[j + 1] * nu[j];
        }
        pde.nonlinear(t + h / 2, a, na);
        for (int j = 0; j < 2 * n; j += 2) {
            b[j] = e2[j] * u[j] - e2[j + 1] * u[j + 1] + q[j] * na[j] - q[j + 1] * na[j + 1];
            b[j + 1] = e2[j] * u[j + 1] + e2[j + 1] * u[j] + q[j] * na[j + 1] + q[j + 1] * na[j];
        }
        pde.nonlinear(t + h / 2, b, nb);
        for (int j = 0; j < 2 * n; j += 2) {
            double wr = 2 * nb[j] - nu[j];
            double wi = 2 * nb[j + 1] - nu[j + 1];
            c[j] = e2[j] * a[j] - e2[j + 1] * a[j + 1] + q[j] * wr - q[j + 1] * wi;
            c[j + 1] = e2[j] * a[j + 1] + e2[j + 1] * a[j] + q[j] * wi + q[j + 1] * wr;
        }
        pde.nonlinear(t + h, c, nc);
        for (int j = 0; j < 2 * n; j += 2) {
            double ur = u[j];
            double ui = u[j + 1];
            double sr = na[j] + nb[j];
            double si = na[j + 1] + nb[j + 1];
            double re = e[j] * ur - e[j + 1] * ui
                    + f1[j] * nu[j] - f1[j + 1] * nu[j + 1]
                    + 2 * (f2[j] * sr - f2[j + 1] * si)
                    + f3[j] * nc[j] - f3[j + 1] * nc[j + 1];
            double im = e[j] * ui + e[j + 1] * ur
                    + f1[j] * nu[j + 1] + f1[j + 1] * nu[j]
                    + 2 * (f2[j] * si + f2[j + 1] * sr)
                    + f3[j] * nc[j + 1] + f3[j + 1] * nc[j];
            u[j] = re;
            u[j + 1] = im;
        }
        return 4;
    }
}
