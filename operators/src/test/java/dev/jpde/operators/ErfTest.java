package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cody's erf / erfc against 50-digit mpmath values (test resource {@code fno/erf_reference.csv},
 * ~500 arguments in [-6, 26.5], both interval boundaries 0.46875 and 4 from either side).
 */
class ErfTest {

    private static final List<double[]> TABLE = ReferenceTable.read("/fno/erf_reference.csv");

    @Test
    void erfMatchesReferenceToOnePartIn1e15() {
        double worst = 0.0;
        for (double[] row : TABLE) {
            double x = row[0];
            double expected = row[1];
            double err = expected == 0.0 ? Math.abs(Erf.erf(x)) : Math.abs(Erf.erf(x) / expected - 1.0);
            assertTrue(err < 1e-15, "erf(" + x + ") relative error " + err);
            worst = Math.max(worst, err);
        }
        System.out.printf("erf: max relative error %.2e over %d arguments%n", worst, TABLE.size());
    }

    @Test
    void erfcMatchesReferenceToOnePartIn1e15EvenWhereTiny() {
        double worst = 0.0;
        for (double[] row : TABLE) {
            double x = row[0];
            double err = Math.abs(Erf.erfc(x) / row[2] - 1.0);
            assertTrue(err < 1e-15, "erfc(" + x + ") relative error " + err);
            worst = Math.max(worst, err);
        }
        System.out.printf("erfc: max relative error %.2e (down to erfc = 2.2e-307)%n", worst);
    }

    @Test
    void specialValuesAndSymmetry() {
        assertEquals(0.0, Erf.erf(0.0));
        assertEquals(1.0, Erf.erfc(0.0));
        assertEquals(1.0, Erf.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Erf.erf(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Erf.erfc(Double.POSITIVE_INFINITY));
        assertEquals(2.0, Erf.erfc(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Erf.erfc(27.0));
        assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
        assertTrue(Double.isNaN(Erf.erfc(Double.NaN)));
        assertEquals(1e-300 * 1.1283791670955126, Erf.erf(1e-300), 1e-315);
        for (double x = -7; x <= 7; x += 0.0137) {
            assertEquals(-Erf.erf(x), Erf.erf(-x), 0.0, "erf is odd");
            assertEquals(2.0, Erf.erfc(x) + Erf.erfc(-x), 4e-16, "erfc(x) + erfc(-x) = 2");
        }
    }

    /**
     * Phi(x) = erfc(-x/sqrt 2)/2: the rounded argument x/sqrt 2 costs up to
     * {@code (1 + x^2) eps} relative in the tail (the condition number of erfc at y is about 2 y^2).
     */
    @Test
    void normalCdfKnownQuantiles() {
        assertEquals(0.5, Erf.normalCdf(0.0), 0.0);
        assertEquals(0.975, Erf.normalCdf(1.959963984540054), 1e-15);
        assertEquals(0.8413447460685429, Erf.normalCdf(1.0), 2e-16);
        assertEquals(1.3498980316300946e-3, Erf.normalCdf(-3.0), 10 * Math.ulp(1.0) * 1.35e-3);
    }
}
