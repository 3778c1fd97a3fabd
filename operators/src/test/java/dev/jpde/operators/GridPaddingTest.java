package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridPaddingTest {

    /** F.pad(v, [0, 2, 0, 2]) of a 2 x 3 field: zeros appended after the last row and column. */
    @Test
    void padAppendsZerosAtTheFarEnds() {
        GridPadding pad = new GridPadding(2, 3, 2);
        assertEquals(20, pad.paddedPoints());
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = new double[20];
        java.util.Arrays.fill(y, 9.0);
        pad.pad(x, y, 1);
        assertArrayEquals(new double[] {1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, y, 0.0);
        double[] back = new double[6];
        pad.crop(y, back, 1);
        assertArrayEquals(x, back, 0.0);
    }

    /** {@code <pad(x), y> = <x, crop(y)>}: crop is the adjoint used in the backward pass. */
    @Test
    void cropIsTheAdjointOfPad() {
        GridPadding pad = new GridPadding(4, 5, 3);
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = GradientCheck.random(rng, 3 * 20, 1.0);
        double[] y = GradientCheck.random(rng, 3 * pad.paddedPoints(), 1.0);
        double[] px = new double[y.length];
        double[] cy = new double[x.length];
        pad.pad(x, px, 3);
        pad.crop(y, cy, 3);
        double left = 0.0;
        for (int k = 0; k < y.length; k++) {
            left += px[k] * y[k];
        }
        double right = 0.0;
        for (int k = 0; k < x.length; k++) {
            right += x[k] * cy[k];
        }
        assertEquals(left, right, 1e-13);
    }
}
