package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import dev.jpde.gp.train.LearningRateSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interrupted GP-HM run resumed from its saved state ends exactly where the uninterrupted run ends: same
 * parameters, predictions, checkpoints and errors, bit for bit (wall seconds aside), for one stage and for both
 * stages of an extra-GP run, interrupted in either stage.
 */
class ResumeTest {

    /** Keeps the last snapshot; throws after {@code failAfter} saves (a crash right after a checkpoint). */
    private static final class MemoryStore implements StateStore {
        RunSnapshot snapshot;
        int saves;
        final int failAfter;

        MemoryStore(RunSnapshot start, int failAfter) {
            this.snapshot = start;
            this.failAfter = failAfter;
        }

        @Override
        public RunSnapshot load() {
            return snapshot;
        }

        @Override
        public void save(RunSnapshot s) {
            snapshot = s;
            if (++saves == failAfter) {
                throw new IllegalStateException("interrupted");
            }
        }
    }

    /** u = sin(8x) - (x - 0.5)^2 on [0, 1], 40 nodes, test grid of 50 points. */
    private static final int N = 40;
    private static final double[] TEST = new double[50];
    private static final double[] EXACT = new double[50];
    private static final GpHmProblem PROBLEM;

    static {
        double[] f = new double[N];
        double[] g = new double[N];
        for (int i = 0; i < N; i++) {
            double x = (double) i / (N - 1);
            g[i] = Math.sin(8 * x) - (x - 0.5) * (x - 0.5);
            f[i] = -64 * Math.sin(8 * x) - 2;
        }
        PROBLEM = new GpHmProblem(PdeForm.POISSON, 0, new double[] {1.0}, new int[] {N}, f, g, 200);
        for (int i = 0; i < TEST.length; i++) {
            TEST[i] = i / (TEST.length - 1.0);
            EXACT[i] = Math.sin(8 * TEST[i]) - (TEST[i] - 0.5) * (TEST[i] - 0.5);
        }
    }

    private static GpHmModel model() {
        return new GpHmModel(PROBLEM, KernelFamily.STM, 6, new double[] {3.0});
    }

    private static final GpHmTrainer TRAINER = new GpHmTrainer(300, 10, 1e-2);

    @Test
    void oneStageRunResumesBitForBit() {
        GpHmModel straight = model();
        GpHmResult expected = TRAINER.train(straight, new double[][] {TEST}, EXACT, TrainingListener.none(),
                new MemoryStore(null, 0));
        for (int crashAt : new int[] {1, 4, 11}) {
            MemoryStore store = new MemoryStore(null, crashAt);
            assertThrows(IllegalStateException.class, () -> TRAINER.train(model(), new double[][] {TEST}, EXACT,
                    TrainingListener.none(), store));
            GpHmModel resumed = model();
            GpHmResult r = TRAINER.train(resumed, new double[][] {TEST}, EXACT, TrainingListener.none(),
                    new MemoryStore(store.snapshot, 0));
            assertSame(expected, r, "crash after checkpoint " + crashAt);
            assertArrayEquals(straight.parameters(), resumed.parameters(), 0.0);
        }
    }

    @Test
    void extraGpRunResumesInEitherStage() {
        ExtraGpTrainer two = new ExtraGpTrainer(TRAINER, 0.5);
        ExtraGpResult expected = two.train(model(), new double[][] {TEST}, EXACT, TrainingListener.none());
        // checkpoints: steps 0, 30, .., 150 in stage 1 (6 saves), then 180 .. 300 in stage 2
        for (int crashAt : new int[] {3, 6, 8}) {
            MemoryStore store = new MemoryStore(null, crashAt);
            assertThrows(IllegalStateException.class, () -> two.train(model(), new double[][] {TEST}, EXACT,
                    TrainingListener.none(), store));
            assertEquals(crashAt <= 6 ? 1L : 2L, store.snapshot.integer("stage"));
            ExtraGpResult r = two.train(model(), new double[][] {TEST}, EXACT, TrainingListener.none(),
                    new MemoryStore(store.snapshot, 0));
            assertSame(expected.run(), r.run(), "crash after checkpoint " + crashAt);
            assertArrayEquals(expected.firstPrediction(), r.firstPrediction(), 0.0);
            assertEquals(expected.firstError(), r.firstError(), 0.0);
            assertNotNull(r.second());
            assertArrayEquals(expected.second().parameters(), r.second().parameters(), 0.0);
        }
    }

    @Test
    void aDecayingScheduleResumesInsideEitherStagesDecay() {
        // each stage of 150 updates holds 1e-2 for 75 updates, then falls to 1e-4
        GpHmTrainer decaying = new GpHmTrainer(300, 10, new LearningRateSchedule(1e-2, 1e-4, 0.5), false);
        ExtraGpTrainer two = new ExtraGpTrainer(decaying, 0.5);
        ExtraGpResult expected = two.train(model(), new double[][] {TEST}, EXACT, TrainingListener.none());
        ExtraGpResult constant = new ExtraGpTrainer(TRAINER, 0.5).train(model(), new double[][] {TEST}, EXACT,
                TrainingListener.none());
        assertTrue(expected.run().checkpoints().get(2).error() == constant.run().checkpoints().get(2).error()
                && expected.run().checkpoints().get(3).error() != constant.run().checkpoints().get(3).error(),
                "the schedules agree at step 60 and part by step 90, the first checkpoint inside the decay");
        for (int crashAt : new int[] {5, 9}) { // steps 120 (stage 1) and 240 (stage 2), both inside a decay
            MemoryStore store = new MemoryStore(null, crashAt);
            assertThrows(IllegalStateException.class, () -> two.train(model(), new double[][] {TEST}, EXACT,
                    TrainingListener.none(), store));
            ExtraGpResult r = two.train(model(), new double[][] {TEST}, EXACT, TrainingListener.none(),
                    new MemoryStore(store.snapshot, 0));
            assertSame(expected.run(), r.run(), "crash after checkpoint " + crashAt);
            assertArrayEquals(expected.second().parameters(), r.second().parameters(), 0.0);
        }
    }

    @Test
    void aStateOfAnotherRunIsRefusedWithAClearMessage() {
        MemoryStore store = new MemoryStore(null, 2);
        assertThrows(IllegalStateException.class, () -> TRAINER.train(model(), new double[][] {TEST}, EXACT,
                TrainingListener.none(), store));
        GpHmModel bigger = new GpHmModel(PROBLEM, KernelFamily.STM, 7, new double[] {3.0});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TRAINER.train(bigger,
                new double[][] {TEST}, EXACT, TrainingListener.none(), new MemoryStore(store.snapshot, 0)));
        assertTrue(e.getMessage().contains("'params' has"), e.getMessage());
        ExtraGpTrainer two = new ExtraGpTrainer(TRAINER, 0.5);
        MemoryStore second = new MemoryStore(null, 8);
        assertThrows(IllegalStateException.class, () -> two.train(model(), new double[][] {TEST}, EXACT,
                TrainingListener.none(), second));
        IllegalStateException mixed = assertThrows(IllegalStateException.class, () -> TRAINER.train(model(),
                new double[][] {TEST}, EXACT, TrainingListener.none(), new MemoryStore(second.snapshot, 0)));
        assertTrue(mixed.getMessage().contains("two-stage"), mixed.getMessage());
    }

    private static void assertSame(GpHmResult expected, GpHmResult actual, String what) {
        List<Checkpoint> a = expected.checkpoints();
        List<Checkpoint> b = actual.checkpoints();
        assertEquals(a.size(), b.size(), what);
        for (int i = 0; i < a.size(); i++) {
            Checkpoint x = a.get(i);
            Checkpoint y = b.get(i);
            assertEquals(x.step(), y.step(), what);
            assertEquals(x.stage(), y.stage(), what);
            assertEquals(x.loss(), y.loss(), 0.0, what + ": loss at step " + x.step());
            assertEquals(x.error(), y.error(), 0.0, what);
            assertEquals(x.boundaryMse(), y.boundaryMse(), 0.0, what);
            assertEquals(x.residualMse(), y.residualMse(), 0.0, what);
        }
        assertArrayEquals(expected.prediction(), actual.prediction(), 0.0, what);
        assertArrayEquals(expected.bestPrediction(), actual.bestPrediction(), 0.0, what);
        assertArrayEquals(expected.parameters(), actual.parameters(), 0.0, what);
        assertEquals(expected.errorFinal(), actual.errorFinal(), 0.0, what);
        assertEquals(expected.errorBest(), actual.errorBest(), 0.0, what);
        assertEquals(expected.errorMinLoss(), actual.errorMinLoss(), 0.0, what);
        assertEquals(expected.stoppedEarly(), actual.stoppedEarly(), what);
    }

    @Test
    void aResumedRunSaysWhereItResumes() {
        List<String> lines = new java.util.ArrayList<>();
        MemoryStore crashed = new MemoryStore(null, 4);
        assertThrows(IllegalStateException.class, () -> TRAINER.train(model(), new double[][] {TEST}, EXACT,
                (c, total) -> { }, crashed));
        StateStore reporting = TrainingState.reporting(crashed, lines::add);
        RunSnapshot loaded = reporting.load();
        assertEquals(List.of("continuing from the saved state at step " + loaded.integer("step")), lines);
        assertEquals(90L, loaded.integer("step"), "the fourth checkpoint of ten over 300 steps");

        lines.clear();
        assertEquals(null, TrainingState.reporting(new MemoryStore(null, 0), lines::add).load());
        assertTrue(lines.isEmpty(), "a fresh run says nothing");
    }
}
