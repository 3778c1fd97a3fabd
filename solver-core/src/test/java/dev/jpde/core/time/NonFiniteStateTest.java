package dev.jpde.core.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.equation.Dealiasing;
import dev.jpde.core.equation.ViscousBurgers;
import dev.jpde.core.grid.PeriodicGrid1D;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the state stops being finite, integration stops with a {@link NonFiniteStateException} that names the time
 * and the step; it is not thrown while the state is finite.
 */
class NonFiniteStateTest {

    /** Records the last accepted step, to check what the exception reports. */
    private static final class LastStep implements StepListener {
        long step;
        double time;

        @Override
        public void stepTaken(long s, double t, double dt, long evaluations) {
            step = s;
            time = t;
        }
    }

    private static void assertMessageNames(NonFiniteStateException e) {
        String message = e.getMessage();
        assertTrue(message.contains(String.format("t = %.6g", e.time())), message);
        assertTrue(message.contains("step " + e.step()), message);
    }

    static Stream<Arguments> fixedStep() {
        return Stream.of(
                Arguments.of("rk4", (DoubleFunction<TimeIntegrator>) ExplicitRungeKutta::rk4),
                Arguments.of("etdrk4", (DoubleFunction<TimeIntegrator>) Etdrk4::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedStep")
    void fixedStepMethodsStopJustAfterACubicBlowUp(String name, DoubleFunction<TimeIntegrator> factory) {
        // u' = u^3, u0 = 1: u = 1/sqrt(1 - 2t) blows up at t* = 1/2. With dt = 0.05 the discrete solution stays finite
        // before t* and overflows within a few steps after it (measured: step 12, t = 0.6, for both methods).
        double dt = 0.05;
        ScalarGrowth pde = new ScalarGrowth(4, 0, 1);
        double[] state = pde.uniformState(1.0);
        LastStep last = new LastStep();
        NonFiniteStateException e = assertThrows(NonFiniteStateException.class,
                () -> factory.apply(dt).integrate(pde, 0, state, new double[] {2.0}, last));
        assertMessageNames(e);
        assertEquals(e.step() * dt, e.time(), 1e-12, "fixed steps: t = step * dt");
        assertEquals(last.step + 1, e.step(), "the failing step is the one after the last accepted");
        assertTrue(e.time() >= 0.5 && e.time() <= 0.5 + 4 * dt, "blow-up time " + e.time());
    }

    @Test
    void rk4WithAStepBeyondItsStabilityLimitBlowsUpOnStiffBurgers() {
        // Burgers with nu = 0.1 on N = 256: the top modes have -nu k^2 = -1638. RK4 is stable on the negative real
        // axis down to -2.79, i.e. dt < 1.7e-3 here; with dt = 0.1 rounding in the top modes grows by |R(-164)| ~ 3e7
        // per step. The true solution decays, so the exception is about the step size, which the control run confirms.
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, 256);
        double[] x = grid.points();
        double[] u = new double[256];
        for (int j = 0; j < u.length; j++) {
            u[j] = Math.sin(x[j]);
        }
        ViscousBurgers pde = new ViscousBurgers(grid, 0.1, Dealiasing.PADDING);
        double[] unstable = pde.basis().newState();
        pde.basis().toSpectral(u, unstable);
        double[] stable = unstable.clone();
        double dt = 0.1;
        NonFiniteStateException e = assertThrows(NonFiniteStateException.class,
                () -> ExplicitRungeKutta.rk4(dt).integrate(pde, 0, unstable, new double[] {10.0}, StepListener.none()));
        assertMessageNames(e);
        assertTrue(e.step() >= 1 && e.step() < 100, "step " + e.step());
        assertEquals(e.step() * dt, e.time(), 1e-12);
        assertDoesNotThrow(() -> ExplicitRungeKutta.rk4(1e-3).integrate(pde, 0, stable, new double[] {1.0},
                StepListener.none()));
    }

    @Test
    void dop853ReportsTheOverflowOfExponentialGrowthWhenItHappens() {
        // u' = 100 u from bin value 4 (u0 = 1 on 4 points) overflows a double when 4 e^{100 t} > Double.MAX_VALUE,
        // at t = (ln MAX - ln 4) / 100 = 7.084. DOP853 follows the growth to rtol; the exception must come when the
        // state or its derivative 100 u (ln(100)/100 = 0.046 earlier) overflows, not before; steps here are ~0.007.
        // (Measured: t = 7.030, step 1029. Before the fix squares of y/sc were formed as y^2/sc^2, which overflow
        // once |y| > 1e154, and the exception came at t = 3.63 with a finite state.)
        ScalarGrowth pde = new ScalarGrowth(4, 100, 0);
        double[] state = pde.uniformState(1.0);
        double overflow = (Math.log(Double.MAX_VALUE) - Math.log(4)) / 100;
        LastStep last = new LastStep();
        NonFiniteStateException e = assertThrows(NonFiniteStateException.class,
                () -> new DormandPrince853(1e-8, 1e-10, 1).integrate(pde, 0, state, new double[] {10.0}, last));
        assertMessageNames(e);
        assertTrue(Math.abs(e.time() - overflow) < 0.1, "reported t = " + e.time() + ", overflow at " + overflow);
        assertEquals(last.step + 1, e.step());
        assertTrue(e.time() > last.time);
    }

    @Test
    void dop853StopsAtAFiniteTimeSingularityWithAStepSizeUnderflow() {
        // u' = u^3, u0 = 1: steps shrink towards t* = 1/2 until they fall below 10 ulp(t), as in scipy. The state is
        // still finite there, so this is the plain ArithmeticException, not a NonFiniteStateException, and it locates
        // the singularity to the printed precision.
        ScalarGrowth pde = new ScalarGrowth(4, 0, 1);
        double[] state = pde.uniformState(1.0);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new DormandPrince853(1e-8, 1e-10, 1).integrate(pde, 0, state, new double[] {2.0},
                        StepListener.none()));
        assertFalse(e instanceof NonFiniteStateException, e.getMessage());
        assertTrue(e.getMessage().contains("t = 0.500000"), e.getMessage());
        assertInstanceOf(ArithmeticException.class, e);
    }
}
