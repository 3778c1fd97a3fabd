package dev.jpde.operators.data;

import dev.jpde.core.equation.ViscousBurgers;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.LegacyNormalGenerator;
import dev.jpde.core.time.Etdrk4;
import dev.jpde.core.time.StepListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The FNO Burgers benchmark data: pairs {@code (u0, u(., T))} of {@code u_t + (u^2/2)_x = nu u_xx}
 * on the periodic interval {@code (0, L)} (see {@link BurgersDataSpec}).
 *
 * <p><b>Initial data.</b> The Karhunen-Loeve sum of spec section 2 on the solver grid of n points,
 * <pre>
 *   u0(x) = sum_{k=1}^{n/2-1} sd_k (xi_k cos(2 pi k x/L) + eta_k sin(2 pi k x/L)),
 *   sd_k  = sqrt(2/L) sigma ((2 pi k/L)^2 + tau^2)^(-gamma/2),
 * </pre>
 * whose unscaled rfft coefficients are {@code c_k = (n/2) sd_k (xi_k - i eta_k)} (mean and Nyquist
 * mode zero, as in the PyTorch baseline). All normals come from one numpy-legacy stream
 * ({@link LegacyNormalGenerator}), sample after sample, in the order {@code xi_1, eta_1, xi_2, ...};
 * in numpy: {@code RandomState(seed).standard_normal((N, n//2 - 1, 2))}. Apart from the Nyquist
 * term, sample 0 is solver-core's {@code GaussianRandomField(sigma, tau, gamma, seed)}.
 *
 * <p><b>Solver.</b> solver-core's {@link ViscousBurgers} in Fourier space (diffusion in the linear
 * symbol) advanced by {@link Etdrk4} (Cox-Matthews/Kassam-Trefethen) to {@code T} in equal steps of
 * at most {@code dt}. Dealiasing: 3/2-rule padding, i.e. the quadratic term is exact for every mode
 * the grid holds. The 2/3 rule would instead zero the upper third of the initial modes inside the
 * nonlinear term, a truncation error of ~3e-8 at n = 256 (measured), while padding leaves the error
 * to the time step. Step: ETDRK4 needs no CFL limit for the stiff diffusion, and the advective part
 * is smooth (nu = 0.1 on (0, 2 pi): Reynolds number ~ 5); with {@code dt = 1e-3} (1000 steps) a
 * solution differs from one on a 4x finer grid with a 4x smaller step by 1.5e-10 .. 3.6e-10 relative
 * L2 at n = 256 .. 8192 (measured; the acceptance test asserts 1e-8), i.e. the data are exact to
 * ~1e-10, far below the ~1e-3 errors a network reaches. The outputs are the solver-grid values at
 * every {@code n/s}-th point, both for {@code a = u0} and for {@code u = u(., T)}, as the reference
 * code sub-samples its 8192-point file.
 *
 * <p><b>Parallelism.</b> Initial spectra are drawn first (sequentially, one stream), then samples
 * are solved on {@code threads} workers, each with its own equation and integrator; every sample's
 * result is independent of the thread that solved it, so the data do not depend on the thread count.
 */
public final class BurgersData {

    /** Progress of a generation: called, possibly from worker threads, after each solved sample. */
    @FunctionalInterface
    public interface Progress {
        void solved(int completed, int total);

        /** Ignores progress. */
        static Progress none() {
            return (completed, total) -> {
            };
        }
    }

    private BurgersData() {
    }

    /**
     * Generates the dataset of {@code spec}: inputs and outputs at {@code spec.points()}, with the
     * grid {@code x_j = j L / s} and the parameters as attributes.
     */
    public static OperatorDataset generate(BurgersDataSpec spec, Progress progress) {
        int n = spec.finePoints();
        int s = spec.points();
        int stride = spec.stride();
        int samples = spec.samples();
        double[][] spectra = initialSpectra(spec);
        double[] a = new double[samples * s];
        double[] u = new double[samples * s];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        int threads = Math.min(spec.threads(), samples);
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                Solver solver = new Solver(spec, n);
                double[] field = new double[n];
                for (int i = next.getAndIncrement(); i < samples; i = next.getAndIncrement()) {
                    solver.basisToPhysical(spectra[i], field);
                    for (int j = 0; j < s; j++) {
                        a[i * s + j] = field[j * stride];
                    }
                    solver.solve(spectra[i], field);
                    for (int j = 0; j < s; j++) {
                        u[i * s + j] = field[j * stride];
                    }
                    spectra[i] = null;
                    progress.solved(done.incrementAndGet(), samples);
                }
            }, "burgers-" + t);
            w.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a worker failed: " + failures.get(0), failures.get(0));
        }
        double[] x = new double[s];
        for (int j = 0; j < s; j++) {
            x[j] = j * spec.length() / s;
        }
        return new OperatorDataset(a, u, x, samples, s, attributes(spec));
    }

    /**
     * The generation command as one call: {@link #generate(BurgersDataSpec, Progress)} and
     * {@link OperatorDataset#write} to {@code file}; returns the dataset.
     */
    public static OperatorDataset generate(BurgersDataSpec spec, java.nio.file.Path file, Progress progress)
            throws java.io.IOException {
        OperatorDataset data = generate(spec, progress);
        data.write(file);
        return data;
    }

    /**
     * The unscaled rfft coefficients {@code c_k} ({@code n/2 + 1} interleaved complex values) of
     * the initial data of every sample on the solver grid {@code n = spec.finePoints()}.
     */
    public static double[][] initialSpectra(BurgersDataSpec spec) {
        int n = spec.finePoints();
        double len = spec.length();
        double[] sd = new double[n / 2];
        for (int k = 1; k < n / 2; k++) {
            double w = 2 * Math.PI * k / len;
            sd[k] = Math.sqrt(2 / len) * spec.sigma() * Math.pow(w * w + spec.tau() * spec.tau(), -spec.gamma() / 2);
        }
        LegacyNormalGenerator rng = new LegacyNormalGenerator(spec.seed());
        double[][] out = new double[spec.samples()][];
        for (int i = 0; i < spec.samples(); i++) {
            double[] c = new double[2 * (n / 2 + 1)];
            for (int k = 1; k < n / 2; k++) {
                double xi = rng.nextGaussian();
                double eta = rng.nextGaussian();
                c[2 * k] = 0.5 * n * sd[k] * xi;
                c[2 * k + 1] = -0.5 * n * sd[k] * eta;
            }
            out[i] = c;
        }
        return out;
    }

    /**
     * {@code u(., T)} on a grid of {@code gridPoints} (even) for the initial data with rfft
     * coefficients {@code spectrum} given on a grid of {@code spectrumPoints}: the same function,
     * zero-padded (or truncated) and rescaled to the new grid, solved with step {@code dt}. For
     * refinement studies; {@link #generate} solves on {@code spec.finePoints()} with {@code spec.dt()}.
     */
    public static double[] solve(BurgersDataSpec spec, double[] spectrum, int spectrumPoints, int gridPoints,
                                 double dt) {
        BurgersDataSpec on = spec.withFinePoints(gridPoints).withPoints(gridPoints).withDt(dt);
        double[] c = new double[2 * (gridPoints / 2 + 1)];
        double scale = (double) gridPoints / spectrumPoints;
        int bins = Math.min(c.length, spectrum.length);
        for (int k = 0; k < bins; k++) {
            c[k] = scale * spectrum[k];
        }
        if (gridPoints < spectrumPoints) {
            c[c.length - 1] = 0.0;
            c[c.length - 2] = 0.0;
        }
        double[] field = new double[gridPoints];
        new Solver(on, gridPoints).solve(c, field);
        return field;
    }

    private static Map<String, Object> attributes(BurgersDataSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", "viscous Burgers u_t + (u^2/2)_x = nu u_xx, periodic on (0, L); a = u(., 0), u = u(., T)");
        m.put("viscosity", spec.viscosity());
        m.put("length", spec.length());
        m.put("time", spec.time());
        m.put("initial_field", "KL sum, sd_k = sqrt(2/L) sigma ((2 pi k/L)^2 + tau^2)^(-gamma/2), k = 1 .. n/2-1;"
                + " numpy RandomState(seed).standard_normal((N, n//2-1, 2)) as (xi_k, eta_k)");
        m.put("sigma", spec.sigma());
        m.put("tau", spec.tau());
        m.put("gamma", spec.gamma());
        m.put("seed", spec.seed());
        m.put("solver", "ETDRK4 (Kassam-Trefethen), Fourier pseudo-spectral, " + spec.dealiasing()
                + " dealiasing, solver-core");
        m.put("solver_points", (long) spec.finePoints());
        m.put("stride", (long) spec.stride());
        m.put("dt", spec.dt());
        return m;
    }

    /** One thread's equation, integrator and buffers. */
    private static final class Solver {
        private final ViscousBurgers pde;
        private final Etdrk4 integrator;
        private final double[] state;
        private final double[] outputTimes;

        Solver(BurgersDataSpec spec, int n) {
            this.pde = new ViscousBurgers(PeriodicGrid1D.fromZero(spec.length(), n), spec.viscosity(),
                    spec.dealiasing());
            this.integrator = new Etdrk4(spec.dt());
            this.state = pde.basis().newState();
            this.outputTimes = new double[] {spec.time()};
        }

        void basisToPhysical(double[] spectrum, double[] field) {
            pde.basis().toPhysical(spectrum, field);
        }

        void solve(double[] spectrum, double[] field) {
            System.arraycopy(spectrum, 0, state, 0, state.length);
            integrator.integrate(pde, 0.0, state, outputTimes, StepListener.none());
            pde.basis().toPhysical(state, field);
        }
    }
}
