package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeluTest {

    private static final double EPS = Math.ulp(1.0);

    /**
     * gelu and gelu' against mpmath. Rounding {@code x/sqrt 2} perturbs the argument by half an ulp,
     * which a function with condition number {@code kappa = |x f'(x) / f(x)|} turns into a relative
     * error of about {@code kappa * eps / 2}; hence the tolerance {@code 8 eps (1 + kappa)}.
     */
    @Test
    void valueAndDerivativeMatchReference() {
        for (double[] row : ReferenceTable.read("/fno/erf_reference.csv")) {
            double x = row[0];
            if (x == 0.0) {
                assertEquals(0.0, Gelu.value(0.0));
                assertEquals(0.5, Gelu.derivative(0.0));
                continue;
            }
            double f = row[3];
            double df = row[4];
            double phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            double kappaValue = Math.abs(x * df / f);
            double kappaDerivative = Math.abs(x * phi * (2 - x * x) / df);
            assertEquals(f, Gelu.value(x), 8 * EPS * (1 + kappaValue) * Math.abs(f), "gelu(" + x + ")");
            assertEquals(df, Gelu.derivative(x), 8 * EPS * (1 + kappaDerivative) * Math.abs(df), "gelu'(" + x + ")");
        }
    }

    @Test
    void forwardIsElementwiseAndMayWorkInPlace() {
        Gelu g = new Gelu(3);
        double[] x = GradientCheck.random(new SplittableRandom(1), 2 * 3 * 5, 4.0);
        double[] y = new double[x.length];
        g.forward(x, y, 2, 5);
        for (int k = 0; k < x.length; k++) {
            assertEquals(Gelu.value(x[k]), y[k], 0.0);
        }
        double[] inPlace = x.clone();
        g.forward(inPlace, inPlace, 2, 5);
        assertArrayEquals(y, inPlace, 0.0);
        assertTrue(g.parameters().isEmpty());
        assertEquals(List.of(), g.parameters());
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        GradientCheck.assertLayerGradients(new Gelu(4), 2, 16, 7);
    }

    @Test
    void secondCallAllocatesNothing() {
        Gelu g = new Gelu(4);
        double[] x = GradientCheck.random(new SplittableRandom(2), 2 * 4 * 16, 3.0);
        double[] y = new double[x.length];
        double[] gx = new double[x.length];
        Runnable step = () -> {
            g.forward(x, y, 2, 16);
            g.backward(x, y, gx, 2, 16);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
    }
}
