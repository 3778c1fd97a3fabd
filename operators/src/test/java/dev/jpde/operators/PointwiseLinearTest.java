package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointwiseLinearTest {

    @Test
    void shapesFollowPyTorch() {
        PointwiseLinear lin = PointwiseLinear.linear(3, 5);
        PointwiseLinear conv = PointwiseLinear.conv1x1(3, 5);
        PointwiseLinear conv2d = PointwiseLinear.conv2d1x1(3, 5);
        assertArrayEquals(new int[] {5, 3}, lin.weight().shape());
        assertArrayEquals(new int[] {5, 3, 1}, conv.weight().shape());
        assertArrayEquals(new int[] {5, 3, 1, 1}, conv2d.weight().shape());
        assertArrayEquals(new int[] {5}, conv2d.bias().shape());
        assertArrayEquals(new int[] {5}, lin.bias().shape());
        assertEquals("weight", lin.parameters().get(0).name());
        assertEquals("bias", lin.parameters().get(1).name());
        assertEquals(3, lin.inChannels());
        assertEquals(5, lin.outChannels());
    }

    @Test
    void forwardIsTheAffineMapAtEveryPoint() {
        int in = 3;
        int out = 2;
        int batch = 2;
        int points = 4;
        PointwiseLinear layer = PointwiseLinear.linear(in, out);
        SplittableRandom rng = new SplittableRandom(3);
        layer.initialise(rng);
        double[] x = GradientCheck.random(rng, batch * in * points, 1.0);
        double[] y = new double[batch * out * points];
        layer.forward(x, y, batch, points);
        double[] w = layer.weight().value();
        double[] c = layer.bias().value();
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < out; o++) {
                for (int j = 0; j < points; j++) {
                    double expected = c[o];
                    for (int i = 0; i < in; i++) {
                        expected += w[o * in + i] * x[(b * in + i) * points + j];
                    }
                    assertEquals(expected, y[(b * out + o) * points + j], 1e-15);
                }
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        PointwiseLinear lin = PointwiseLinear.linear(4, 3);
        lin.initialise(new SplittableRandom(4));
        GradientCheck.assertLayerGradients(lin, 2, 16, 5);
        PointwiseLinear conv = PointwiseLinear.conv1x1(4, 4);
        conv.initialise(new SplittableRandom(6));
        GradientCheck.assertLayerGradients(conv, 2, 16, 7);
    }

    @Test
    void backwardAccumulatesParameterGradients() {
        PointwiseLinear layer = PointwiseLinear.conv1x1(2, 2);
        layer.initialise(new SplittableRandom(8));
        double[] x = GradientCheck.random(new SplittableRandom(9), 2 * 2 * 8, 1.0);
        double[] g = GradientCheck.random(new SplittableRandom(10), 2 * 2 * 8, 1.0);
        layer.backward(x, g, null, 2, 8);
        double[] once = layer.weight().grad().clone();
        layer.backward(x, g, null, 2, 8);
        for (int k = 0; k < once.length; k++) {
            assertEquals(2 * once[k], layer.weight().grad()[k], 1e-15);
        }
    }

    @Test
    void initialisationIsPyTorchDefaultUniform() {
        PointwiseLinear layer = PointwiseLinear.linear(64, 128);
        layer.initialise(new SplittableRandom(11));
        double bound = 1.0 / 8.0;
        double mean = 0.0;
        double sq = 0.0;
        for (double v : layer.weight().value()) {
            assertTrue(v >= -bound && v < bound);
            mean += v;
            sq += v * v;
        }
        int n = layer.weight().size();
        mean /= n;
        // U(-a, a): mean 0 (standard error a / sqrt(3n)), variance a^2/3
        assertEquals(0.0, mean, 4 * bound / Math.sqrt(3.0 * n));
        assertEquals(bound * bound / 3, sq / n, 0.05 * bound * bound / 3);
        for (double v : layer.bias().value()) {
            assertTrue(v >= -bound && v < bound);
        }
    }

    @Test
    void rejectsShortBuffers() {
        PointwiseLinear layer = PointwiseLinear.linear(2, 3);
        assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[2 * 4], new double[3 * 3], 1, 4));
    }

    @Test
    void secondCallAllocatesNothing() {
        PointwiseLinear layer = PointwiseLinear.conv1x1(4, 4);
        double[] x = new double[2 * 4 * 16];
        double[] y = new double[x.length];
        double[] gx = new double[x.length];
        Runnable step = () -> {
            layer.forward(x, y, 2, 16);
            layer.backward(x, y, gx, 2, 16);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
    }
}
