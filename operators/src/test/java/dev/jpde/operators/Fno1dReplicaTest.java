package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The fused passes against the module-by-module reference ({@link LayerwiseFno}), on shapes that
 * exercise every remainder path: odd and even channel counts, odd grids, grids with the Nyquist
 * mode among the kept ones, several tiles with a short last tile. Both compute the same sums in
 * different orders, so they agree to rounding: the tolerance 1e-12 (relative to the largest entry
 * of each tensor) is ~1e4 ulp, and any indexing or coefficient error shows up at O(1).
 */
class Fno1dReplicaTest {

    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "modes {0}, width {1}, layers {2}, head {3}, batch {4}, s = {5}")
    @CsvSource({
        "3, 4, 4, 8, 2, 16",      // the small network of the other tests
        "16, 5, 2, 7, 3, 21",     // odd channels, odd grid, modes > s/2 + 1: 11 kept, no Nyquist
        "6, 3, 3, 5, 1, 10",      // Nyquist k = 5 kept
        "4, 6, 1, 3, 2, 300",     // one layer, two tiles (256 + 44)
        "16, 8, 4, 16, 2, 513",   // three tiles, odd grid
    })
    void fusedPassesMatchTheLayerwiseReference(int modes, int width, int layers, int head, int batch, int points) {
        checkAgainstTheLayerwiseReference(modes, width, layers, head, batch, points, Fno1dReplica.NATIVE);
    }

    /** The same with the pure-Java products ({@link KernelsGemm}), the fallback where OpenBLAS does not load. */
    @ParameterizedTest(name = "modes {0}, width {1}, layers {2}, head {3}, batch {4}, s = {5}")
    @CsvSource({
        "3, 4, 4, 8, 2, 16",      // the small network of the other tests
        "16, 5, 2, 7, 3, 21",     // odd channels, odd grid, modes > s/2 + 1: 11 kept, no Nyquist
        "6, 3, 3, 5, 1, 10",      // Nyquist k = 5 kept
        "4, 6, 1, 3, 2, 300",     // one layer, two tiles (256 + 44)
        "16, 8, 4, 16, 2, 513",   // three tiles, odd grid
    })
    void javaProductsMatchTheLayerwiseReference(int modes, int width, int layers, int head, int batch, int points) {
        checkAgainstTheLayerwiseReference(modes, width, layers, head, batch, points, false);
    }

    private static void checkAgainstTheLayerwiseReference(int modes, int width, int layers, int head, int batch,
                                                           int points, boolean nativeProducts) {
        Fno1d fno = new Fno1d(new Fno1d.Config(modes, width, layers, head));
        fno.initialise(11);
        // make the spectral weights O(1/width) so that the spectral branch matters as much as W
        fno.parameters().forEach((k, p) -> {
            if (k.endsWith("weights1")) {
                SplittableRandom r = new SplittableRandom(k.hashCode());
                for (int i = 0; i < p.size(); i++) {
                    p.value()[i] = r.nextDouble(-1.0, 1.0) / width;
                }
            }
        });
        SplittableRandom rng = new SplittableRandom(12);
        int n = batch * points;
        double[] a = GradientCheck.random(rng, n, 1.5);
        double[] gradOut = GradientCheck.random(rng, n, 1.0);
        double[] expected = new double[n];
        double[][] acts = LayerwiseFno.forward(fno, a, expected, batch, points);
        fno.zeroGrad();
        double[] expectedGradA = LayerwiseFno.backward(fno, a, acts, gradOut, batch, points);
        Map<String, double[]> expectedGrads = new java.util.LinkedHashMap<>();
        fno.parameters().forEach((k, p) -> expectedGrads.put(k, p.grad().clone()));

        Fno1dReplica replica = new Fno1dReplica(fno, true, nativeProducts);
        double[] out = new double[n];
        double[] gradA = new double[n];
        fno.zeroGrad();
        replica.forward(a, out, batch, points);
        replica.backward(gradOut, gradA);
        assertClose("output", expected, out);
        assertClose("dL/da", expectedGradA, gradA);
        for (String k : expectedGrads.keySet()) {
            assertClose(k, expectedGrads.get(k), replica.gradients().get(k));
            assertEquals(0.0, maxAbs(fno.parameters().get(k).grad()), k + ": a replica leaves Parameter.grad alone");
        }
    }

    @Test
    void theNetworksOwnPassesAddIntoParameterGradients() {
        Fno1d fno = new Fno1d(new Fno1d.Config(3, 4, 2, 6));
        fno.initialise(1);
        SplittableRandom rng = new SplittableRandom(2);
        double[] a = GradientCheck.random(rng, 40, 1.0);
        double[] y = GradientCheck.random(rng, 40, 1.0);
        double[] out = new double[40];
        Fno1dReplica replica = fno.replica();
        double viaReplica = replica.lossAndGradient(a, y, out, 2, 20);
        double viaNetwork = fno.lossAndGradient(a, y, out, 2, 20);
        assertEquals(viaReplica, viaNetwork, 0.0, "same passes, same loss");
        fno.parameters().forEach((k, p) -> assertEquals(0.0, maxDiff(p.grad(), replica.gradients().get(k)), 0.0, k));
        assertSame(fno, replica.model());
        replica.zeroGradients();
        assertEquals(0.0, maxAbs(replica.gradients().get("fc1.weight")), 0.0);
        assertThrows(IllegalStateException.class, () -> fno.replica().backward(out, null));
        assertThrows(IllegalArgumentException.class, () -> replica.forward(a, new double[3], 2, 20));
    }

    /** Prediction only: bitwise the outputs of the forward pass, and no backward after it. */
    @Test
    void predictionIsTheForwardPassWithoutDerivatives() {
        Fno1d fno = new Fno1d(new Fno1d.Config(5, 6, 3, 7));
        fno.initialise(5);
        SplittableRandom rng = new SplittableRandom(6);
        double[] a = GradientCheck.random(rng, 3 * 300, 4.0);
        double[] forward = new double[3 * 300];
        double[] predicted = new double[3 * 300];
        Fno1dReplica replica = fno.replica();
        replica.forward(a, forward, 3, 300);
        replica.predict(a, predicted, 3, 300);
        assertEquals(0.0, maxDiff(forward, predicted), 0.0);
        assertThrows(IllegalStateException.class, () -> replica.backward(forward, null));
    }

    /** Forward and backward at the Burgers size allocate nothing once sized, also after a size change back. */
    @Test
    void replicaPassesAllocateNothingOnceSized() {
        Fno1d fno = new Fno1d(Fno1d.Config.burgers());
        fno.initialise(3);
        Fno1dReplica replica = fno.replica();
        SplittableRandom rng = new SplittableRandom(4);
        double[] a = GradientCheck.random(rng, 2 * 300, 1.0);
        double[] y = GradientCheck.random(rng, 2 * 300, 1.0);
        double[] out = new double[2 * 300];
        replica.lossAndGradient(a, y, out, 2, 300);
        assertEquals(0, Allocations.of(() -> replica.lossAndGradient(a, y, out, 2, 300)));
        assertEquals(0, Allocations.of(() -> replica.lossAndGradient(a, y, out, 1, 300)));
    }

    static void assertClose(String what, double[] expected, double[] actual) {
        double scale = maxAbs(expected);
        assertTrue(scale > 0.0, what + ": reference is zero, nothing checked");
        double err = maxDiff(expected, actual) / scale;
        assertTrue(err <= TOLERANCE, what + ": relative difference " + err);
    }

    static double maxAbs(double[] x) {
        double m = 0.0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static double maxDiff(double[] x, double[] y) {
        assertEquals(x.length, y.length);
        double m = 0.0;
        for (int k = 0; k < x.length; k++) {
            m = Math.max(m, Math.abs(x[k] - y[k]));
        }
        return m;
    }
}
