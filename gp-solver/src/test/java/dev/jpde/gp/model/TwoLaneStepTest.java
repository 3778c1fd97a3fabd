package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.train.Adam;
import dev.jpde.linalg.MatrixProducts;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A 2-D step split over two threads computes exactly what the one-thread step computes, for both fits. */
class TwoLaneStepTest {

    static Stream<Arguments> pdesAndFits() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (PdeForm pde : PdeForm.values()) {
            b.add(Arguments.of(pde, false));
            b.add(Arguments.of(pde, true));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}, fit on the mean {1}")
    @MethodSource("pdesAndFits")
    void twoThreadsGiveTheSameTrajectoryBitForBit(PdeForm pde, boolean fitOnMean) {
        int[] points = {21, 18};
        Random rnd = new Random(11 + pde.ordinal());
        GpHmProblem problem = RandomProblems.twoD(pde, points, rnd);
        double[] freq = {2.0, 1.5};
        GpHmModel serial = new GpHmModel(problem, KernelFamily.STM, 4, freq, MatrixProducts.best(), false);
        GpHmModel split = new GpHmModel(problem, KernelFamily.STM, 4, freq, MatrixProducts.best(), true);
        serial.setFitOnMean(fitOnMean);
        split.setFitOnMean(fitOnMean);
        Adam adamSerial = new Adam(serial.size(), 1e-2);
        Adam adamSplit = new Adam(split.size(), 1e-2);
        double[] g1 = new double[serial.size()];
        double[] g2 = new double[split.size()];
        double[] start = serial.parameters().clone();
        for (int step = 0; step < 30; step++) {
            double l1 = serial.lossAndGradient(g1);
            double l2 = split.lossAndGradient(g2);
            assertEquals(l1, l2, 0.0, pde + " loss at step " + step);
            assertArrayEquals(g1, g2, 0.0, pde + " gradient at step " + step);
            adamSerial.step(serial.parameters(), g1);
            adamSplit.step(split.parameters(), g2);
        }
        assertArrayEquals(serial.parameters(), split.parameters(), 0.0);
        assertTrue(Math.abs(serial.parameters()[serial.kernelOffset(1)] - start[serial.kernelOffset(1)]) > 0.1,
                "the y kernel moved, so the comparison covered states away from the initial one");
    }

    @Test
    void bothPiecesRunAndTheSecondPiecesFailureReachesTheCaller() {
        TwoLanes lanes = new TwoLanes(true);
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        for (int i = 0; i < 100; i++) {
            String tag = "round " + i;
            lanes.run(() -> first.set(tag), () -> second.set(tag));
            assertSame(tag, first.get());
            assertSame(tag, second.get());
        }
        IllegalStateException boom = new IllegalStateException("second lane failed");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> lanes.run(() -> { }, () -> {
            throw boom;
        }));
        assertTrue(thrown == boom || thrown.getCause() == boom, "the failure is the second piece's");
        lanes.run(() -> first.set("after"), () -> second.set("after"));
        assertEquals("after", second.get(), "usable again after a failure");
    }
}
