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

class Fno1dTest {

    /** The small network of the gradient checks: width 4, modes 3, 4 layers, head 8. */
    private static final Fno1d.Config SMALL = new Fno1d.Config(3, 4, 4, 8);

    @Test
    void parametersCarryTheStateDictKeysShapesAndOrder() {
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        List<String> keys = new ArrayList<>(List.of("fc0.weight", "fc0.bias"));
        for (int l = 0; l < 4; l++) {
            keys.addAll(List.of("conv" + l + ".weights1", "w" + l + ".weight", "w" + l + ".bias"));
        }
        keys.addAll(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"));
        Map<String, Parameter> p = fno.parameters();
        assertEquals(keys, new ArrayList<>(p.keySet()));
        assertArrayEquals(new int[] {64, 2}, p.get("fc0.weight").shape());
        assertArrayEquals(new int[] {64, 64, 16, 2}, p.get("conv2.weights1").shape());
        assertArrayEquals(new int[] {64, 64, 1}, p.get("w3.weight").shape());
        assertArrayEquals(new int[] {128, 64}, p.get("fc1.weight").shape());
        assertArrayEquals(new int[] {1, 128}, p.get("fc2.weight").shape());
        assertArrayEquals(new int[] {1}, p.get("fc2.bias").shape());
        // the spec's count: lift 192 + spectral 4 x 131,072 + pointwise 4 x 4,160 + Q1 8,320 + Q2 129
        assertEquals(549_569L, fno.parameterCount());
    }

    @Test
    void outputShapeAndBatchIndependence() {
        Fno1d fno = new Fno1d(SMALL);
        fno.initialise(1);
        SplittableRandom rng = new SplittableRandom(2);
        double[] a = GradientCheck.random(rng, 3 * 20, 1.0);
        double[] out = new double[3 * 20];
        fno.forward(a, out, 3, 20);
        double[] one = new double[20];
        double[] a1 = new double[20];
        System.arraycopy(a, 20, a1, 0, 20);
        fno.forward(a1, one, 1, 20);
        for (int j = 0; j < 20; j++) {
            assertEquals(out[20 + j], one[j], 1e-14, "sample 1 does not depend on the rest of the batch");
        }
        assertThrows(IllegalArgumentException.class, () -> fno.forward(a, new double[10], 3, 20));
    }

    @Test
    void initialisationFollowsTheReferenceAndIsSeeded() {
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        fno.initialise(42);
        Map<String, Parameter> p = fno.parameters();
        assertWithin(p.get("fc0.weight"), -1 / Math.sqrt(2), 1 / Math.sqrt(2));
        assertWithin(p.get("w1.weight"), -1 / 8.0, 1 / 8.0);
        assertWithin(p.get("w1.bias"), -1 / 8.0, 1 / 8.0);
        assertWithin(p.get("fc1.weight"), -1 / 8.0, 1 / 8.0);
        assertWithin(p.get("fc2.weight"), -1 / Math.sqrt(128), 1 / Math.sqrt(128));
        assertWithin(p.get("conv0.weights1"), 0.0, 1 / 4096.0);
        Fno1d same = new Fno1d(Fno1d.Config.burgers());
        same.initialise(42);
        Fno1d other = new Fno1d(Fno1d.Config.burgers());
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
        // the draws fill the interval: observed range within 10 % of its ends
        assertTrue(min < lo + 0.1 * (hi - lo) && max > hi - 0.1 * (hi - lo), p + " fills its interval");
    }

    /**
     * The whole network, loss included: every parameter tensor and the input gradient against
     * finite differences of the summed relative L2 loss (width 4, modes 3, s = 16, batch 2).
     */
    @Test
    void gradientsOfTheLossMatchFiniteDifferences() {
        int batch = 2;
        int points = 16;
        Fno1d fno = new Fno1d(SMALL);
        fno.initialise(3);
        SplittableRandom rng = new SplittableRandom(4);
        double[] a = GradientCheck.random(rng, batch * points, 2.0);
        double[] target = GradientCheck.random(rng, batch * points, 1.0);
        double[] out = new double[batch * points];
        fno.zeroGrad();
        fno.lossAndGradient(a, target, out, batch, points);
        double[] gradOut = new double[out.length];
        RelativeL2Loss.valueAndGradient(out, target, gradOut, batch, points);
        double[] gradA = new double[a.length];
        Map<String, double[]> analytic = new LinkedHashMap<>();
        fno.parameters().forEach((k, p) -> analytic.put(k, p.grad().clone()));
        fno.forward(a, out, batch, points);
        fno.zeroGrad();
        fno.backward(gradOut, gradA);
        fno.parameters().forEach((k, p) -> assertArrayEquals(analytic.get(k), p.grad(), 0.0,
                k + ": lossAndGradient and forward + backward agree"));
        DoubleSupplier loss = () -> {
            fno.forward(a, out, batch, points);
            return RelativeL2Loss.value(out, target, batch, points);
        };
        double worst = 0.0;
        for (Map.Entry<String, Parameter> e : fno.parameters().entrySet()) {
            worst = Math.max(worst, GradientCheck.assertGradient(e.getKey(), e.getValue().value(),
                    analytic.get(e.getKey()), loss));
        }
        worst = Math.max(worst, GradientCheck.assertGradient("input a", a, gradA, loss));
        System.out.printf("Fno1d finite differences: max relative gradient error %.2e%n", worst);
    }

    @Test
    void backwardAccumulatesUntilZeroGrad() {
        Fno1d fno = new Fno1d(SMALL);
        fno.initialise(5);
        SplittableRandom rng = new SplittableRandom(6);
        double[] a = GradientCheck.random(rng, 16, 1.0);
        double[] y = GradientCheck.random(rng, 16, 1.0);
        double[] out = new double[16];
        fno.lossAndGradient(a, y, out, 1, 16);
        double[] once = fno.parameters().get("conv1.weights1").grad().clone();
        fno.lossAndGradient(a, y, out, 1, 16);
        double[] twice = fno.parameters().get("conv1.weights1").grad();
        for (int k = 0; k < once.length; k++) {
            assertEquals(2 * once[k], twice[k], 1e-15 * Math.abs(once[k]) + 1e-300);
        }
        fno.zeroGrad();
        assertArrayEquals(new double[once.length], twice, 0.0);
        assertThrows(IllegalStateException.class, () -> new Fno1d(SMALL).backward(new double[16], null));
    }

    /** After the first call of a size, forward + loss + backward allocate nothing (Burgers size, s = 256). */
    @Test
    void secondTrainingEvaluationAllocatesNothing() {
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        fno.initialise(7);
        int batch = 2;
        int points = 256;
        SplittableRandom rng = new SplittableRandom(8);
        double[] a = GradientCheck.random(rng, batch * points, 1.0);
        double[] y = GradientCheck.random(rng, batch * points, 1.0);
        double[] out = new double[batch * points];
        double[] gradA = new double[batch * points];
        Runnable step = () -> {
            fno.lossAndGradient(a, y, out, batch, points);
            fno.backward(out, gradA);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
        // a smaller batch reuses the workspaces
        assertEquals(0, Allocations.of(() -> fno.lossAndGradient(a, y, out, 1, points)));
    }
}
