import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.*;
import dev.jpde.gp.train.Adam;
import dev.jpde.io.hdf5.H5File;
import java.nio.file.Path;

/**
 * Continues a saved training state of gp-poisson2d-sincos (sin(6x)cos(20x) + sin(6y)cos(20y), 200^2 on [0, 2 pi]^2)
 * with the reference's fit (latent) or the fit on the posterior mean (mean), fresh Adam at a given rate, printing the
 * prediction error on the 300^2 test grid ten times. Used for the 2-D paragraph of "fitting the posterior mean" in
 * gp-hm.md:
 *
 * <pre>
 *   ./jpde run gp-poisson2d-sincos --set train.schedule=decay --state sincos.state.h5      # about 2.5 h
 *   java -cp cases/target/jpde.jar docs/benchmarks/GpHmSincosContinue.java sincos.state.h5 mean 20000 1e-4
 * </pre>
 */
public class GpHmSincosContinue {
    static double q(double t) { return Math.sin(6 * t) * Math.cos(20 * t); }
    static double qxx(double t) { return -436 * Math.sin(6 * t) * Math.cos(20 * t) - 240 * Math.cos(6 * t) * Math.sin(20 * t); }
    public static void main(String[] a) throws Exception {
        String file = a[0];
        boolean mean = a[1].equals("mean");
        int steps = Integer.parseInt(a[2]);
        double lr = Double.parseDouble(a[3]);
        int n = 200;
        double L = 2 * Math.PI;
        double[] params;
        try (H5File h = H5File.open(Path.of(file))) {
            params = h.readDoubles("/state/params").data();
        }
        double[] x = GpHmProblem.grid(L, n);
        double[] f = new double[n * n], g = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            f[i * n + j] = qxx(x[i]) + qxx(x[j]);
            g[i * n + j] = q(x[i]) + q(x[j]);
        }
        GpHmProblem pr = new GpHmProblem(PdeForm.POISSON, 0, new double[] {L, L}, new int[] {n, n}, f, g, 200);
        GpHmModel model = new GpHmModel(pr, KernelFamily.STM, 30, new double[] {30, 30});
        System.arraycopy(params, 0, model.parameters(), 0, params.length);
        model.setFitOnMean(mean);
        Adam adam = new Adam(model.size(), lr);
        double[] grad = new double[model.size()];
        double[] t = GpHmProblem.grid(L, 300);
        for (int s = 0; s <= steps; s++) {
            if (s % (steps / 10) == 0) {
                double[] p = model.predict(t, t);
                double num = 0, den = 0;
                for (int i = 0; i < 300; i++) for (int j = 0; j < 300; j++) {
                    double e = q(t[i]) + q(t[j]);
                    double v = p[i * 300 + j];
                    num += (v - e) * (v - e);
                    den += e * e;
                }
                double loss = model.lossAndGradient(grad);
                System.out.printf("%s step %d loss %.6g error %.4e boundary mse %.2e residual mse %.2e%n", a[1], s, loss,
                        Math.sqrt(num / den), model.lastBoundaryMse(), model.lastResidualMse());
            }
            if (s < steps) {
                model.lossAndGradient(grad);
                adam.step(model.parameters(), grad);
            }
        }
    }
}
