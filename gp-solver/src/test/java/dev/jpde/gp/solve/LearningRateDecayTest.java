package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import dev.jpde.gp.train.LearningRateSchedule;
import org.junit.jupiter.api.Test;

/**
 * What the decaying learning rate is for: at a constant rate Adam keeps jumping, so the last checkpoint is far from
 * the best one and only the exact solution can find the best; decayed over the last fifth, the run ends below the
 * constant run's best checkpoint, and the last checkpoint is also the one of lowest loss. Problem: u = sin(6x) cos(30x)
 * on [0, 2 pi], N = 150, StM, Q = 30, F = 8, 10,000 steps (at a constant rate: final 6.4e-5, best 2.9e-5; decayed:
 * 7.8e-6).
 */
class LearningRateDecayTest {
    private static final int N = 150;
    private static final double LENGTH = 2 * Math.PI;

    private static GpHmResult train(LearningRateSchedule schedule) {
        double[] f = new double[N];
        double[] g = new double[N];
        for (int i = 0; i < N; i++) {
            double x = LENGTH * i / (N - 1);
            g[i] = Math.sin(6 * x) * Math.cos(30 * x);
            f[i] = -936 * Math.sin(6 * x) * Math.cos(30 * x) - 360 * Math.cos(6 * x) * Math.sin(30 * x);
        }
        GpHmProblem problem = new GpHmProblem(PdeForm.POISSON, 0, new double[] {LENGTH}, new int[] {N}, f, g, 200);
        GpHmModel model = new GpHmModel(problem, KernelFamily.STM, 30, new double[] {8.0});
        double[] test = GpHmProblem.grid(LENGTH, 300);
        double[] exact = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            exact[i] = Math.sin(6 * test[i]) * Math.cos(30 * test[i]);
        }
        return new GpHmTrainer(10000, 20, schedule, false).train(model, new double[][] {test}, exact,
                TrainingListener.none());
    }

    @Test
    void decayEndsBelowTheConstantRunsBestCheckpoint() {
        GpHmResult constant = train(LearningRateSchedule.constant(1e-2));
        GpHmResult decayed = train(new LearningRateSchedule(1e-2, 1e-5, 0.8));
        System.out.printf("constant: final %.3g best %.3g min-loss %.3g; decayed: final %.3g best %.3g min-loss %.3g%n",
                constant.errorFinal(), constant.errorBest(), constant.errorMinLoss(), decayed.errorFinal(),
                decayed.errorBest(), decayed.errorMinLoss());
        assertTrue(decayed.errorFinal() < constant.errorBest(), "decayed final " + decayed.errorFinal()
                + " against constant best " + constant.errorBest());
        assertTrue(decayed.errorMinLoss() == decayed.errorFinal(), "the last checkpoint has the lowest loss");
    }
}
