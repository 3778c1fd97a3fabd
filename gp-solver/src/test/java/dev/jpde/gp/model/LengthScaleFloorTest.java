package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.gp.kernel.Envelope;
import dev.jpde.gp.kernel.KernelFamily;
import org.junit.jupiter.api.Test;

/** The bound's value per envelope and dimension, and that the projection moves only the log-ls entries above it. */
class LengthScaleFloorTest {

    @Test
    void envelopeAtItsLengthScaleIsTheDocumentedValue() {
        for (double length : new double[] {1e-3, 0.25, 7.0}) {
            assertEquals(Math.exp(-1), Envelope.GAUSSIAN.value(length, Envelope.GAUSSIAN.scaleOfLength(length)), 1e-15);
            double t = Math.sqrt(5);
            assertEquals((1 + t + t * t / 3) * Math.exp(-t),
                    Envelope.MATERN52.value(length, Envelope.MATERN52.scaleOfLength(length)), 1e-15);
        }
    }

    private static GpHmModel model(KernelFamily family, double[] lengths, int[] points) {
        int m = points[0] * (points.length > 1 ? points[1] : 1);
        return new GpHmModel(new GpHmProblem(PdeForm.POISSON, 0, lengths, points, new double[m], new double[m], 200),
                family, 4, new double[] {1.0, 1.0});
    }

    @Test
    void boundIsKappaNodeSpacingsPerDimension() {
        GpHmModel stm = model(KernelFamily.STM, new double[] {2.0, 3.0}, new int[] {21, 11});
        LengthScaleFloor floor = new LengthScaleFloor(stm, 1.5);
        assertEquals(Math.log(1 / (1.5 * 0.1)), floor.maxLogScale(0), 1e-14);
        assertEquals(Math.log(1 / (1.5 * 0.3)), floor.maxLogScale(1), 1e-14);
        GpHmModel gm = model(KernelFamily.GM, new double[] {2.0}, new int[] {21});
        assertEquals(Math.log(1 / (0.15 * 0.15)), new LengthScaleFloor(gm, 1.5).maxLogScale(0), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> new LengthScaleFloor(stm, 0));
    }

    @Test
    void projectionSetsOnlyLogScalesAboveTheBound() {
        GpHmModel model = model(KernelFamily.STM, new double[] {2.0, 3.0}, new int[] {21, 11});
        LengthScaleFloor floor = new LengthScaleFloor(model, 1.0);
        double[] p = model.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = 100 + i;
        }
        double[] before = p.clone();
        int q = 4;
        int low = model.kernelOffset(1) + q + 2;
        p[low] = -3;
        before[low] = -3;
        floor.apply(p);
        for (int i = 0; i < p.length; i++) {
            int j = i >= model.kernelOffset(1) ? 1 : i >= model.kernelOffset(0) ? 0 : -1;
            boolean logScale = j >= 0 && i >= model.kernelOffset(j) + q && i < model.kernelOffset(j) + 2 * q;
            double expected = logScale && i != low ? floor.maxLogScale(j) : before[i];
            assertEquals(expected, p[i], 0.0, "parameter " + i);
        }
    }
}
