package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fno2dTest {

    @Test
    void parametersCarryTheStateDictKeysShapesAndOrder() {
        Fno2d fno = new Fno2d(Fno2d.Config.darcy(), 16, 16);
        List<String> keys = new ArrayList<>(List.of("fc0.weight", "fc0.bias"));
        for (int l = 0; l < 4; l++) {
            keys.addAll(List.of("conv" + l + ".weights1", "conv" + l + ".weights2"));
        }
        for (int l = 0; l < 4; l++) {
            keys.addAll(List.of("w" + l + ".weight", "w" + l + ".bias"));
        }
        keys.addAll(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"));
        Map<String, Parameter> p = fno.parameters();
        assertEquals(keys, new ArrayList<>(p.keySet()), "fourier_2d.py registers conv0..3 before w0..3");
        assertArrayEquals(new int[] {32, 3}, p.get("fc0.weight").shape());
        assertArrayEquals(new int[] {32, 32, 12, 12, 2}, p.get("conv2.weights1").shape());
        assertArrayEquals(new int[] {32, 32, 12, 12, 2}, p.get("conv3.weights2").shape());
        assertArrayEquals(new int[] {32, 32, 1, 1}, p.get("w1.weight").shape());
        assertArrayEquals(new int[] {128, 32}, p.get("fc1.weight").shape());
        assertArrayEquals(new int[] {1, 128}, p.get("fc2.weight").shape());
        // lift 128 + spectral 4 x 2 x 294,912 + pointwise 4 x 1,056 + Q1 4,224 + Q2 129: the count fourier_2d.py prints
        assertEquals(2_368_001L, fno.parameterCount());
        assertEquals(9, Fno2d.Config.darcy().padding());
        assertEquals(0, Fno2d.Config.darcy().withPadding(0).padding());
    }

    @Test
    void initialisationFollowsTheReferenceAndIsSeeded() {
        Fno2d fno = new Fno2d(Fno2d.Config.darcy(), 8, 8);
        fno.initialise(42);
        Map<String, Parameter> p = fno.parameters();
        assertWithin(p.get("fc0.weight"), -1 / Math.sqrt(3), 1 / Math.sqrt(3));
        assertWithin(p.get("w1.weight"), -1 / Math.sqrt(32), 1 / Math.sqrt(32));
        assertWithin(p.get("w1.bias"), -1 / Math.sqrt(32), 1 / Math.sqrt(32));
        assertWithin(p.get("fc2.weight"), -1 / Math.sqrt(128), 1 / Math.sqrt(128));
        assertWithin(p.get("conv0.weights1"), 0.0, 1 / 1024.0);
        assertWithin(p.get("conv3.weights2"), 0.0, 1 / 1024.0);
        Fno2d same = new Fno2d(Fno2d.Config.darcy(), 8, 8);
        same.initialise(42);
        Fno2d other = new Fno2d(Fno2d.Config.darcy(), 8, 8);
        other.initialise(43);
        for (String key : p.keySet()) {
            assertArrayEquals(p.get(key).value(), same.parameters().get(key).value(), 0.0, key);
            assertNotEquals(p.get(key).value()[0], other.parameters().get(key).value()[0], key);
        }
    }

    private static void assertWithin(Parameter p, double lo, double hi) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p.value()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= lo && max < hi, p + " in [" + min + ", " + max + "]");
        assertTrue(min < lo + 0.1 * (hi - lo) && max > hi - 0.1 * (hi - lo), p + " fills its interval");
    }

    /** A small network with spectral weights of order 1/width, so that the spectral branch matters as much as W. */
    private static Fno2d small(Fno2d.Config c, int sx, int sy, long seed) {
        Fno2d fno = new Fno2d(c, sx, sy);
        fno.initialise(seed);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        fno.parameters().forEach((k, p) -> {
            if (p.isComplex()) {
                for (int i = 0; i < p.size(); i++) {
                    p.value()[i] = rng.nextDouble(-1.0, 1.0) / c.width();
                }
            }
        });
        return fno;
    }

    @Test
    void outputShapeAndBatchIndependence() {
        Fno2d fno = small(new Fno2d.Config(3, 3, 4, 2, 8, 2), 6, 5, 1);
        int n = 30;
        double[] a = GradientCheck.random(new SplittableRandom(2), 3 * n, 1.0);
        double[] out = new double[3 * n];
        fno.forward(a, out, 3);
        double[] one = new double[n];
        double[] a1 = new double[n];
        System.arraycopy(a, n, a1, 0, n);
        fno.forward(a1, one, 1);
        for (int j = 0; j < n; j++) {
            assertEquals(out[n + j], one[j], 1e-14, "sample 1 does not depend on the rest of the batch");
        }
        assertThrows(IllegalArgumentException.class, () -> fno.forward(a, new double[10], 3));
    }

    /**
     * The whole network, loss included: every parameter tensor and the input gradient against
     * finite differences of the summed relative L2 loss (batch 2, width 3, 4 layers, head 8).
     * Grids: 6 x 5 padded by 2 to 8 x 7, where modes1 = 4 keeps every row, the Nyquist row 4 in
     * the second block; 5 x 8 unpadded, where modes2 = 5 keeps the Nyquist column and the blocks
     * (modes1 3) overlap on row 2.
     */
    @ParameterizedTest(name = "grid {0} x {1}, padding {2}, modes ({3}, {4})")
    @CsvSource({"6, 5, 2, 4, 3", "5, 8, 0, 3, 5"})
    void gradientsOfTheLossMatchFiniteDifferences(int sx, int sy, int padding, int modes1, int modes2) {
        int batch = 2;
        int n = sx * sy;
        Fno2d fno = small(new Fno2d.Config(modes1, modes2, 3, 4, 8, padding), sx, sy, 3);
        SplittableRandom rng = new SplittableRandom(4);
        double[] a = GradientCheck.random(rng, batch * n, 2.0);
        double[] target = GradientCheck.random(rng, batch * n, 1.0);
        double[] out = new double[batch * n];
        fno.zeroGrad();
        fno.lossAndGradient(a, target, out, batch);
        Map<String, double[]> analytic = new LinkedHashMap<>();
        fno.parameters().forEach((k, p) -> analytic.put(k, p.grad().clone()));
        double[] gradOut = new double[out.length];
        RelativeL2Loss.valueAndGradient(out, target, gradOut, batch, n);
        double[] gradA = new double[a.length];
        fno.forward(a, out, batch);
        fno.zeroGrad();
        fno.backward(gradOut, gradA);
        fno.parameters().forEach((k, p) -> assertArrayEquals(analytic.get(k), p.grad(), 0.0,
                k + ": lossAndGradient and forward + backward agree"));
        DoubleSupplier loss = () -> {
            fno.forward(a, out, batch);
            return RelativeL2Loss.value(out, target, batch, n);
        };
        double worst = 0.0;
        for (Map.Entry<String, Parameter> e : fno.parameters().entrySet()) {
            worst = Math.max(worst, GradientCheck.assertGradient(e.getKey(), e.getValue().value(),
                    analytic.get(e.getKey()), loss));
        }
        worst = Math.max(worst, GradientCheck.assertGradient("input a", a, gradA, loss));
        System.out.printf("Fno2d %d x %d, padding %d, modes (%d, %d): max relative FD gradient error %.2e%n",
                sx, sy, padding, modes1, modes2, worst);
    }

    @Test
    void backwardAccumulatesUntilZeroGrad() {
        Fno2d fno = small(new Fno2d.Config(2, 2, 3, 2, 4, 1), 4, 4, 5);
        SplittableRandom rng = new SplittableRandom(6);
        double[] a = GradientCheck.random(rng, 16, 1.0);
        double[] y = GradientCheck.random(rng, 16, 1.0);
        double[] out = new double[16];
        fno.lossAndGradient(a, y, out, 1);
        double[] once = fno.parameters().get("conv1.weights2").grad().clone();
        fno.lossAndGradient(a, y, out, 1);
        double[] twice = fno.parameters().get("conv1.weights2").grad();
        for (int k = 0; k < once.length; k++) {
            assertEquals(2 * once[k], twice[k], 1e-15 * Math.abs(once[k]) + 1e-300);
        }
        fno.zeroGrad();
        assertArrayEquals(new double[once.length], twice, 0.0);
        Fno2d fresh = new Fno2d(new Fno2d.Config(2, 2, 3, 2, 4, 1), 4, 4);
        assertThrows(IllegalStateException.class, () -> fresh.backward(new double[16], null));
    }

    /** Darcy architecture on a 23 x 23 grid padded to 32 x 32 (powers of two: no FFT scratch, see SpectralConv2d). */
    @Test
    void secondTrainingEvaluationAllocatesNothing() {
        Fno2d fno = new Fno2d(Fno2d.Config.darcy(), 23, 23);
        fno.initialise(7);
        int batch = 2;
        int n = 23 * 23;
        SplittableRandom rng = new SplittableRandom(8);
        double[] a = GradientCheck.random(rng, batch * n, 1.0);
        double[] y = GradientCheck.random(rng, batch * n, 1.0);
        double[] out = new double[batch * n];
        double[] gradA = new double[batch * n];
        Runnable step = () -> {
            fno.lossAndGradient(a, y, out, batch);
            fno.backward(out, gradA);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
        assertEquals(0, Allocations.of(() -> fno.lossAndGradient(a, y, out, 1)), "a smaller batch reuses the workspaces");
    }
}
