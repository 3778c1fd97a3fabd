package dev.jpde.fft.fftw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.CaseResolver;
import dev.jpde.core.run.RunSummary;
import dev.jpde.core.run.SimulationObserver;
import dev.jpde.io.casefile.CaseSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With this module on the class path a case file selects FFTW by {@code fft: {type: fftw}}; results match JTransforms. */
class FftwCaseTest {
    private static RunSummary run(String fft, double[][] last) {
        CaseSpec spec = CaseResolver.load("nlse-soliton", List.of("fft={type: " + fft + "}", "time.end=2.0", "output.count=3"));
        assertEquals(fft, spec.fft().provider().name());
        assertTrue(spec.resolvedYaml().contains("fft: {type: " + fft + "}"));
        return CaseResolver.simulation(spec).run(new SimulationObserver() {
            @Override
            public void output(int index, double t, long step, double[] field, double[] diagnostics) {
                last[0] = field.clone();
            }
        });
    }

    @Test
    void caseFileSelectsFftwAndGetsTheSameSolution() {
        double[][] a = new double[1][];
        double[][] b = new double[1][];
        RunSummary fftw = run("fftw", a);
        RunSummary jt = run("jtransforms", b);
        double diff = 0;
        for (int i = 0; i < a[0].length; i++) {
            diff = Math.max(diff, Math.abs(a[0][i] - b[0][i]));
        }
        // two FFT implementations differ by rounding (~1e-16 per transform); the adaptive steps may differ after many
        // steps, but both solutions are within the tolerance (rtol 1e-9) of each other and of the exact soliton
        assertTrue(diff < 1e-8, "FFTW vs JTransforms " + diff);
        assertTrue(fftw.maxError() < 1e-6 && jt.maxError() < 1e-6, fftw.maxError() + " " + jt.maxError());
    }
}
