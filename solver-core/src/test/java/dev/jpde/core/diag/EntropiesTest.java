package dev.jpde.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Entropies against hand-computed values (spec nlse.md 5.2). */
class EntropiesTest {
    @Test
    void uniformDistributionHasMaximalEntropies() {
        double[] rho = new double[512];
        java.util.Arrays.fill(rho, 3.0);
        double[] p = Entropies.distribution(rho);
        double ln = Math.log(512);
        assertEquals(ln, Entropies.shannon(p), 1e-12);
        assertEquals(ln, Entropies.renyi(p, 0), 1e-12);
        assertEquals(ln, Entropies.renyi(p, 2), 1e-12);
        assertEquals(ln, Entropies.renyi(p, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals((1 - 512 * Math.sqrt(1.0 / 512)) / (0.5 - 1), Entropies.tsallis(p, 0.5), 1e-10);
        assertEquals(1 - 1.0 / 512, Entropies.tsallis(p, 2), 1e-12);
    }

    @Test
    void twoPointDistributionByHand() {
        // p = (1/4, 3/4) after normalising rho = (1, 3); the 1e-20 entry is dropped (p <= 1e-15)
        double[] p = Entropies.distribution(new double[] {1.0, 3.0, 1e-20});
        assertEquals(2, p.length);
        double s = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
        assertEquals(s, Entropies.shannon(p), 1e-15);
        assertEquals(Math.log(2), Entropies.renyi(p, 0), 1e-15);
        assertEquals(-Math.log(0.0625 + 0.5625), Entropies.renyi(p, 2), 1e-15);
        assertEquals(-Math.log(0.75), Entropies.renyi(p, Double.POSITIVE_INFINITY), 1e-15);
        assertEquals((1 - (0.5 + Math.sqrt(0.75))) / -0.5, Entropies.tsallis(p, 0.5), 1e-15);
        assertEquals(1 - 0.625, Entropies.tsallis(p, 2), 1e-15);
        assertEquals(s, Entropies.renyi(p, 1), 1e-15);
    }

    @Test
    void densityOfAComplexFieldAndBadInput() {
        double[] rho = Entropies.modulusSquared(new double[] {3, 4, 0, 1});
        assertEquals(25.0, rho[0]);
        assertEquals(1.0, rho[1]);
        assertThrows(IllegalArgumentException.class, () -> Entropies.distribution(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Entropies.distribution(new double[] {0, 0}));
    }
}
