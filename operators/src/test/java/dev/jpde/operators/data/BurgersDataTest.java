package dev.jpde.operators.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.GaussianRandomField;
import dev.jpde.core.initial.LegacyNormalGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BurgersDataTest {

    /**
     * Acceptance: the generator's solutions (s = 64 sliced from its n = 256 grid, dt = 1e-3) agree
     * with solutions of the same initial functions on a 4x finer grid (n = 1024) with a 4x smaller
     * step, to 1e-8 relative L2 at the output points. Measured ~1.5e-10 (ETDRK4's time error; the
     * padded product leaves no spatial error worth the name), so 1e-8 is a loose bound that still
     * fails for the 2/3 rule (~3e-8) or a step 4x larger.
     */
    @Test
    void solutionsAgreeWithAFourTimesFinerGridAndStep() {
        BurgersDataSpec spec = BurgersDataSpec.fno(3, 64, 11).withThreads(2);
        assertEquals(256, spec.finePoints());
        OperatorDataset data = BurgersData.generate(spec, BurgersData.Progress.none());
        double[][] spectra = BurgersData.initialSpectra(spec);
        double worst = 0.0;
        for (int i = 0; i < spec.samples(); i++) {
            double[] fine = BurgersData.solve(spec, spectra[i], spec.finePoints(), 4 * spec.finePoints(),
                    spec.dt() / 4);
            double diff = 0.0;
            double norm = 0.0;
            for (int j = 0; j < 64; j++) {
                double ref = fine[16 * j];
                double d = data.u()[i * 64 + j] - ref;
                diff += d * d;
                norm += ref * ref;
            }
            worst = Math.max(worst, Math.sqrt(diff / norm));
        }
        System.out.printf("Burgers data vs 4x finer grid and step: max relative L2 %.2e%n", worst);
        assertTrue(worst < 1e-8, "relative L2 " + worst);
    }

    /**
     * Sample 0 is solver-core's GaussianRandomField of the same seed on the solver grid, less its
     * Nyquist term sd_{n/2} xi_{n/2} (-1)^j (the direct sum and the inverse FFT round differently:
     * 1e-12).
     */
    @Test
    void initialDataAreTheKarhunenLoeveFieldOfSolverCore() {
        int n = 64;
        long seed = 5;
        BurgersDataSpec spec = new BurgersDataSpec(2, n, n, 0.1, 2 * Math.PI, 1.0, 25, 5, 2, seed, 1e-3,
                dev.jpde.core.equation.Dealiasing.PADDING, 1);
        OperatorDataset data = BurgersData.generate(spec, BurgersData.Progress.none());
        double[] grf = new double[n];
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, n);
        new GaussianRandomField(25, 5, 2, seed).evaluate(grid, 0.0, grf);
        LegacyNormalGenerator rng = new LegacyNormalGenerator(seed);
        for (int q = 0; q < n - 2; q++) {
            rng.nextGaussian();
        }
        double xiNyquist = rng.nextGaussian();
        double w = n / 2.0;
        double sd = Math.sqrt(2 / (2 * Math.PI)) * 25 * Math.pow(w * w + 25, -1.0);
        for (int j = 0; j < n; j++) {
            double nyquist = sd * xiNyquist * (j % 2 == 0 ? 1 : -1);
            assertEquals(grf[j] - nyquist, data.a()[j], 1e-12, "u0 at x_" + j);
            assertEquals(j * 2 * Math.PI / n, data.x()[j], 1e-15);
        }
    }

    /** Samples are independent of the thread that solved them; a coarser output is a slice of a finer one. */
    @Test
    void dataDependOnNeitherThreadsNorOutputResolution() {
        BurgersDataSpec spec = new BurgersDataSpec(5, 32, 128, 0.1, 2 * Math.PI, 1.0, 25, 5, 2, 3, 1e-3,
                dev.jpde.core.equation.Dealiasing.PADDING, 1);
        OperatorDataset one = BurgersData.generate(spec, BurgersData.Progress.none());
        OperatorDataset two = BurgersData.generate(spec.withThreads(2).withPoints(64), BurgersData.Progress.none())
                .subsample(32);
        assertArrayEquals(one.a(), two.a(), 0.0);
        assertArrayEquals(one.u(), two.u(), 0.0);
        assertArrayEquals(one.x(), two.x(), 0.0);
        OperatorDataset fewer = BurgersData.generate(spec.withSamples(2), BurgersData.Progress.none());
        assertArrayEquals(fewer.u(), one.head(2).u(), 0.0, "sample i is the same in a shorter run");
    }

    /**
     * The field of spec section 2 on (0, 2 pi): pointwise variance sum_k sd_k^2 = 1.06^2 (std 1.05
     * in the spec), estimated from 40 x 64 values (correlated along x: ~10 % sampling error; bounds
     * 20 %); viscosity damps u(., 1) (spec: std 0.54) and, by the maximum principle,
     * max |u(., T)| <= max |u0| for every sample.
     */
    @Test
    void statisticsFollowTheSpec() {
        BurgersDataSpec spec = BurgersDataSpec.fno(40, 64, 1).withThreads(2);
        OperatorDataset d = BurgersData.generate(spec, BurgersData.Progress.none());
        double varA = 0.0;
        double varU = 0.0;
        for (int i = 0; i < d.samples(); i++) {
            double maxA = 0.0;
            double maxU = 0.0;
            for (int j = 0; j < 64; j++) {
                double a = d.a()[i * 64 + j];
                double u = d.u()[i * 64 + j];
                varA += a * a;
                varU += u * u;
                maxA = Math.max(maxA, Math.abs(a));
                maxU = Math.max(maxU, Math.abs(u));
            }
            assertTrue(maxU <= maxA, "maximum principle, sample " + i);
        }
        double stdA = Math.sqrt(varA / d.a().length);
        double stdU = Math.sqrt(varU / d.u().length);
        double expected = 0.0;
        for (int k = 1; k < 128; k++) {
            double sd = Math.sqrt(1 / Math.PI) * 25 / (k * k + 25.0);
            expected += sd * sd;
        }
        System.out.printf("Burgers data: std(a) %.3f (field %.3f), std(u) %.3f%n", stdA, Math.sqrt(expected), stdU);
        assertEquals(Math.sqrt(expected), stdA, 0.2 * Math.sqrt(expected));
        assertEquals(0.54, stdU, 0.2 * 0.54);
    }

    @Test
    void filesRoundTripWithTheirParameters(@TempDir Path dir) throws IOException {
        BurgersDataSpec spec = new BurgersDataSpec(3, 16, 32, 0.1, 2 * Math.PI, 1.0, 25, 5, 2, 9, 1e-3,
                dev.jpde.core.equation.Dealiasing.PADDING, 2);
        OperatorDataset d = BurgersData.generate(spec, BurgersData.Progress.none());
        Path file = dir.resolve("burgers.h5");
        d.write(file);
        OperatorDataset r = OperatorDataset.read(file);
        assertEquals(3, r.samples());
        assertEquals(16, r.points());
        assertArrayEquals(d.a(), r.a(), 0.0);
        assertArrayEquals(d.u(), r.u(), 0.0);
        assertArrayEquals(d.x(), r.x(), 0.0);
        assertEquals(9L, ((Number) r.attributes().get("seed")).longValue());
        assertEquals(0.1, ((Number) r.attributes().get("viscosity")).doubleValue(), 0.0);
        assertEquals(32L, ((Number) r.attributes().get("solver_points")).longValue());
        assertEquals(2, r.tail(2).samples());
        assertArrayEquals(java.util.Arrays.copyOfRange(d.u(), 16, 48), r.tail(2).u(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> r.subsample(5));
        assertThrows(IllegalArgumentException.class, () -> BurgersDataSpec.fno(1, 24, 0).withFinePoints(100));
    }
}
