package dev.jpde.bench;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.linalg.MatrixProducts;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import dev.jpde.gp.train.Adam;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full GP-HM Adam step (loss, all analytic gradients, update), StM kernel, Q = 30, Poisson sin(100x)
 * (sin(100x) sin(100y) in 2-D) on [0, 2 pi]: 1-D with N points, 2-D with N x N points.
 *
 * <p>Run: {@code java -jar benchmarks/target/jpde-benchmarks.jar GpHmStepBenchmark}; the {@code products} parameter
 * compares the dense-product backends in the same run, {@code lanes} one against two threads per 2-D step, {@code fit}
 * the reference's loss against the fit on the posterior mean (which runs on one thread).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GpHmStepBenchmark {
    @Param({"1:400", "2:100", "2:200", "2:300", "2:400"})
    public String shape;

    /** Dense products: OpenBLAS on 1 or 2 threads, or EJML (pure Java, one thread). */
    @Param({"openblas-1", "openblas-2", "ejml"})
    public String products;

    /** Threads per 2-D step: 1, or 2 (the two dimensions' independent work on two threads; ignored in 1-D). */
    @Param({"1", "2"})
    public int lanes;

    /** What the data terms fit: the latent grid values (the reference's) or the posterior mean ({@code fit_on}). */
    @Param({"latent", "mean"})
    public String fit;

    private GpHmModel model;
    private Adam adam;
    private double[] grad;

    @Setup
    public void setup() {
        String[] s = shape.split(":");
        int d = Integer.parseInt(s[0]);
        int n = Integer.parseInt(s[1]);
        double len = 2 * Math.PI;
        int m = d == 1 ? n : n * n;
        double[] f = new double[m];
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            double x = len * (i / (d == 1 ? 1 : n)) / (n - 1);
            double y = d == 1 ? 0 : len * (i % n) / (n - 1);
            g[i] = d == 1 ? Math.sin(100 * x) : Math.sin(100 * x) * Math.sin(100 * y);
            f[i] = d == 1 ? -1e4 * g[i] : -2e4 * g[i];
        }
        GpHmProblem p = new GpHmProblem(PdeForm.POISSON, 0, d == 1 ? new double[] {len} : new double[] {len, len},
                d == 1 ? new int[] {n} : new int[] {n, n}, f, g, 200);
        MatrixProducts backend = products.equals("ejml") ? MatrixProducts.java() : MatrixProducts.best();
        if (products.startsWith("openblas")) {
            MatrixProducts.setNativeThreads(Integer.parseInt(products.substring("openblas-".length())));
        }
        model = new GpHmModel(p, KernelFamily.STM, 30, d == 1 ? new double[] {30} : new double[] {20, 20}, backend,
                lanes == 2);
        model.setFitOnMean(fit.equals("mean"));
        adam = new Adam(model.size(), 1e-2);
        grad = new double[model.size()];
    }

    @Benchmark
    public double adamStep() {
        double loss = model.lossAndGradient(grad);
        adam.step(model.parameters(), grad);
        return loss;
    }
}
