package dev.jpde.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed-step driver lands exactly on every output time: each interval is cut into {@code ceil(interval/dt)}
 * equal steps, the listener sees exactly the requested times, and no step exceeds dt.
 */
class FixedStepOutputTimesTest {
    private static final double DT = 0.1;
    /** Includes t0 itself, a repeated time, an interval of 12 dt in decimal, and an irrational end. */
    private static final double[] TIMES = {0.0, 0.1, 0.35, 0.351, 1.0, 1.0, 2.2, Math.E};
    /**
     * {@code ceil(interval / dt)}: 0 at t0 and at the repeat; 0.1 -> 1; 0.25 -> 3; 0.001 -> 1; 0.649 -> 7;
     * 1.2 -> 12, although in doubles (2.2 - 1.0) / 0.1 = 12.000000000000002 (no extra sliver step); e - 2.2 -> 6.
     */
    private static final int[] STEPS_PER_INTERVAL = {0, 1, 3, 1, 7, 0, 12, 6};

    static Stream<Arguments> integrators() {
        return Stream.of(
                Arguments.of("rk4", (DoubleFunction<FixedStepIntegrator>) ExplicitRungeKutta::rk4),
                Arguments.of("ssprk3", (DoubleFunction<FixedStepIntegrator>) dt ->
                        new ExplicitRungeKutta(ButcherTableau.ssprk3(), dt)),
                Arguments.of("etdrk4", (DoubleFunction<FixedStepIntegrator>) Etdrk4::new),
                Arguments.of("strang", (DoubleFunction<FixedStepIntegrator>) dt -> new SplitStep(2, dt)),
                Arguments.of("yoshida", (DoubleFunction<FixedStepIntegrator>) dt -> new SplitStep(4, dt)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrators")
    void landsExactlyOnOutputTimes(String name, DoubleFunction<FixedStepIntegrator> factory) {
        Nlse pde = new Nlse(PeriodicGrid1D.centered(10, 16), 0.5, 1.0, SpectralFilter.none());
        double[] state = pde.basis().newState();
        state[0] = 16;
        List<double[]> steps = new ArrayList<>();
        List<Double> outputs = new ArrayList<>();
        List<Integer> stepsBeforeOutput = new ArrayList<>();
        IntegrationStats stats = factory.apply(DT).integrate(pde, 0, state, TIMES, new StepListener() {
            @Override
            public void stepTaken(long step, double t, double dt, long evaluations) {
                assertEquals(steps.size() + 1, step);
                steps.add(new double[] {t, dt});
            }

            @Override
            public void output(int index, double t, double[] s) {
                assertEquals(outputs.size(), index);
                outputs.add(t);
                stepsBeforeOutput.add(steps.size());
            }
        });
        assertEquals(TIMES.length, outputs.size());
        int expectedSteps = 0;
        double previous = 0;
        for (int i = 0; i < TIMES.length; i++) {
            assertEquals(TIMES[i], outputs.get(i), 0.0, "output " + i + " at exactly the requested time");
            double interval = TIMES[i] - previous;
            int m = STEPS_PER_INTERVAL[i];
            expectedSteps += m;
            assertEquals(expectedSteps, stepsBeforeOutput.get(i), "steps up to output " + i);
            if (m > 0) {
                assertEquals(TIMES[i], steps.get(expectedSteps - 1)[0], 0.0, "the last step ends on the output time");
                for (int s = expectedSteps - m; s < expectedSteps; s++) {
                    assertEquals(interval / m, steps.get(s)[1], 0.0, "equal steps within an interval");
                    assertTrue(steps.get(s)[1] <= DT * (1 + 1e-12));
                }
            }
            previous = TIMES[i];
        }
        assertEquals(expectedSteps, stats.acceptedSteps());
        assertEquals(0, stats.rejectedSteps());
        assertEquals(Math.E, stats.finalTime(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrators")
    void rejectsOutputTimesThatGoBackwards(String name, DoubleFunction<FixedStepIntegrator> factory) {
        Nlse pde = new Nlse(PeriodicGrid1D.centered(10, 16), 0.5, 1.0, SpectralFilter.none());
        double[] state = pde.basis().newState();
        assertThrows(IllegalArgumentException.class,
                () -> factory.apply(DT).integrate(pde, 0, state, new double[] {0.5, 0.4}, StepListener.none()));
        assertThrows(IllegalArgumentException.class,
                () -> factory.apply(DT).integrate(pde, 1.0, state, new double[] {0.5}, StepListener.none()));
        assertThrows(IllegalArgumentException.class,
                () -> factory.apply(DT).integrate(pde, 0, state, new double[] {}, StepListener.none()));
    }
}
