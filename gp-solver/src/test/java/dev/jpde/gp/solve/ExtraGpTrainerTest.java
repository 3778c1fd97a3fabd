package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.ExtraGp;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two-stage extra-GP run: on a small analogue of the authors' sin(500x) - 2(x - 0.5)^2 problem the second stage
 * cuts the error of stage 1 alone (and beats one stage trained for the same total steps); the checkpoint schedule and
 * stage tags; and the early-stopping rule ending a run in either stage.
 */
class ExtraGpTrainerTest {
    /** u = sin(40x) - 2(x - 0.5)^2 on [0, 1] (f = -1600 sin(40x) - 4), n nodes; test grid of 300 points. */
    private static final class Sin40MinusParabola {
        final GpHmProblem problem;
        final double[] test = new double[300];
        final double[] exact = new double[300];

        Sin40MinusParabola(int n) {
            double[] f = new double[n];
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                double x = (double) i / (n - 1);
                g[i] = u(x);
                f[i] = -1600 * Math.sin(40 * x) - 4;
            }
            problem = new GpHmProblem(PdeForm.POISSON, 0, new double[] {1.0}, new int[] {n}, f, g, 200);
            for (int i = 0; i < 300; i++) {
                test[i] = i / 299.0;
                exact[i] = u(test[i]);
            }
        }

        static double u(double x) {
            return Math.sin(40 * x) - 2 * (x - 0.5) * (x - 0.5);
        }

        GpHmModel model() {
            return new GpHmModel(problem, KernelFamily.STM, 30, new double[] {10.0}); // 40 / 2 pi = 6.4 < F
        }
    }

    @Test
    void secondStageCutsTheErrorOfStageOneAlone() {
        Sin40MinusParabola p = new Sin40MinusParabola(80);
        double[][] axes = {p.test};
        GpHmTrainer trainer = new GpHmTrainer(8000, 20, 1e-2, true);
        ExtraGpResult r = new ExtraGpTrainer(trainer, 0.5).train(p.model(), axes, p.exact, TrainingListener.none());
        GpHmResult plain = trainer.train(p.model(), axes, p.exact, TrainingListener.none());
        assertTrue(r.reachedSecondStage());
        assertFalse(r.run().stoppedEarly(), "the error falls through stage 2, so the authors' rule does not fire");
        Checkpoint change = r.run().checkpoints().get(10);
        assertEquals(4000, change.step());
        assertEquals(1, change.stage());
        assertEquals(change.error(), r.firstError(), 0.0, "stage 1 alone, at the change point");
        // Measured (OpenJDK 17, x86-64, OpenBLAS dgemm): stage 1 alone 1.43e-1; after stage 2 best = final 1.75e-3
        // (82x cut); one stage for all 8000 steps 1.11e-1. Each run is deterministic, but last-bit differences (the two
        // product kernels, other platforms) move Adam's noisy path, so ask for a 3x cut (and 3x over the single stage).
        // (Until the training solves were refined, 4000 steps gave an 8.5x cut; with the refined, backward-stable solves
        // they give 2.2x, stage 2 being still under way, so the test now runs 8000.)
        assertTrue(r.run().errorBest() < r.firstError() / 3, "stage 2 best " + r.run().errorBest() + " vs stage 1 "
                + r.firstError());
        assertTrue(r.run().errorFinal() < r.firstError() / 3, "final " + r.run().errorFinal());
        assertTrue(r.run().errorBest() < plain.errorBest() / 3, "two stages " + r.run().errorBest()
                + " vs one stage of the same steps " + plain.errorBest());
        System.out.printf("extra GP toy: stage 1 %.3e, two stages best %.3e final %.3e min-loss %.3e; one stage best"
                        + " %.3e; %.1f s%n", r.firstError(), r.run().errorBest(), r.run().errorFinal(),
                r.run().errorMinLoss(), plain.errorBest(), r.run().seconds());
    }

    /**
     * With every data term on the posterior mean ({@code fit_on: mean}), both stages' predictions meet the boundary
     * data at the ends (the reference fits the latent values, and the jitter pulls the prediction off them there, an
     * offset that spreads through the domain as a line), and the second stage still cuts stage 1's error.
     */
    @Test
    void fittingTheMeanRemovesTheEndOffset() {
        Sin40MinusParabola p = new Sin40MinusParabola(80);
        double[][] axes = {p.test};
        GpHmTrainer trainer = new GpHmTrainer(8000, 20, 1e-2, true);
        double[] offset = new double[2];
        ExtraGpResult[] runs = new ExtraGpResult[2];
        for (int mode = 0; mode < 2; mode++) {
            GpHmModel first = p.model();
            first.setFitOnMean(mode == 1);
            ExtraGpResult r = new ExtraGpTrainer(trainer, 0.5).train(first, axes, p.exact, TrainingListener.none());
            assertTrue(r.reachedSecondStage());
            double[] u = r.run().prediction();
            offset[mode] = Math.max(Math.abs(u[0] - p.exact[0]), Math.abs(u[299] - p.exact[299]));
            runs[mode] = r;
            System.out.printf("extra GP toy, fit on the %s: stage 1 %.3e, final %.3e, end offset %.3e%n",
                    mode == 1 ? "mean" : "latent values", r.firstError(), r.run().errorFinal(), offset[mode]);
        }
        // Measured: latent end offset 1.0e-3, mean 5.9e-8. The final errors (latent 1.75e-3, mean 5.2e-3 here; 3.9e-4
        // in a build that only ordered one sum differently) follow Adam's noisy path at this small budget, so the
        // test does not rank them; the benchmark runs in docs/benchmarks/gp-hm.md do.
        assertTrue(offset[1] < offset[0] / 100, "end offsets: mean " + offset[1] + ", latent " + offset[0]);
        ExtraGpResult mean = runs[1];
        assertTrue(mean.run().errorFinal() < mean.firstError() / 3, "stage 2 on the mean: final "
                + mean.run().errorFinal() + " vs stage 1 " + mean.firstError());
    }

    @Test
    void checkpointsFollowOneCadencePlusTheChangePoint() {
        Sin40MinusParabola p = new Sin40MinusParabola(20);
        GpHmTrainer trainer = new GpHmTrainer(100, 10, 1e-2);
        ExtraGpTrainer extra = new ExtraGpTrainer(trainer, 0.35);
        assertEquals(35, extra.changeStep());
        GpHmModel first = p.model();
        ExtraGpResult r = extra.train(first, new double[][] {p.test}, p.exact, TrainingListener.none());
        List<Checkpoint> c = r.run().checkpoints();
        assertEquals(List.of(0L, 10L, 20L, 30L, 35L, 40L, 50L, 60L, 70L, 80L, 90L, 100L),
                c.stream().map(Checkpoint::step).toList());
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2), c.stream().map(Checkpoint::stage).toList());
        assertEquals(100, r.run().stepsRun());
        assertEquals(c.get(4).error(), r.firstError(), 0.0);
        // stage 1 stays frozen after the change point; the recorded prediction is the sum of both posterior means
        assertArrayEquals(r.firstPrediction(), first.predict(p.test), 0.0);
        assertArrayEquals(ExtraGp.predict(first, r.second(), p.test), r.run().prediction(), 1e-12);

        ExtraGpResult immediate = new ExtraGpTrainer(trainer, 0.001).train(p.model(), new double[][] {p.test}, p.exact,
                TrainingListener.none());
        assertEquals(0, immediate.changeStep(), "floor(0.1): stage 1 takes no step");
        assertEquals(11, immediate.run().checkpoints().size(), "step 0 is recorded once");
        assertEquals(1.0, immediate.firstError(), 1e-15, "u = 0 before any step");
        assertThrows(IllegalArgumentException.class, () -> new ExtraGpTrainer(trainer, 1.0));
    }

    /**
     * A deliberately wrong "exact" solution (a constant 1e-3) makes every error after step 0 rise far above the first
     * (1.0, for u = 0), so the rule fires at the ninth checkpoint: the eighth increase.
     */
    @Test
    void earlyStoppingEndsTheRunInEitherStage() {
        Sin40MinusParabola p = new Sin40MinusParabola(20);
        double[] wrong = new double[300];
        Arrays.fill(wrong, 1e-3);
        double[][] axes = {p.test};
        GpHmTrainer stopping = new GpHmTrainer(100, 20, 1e-2, true); // checkpoints every 5 steps

        GpHmResult single = stopping.train(p.model(), axes, wrong, TrainingListener.none());
        assertTrue(single.stoppedEarly());
        assertEquals(40, single.stepsRun());
        assertEquals(9, single.checkpoints().size());
        GpHmResult off = new GpHmTrainer(100, 20, 1e-2).train(p.model(), axes, wrong, TrainingListener.none());
        assertFalse(off.stoppedEarly());
        assertEquals(100, off.stepsRun());

        ExtraGpResult inFirst = new ExtraGpTrainer(stopping, 0.9).train(p.model(), axes, wrong, TrainingListener.none());
        assertTrue(inFirst.run().stoppedEarly());
        assertEquals(40, inFirst.run().stepsRun());
        assertNull(inFirst.second(), "a stop in stage 1 skips stage 2, as in the reference");
        assertEquals(inFirst.run().errorFinal(), inFirst.firstError(), 0.0);

        ExtraGpResult inSecond = new ExtraGpTrainer(stopping, 0.1).train(p.model(), axes, wrong, TrainingListener.none());
        assertNotNull(inSecond.second());
        assertTrue(inSecond.run().stoppedEarly());
        assertEquals(40, inSecond.run().stepsRun(), "one count over both stages");
        Checkpoint last = inSecond.run().checkpoints().get(inSecond.run().checkpoints().size() - 1);
        assertEquals(2, last.stage());
    }
}
