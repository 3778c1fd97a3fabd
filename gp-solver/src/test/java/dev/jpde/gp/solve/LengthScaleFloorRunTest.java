package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.LengthScaleFloor;
import dev.jpde.gp.model.PdeForm;
import dev.jpde.gp.train.LearningRateSchedule;
import org.junit.jupiter.api.Test;

/**
 * The failure the length-scale floor is for, and that the floor changes nothing where it never binds.
 *
 * <p>u = sin(3x) sin(3y) on [0, 2 pi]^2, 30 x 30 nodes (spacing 0.22), StM, Q = 30, F = 1, 20,000 steps. The two
 * kernels start identical; once rounding parts them, one of them (x, in the current arithmetic) is led by a component
 * of inverse length scale ~8 (envelope length 0.13, about half a node spacing) that fits the equation at the nodes with a fake second
 * derivative, and the test error sits at 0.36 (0.53 after 2e5 steps). Floored at one node spacing, both kernels keep
 * the true frequency 3/(2 pi) and the error falls (5.1e-2 here, 1.3e-3 after 2e5 steps).
 */
class LengthScaleFloorRunTest {
    private static final int N = 30;
    private static final double LENGTH = 2 * Math.PI;

    private static GpHmModel model() {
        double[] x = GpHmProblem.grid(LENGTH, N);
        double[] f = new double[N * N];
        double[] g = new double[N * N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                g[i * N + j] = Math.sin(3 * x[i]) * Math.sin(3 * x[j]);
                f[i * N + j] = -18 * g[i * N + j];
            }
        }
        GpHmProblem problem = new GpHmProblem(PdeForm.POISSON, 0, new double[] {LENGTH, LENGTH}, new int[] {N, N},
                f, g, 200);
        return new GpHmModel(problem, KernelFamily.STM, 30, new double[] {1.0, 1.0});
    }

    private static GpHmResult train(GpHmModel model, double floorNodes, long steps) {
        double[] t = GpHmProblem.grid(LENGTH, 60);
        double[] exact = new double[t.length * t.length];
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t.length; j++) {
                exact[i * t.length + j] = Math.sin(3 * t[i]) * Math.sin(3 * t[j]);
            }
        }
        return new GpHmTrainer(steps, 10, LearningRateSchedule.constant(1e-2), false).withLengthScaleFloor(floorNodes)
                .train(model, new double[][] {t, t}, exact, TrainingListener.none());
    }

    @Test
    void floorKeepsTheRunFromTheNodeScaleKernel() {
        GpHmResult reference = train(model(), 0, 20000);
        GpHmModel floored = model();
        GpHmResult withFloor = train(floored, 1.0, 20000);
        System.out.printf("sin 3x sin 3y, 30^2, 2e4 steps: reference final %.3g, floored final %.3g%n",
                reference.errorFinal(), withFloor.errorFinal());
        assertTrue(reference.errorFinal() > 0.3, "the reference's failure: " + reference.errorFinal());
        assertTrue(withFloor.errorFinal() < 0.1, "floored: " + withFloor.errorFinal());
        LengthScaleFloor floor = new LengthScaleFloor(floored, 1.0);
        double[] p = floored.parameters();
        for (int j = 0; j < 2; j++) {
            for (int c = 0; c < 30; c++) {
                double logScale = p[floored.kernelOffset(j) + 30 + c];
                assertTrue(logScale <= floor.maxLogScale(j), "dimension " + j + " component " + c + ": " + logScale);
            }
        }
    }

    @Test
    void aFloorThatNeverBindsChangesNothing() {
        GpHmModel plain = model();
        GpHmModel floored = model();
        train(plain, 0, 300);
        train(floored, 1e-6, 300);
        assertArrayEquals(plain.parameters(), floored.parameters(), 0.0);
    }
}
