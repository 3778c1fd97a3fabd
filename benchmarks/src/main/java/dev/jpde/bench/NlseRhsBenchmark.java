package dev.jpde.bench;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.reference.NlseReferenceProblem;
import dev.jpde.core.time.DormandPrince853;
import dev.jpde.core.time.Etdrk4;
import dev.jpde.core.time.IntegrationStats;
import dev.jpde.core.time.StepListener;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The NLSE hot path at the reference size (N = 512): one FFT pair, one filtered nonlinear term (which must cost at
 * most 1.5x the pair), and whole solves of the single soliton with DOP853 at the reference settings and ETDRK4.
 *
 * <p>Run: {@code java -jar benchmarks/target/jpde-benchmarks.jar NlseRhsBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NlseRhsBenchmark {
    private ComplexFft fft;
    private Nlse nlse;
    private double[] state;
    private double[] work;
    private double[] out;
    private NlseReferenceProblem soliton;
    private Nlse nlseFftw;
    private ComplexFft fftw;

    @Setup
    public void setup() {
        soliton = NlseReferenceProblem.soliton();
        nlse = soliton.equation(true);
        state = nlse.basis().newState();
        nlse.basis().toSpectral(soliton.initialField(), state);
        work = state.clone();
        out = new double[state.length];
        fft = Fft.jtransforms().complex(512);
        Fft backend = new dev.jpde.fft.fftw.FftwFft();
        nlseFftw = soliton.equation(true, backend);
        fftw = backend.complex(512);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] fftwPair512() {
        fftw.forward(work);
        fftw.inverse(work);
        return work;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] nlseNonlinearTerm512Fftw() {
        nlseFftw.nonlinear(0.0, state, out);
        return out;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IntegrationStats solitonDop853ReferenceSettingsFftw() {
        double[] s = state.clone();
        return new DormandPrince853(NlseReferenceProblem.RTOL, NlseReferenceProblem.ATOL, NlseReferenceProblem.MAX_STEP)
                .integrate(nlseFftw, 0, s, soliton.outputTimes(), StepListener.none());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IntegrationStats solitonDop853MatchedAccuracyFftw() {
        double[] s = state.clone();
        return new DormandPrince853(3e-5, 3e-7, NlseReferenceProblem.MAX_STEP)
                .integrate(nlseFftw, 0, s, soliton.outputTimes(), StepListener.none());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] fftPair512() {
        fft.forward(work);
        fft.inverse(work);
        return work;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] nlseNonlinearTerm512() {
        nlse.nonlinear(0.0, state, out);
        return out;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IntegrationStats solitonDop853ReferenceSettings() {
        double[] s = state.clone();
        return new DormandPrince853(NlseReferenceProblem.RTOL, NlseReferenceProblem.ATOL, NlseReferenceProblem.MAX_STEP)
                .integrate(nlse, 0, s, soliton.outputTimes(), StepListener.none());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IntegrationStats solitonEtdrk4() {
        double[] s = state.clone();
        return new Etdrk4(0.005).integrate(nlse, 0, s, soliton.outputTimes(), StepListener.none());
    }
}
