package dev.jpde.core.initial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Draws match numpy's legacy generator, values printed by numpy 1.24.2 {@code RandomState(42).standard_normal}. */
class LegacyNormalGeneratorTest {
    @Test
    void matchesNumpyRandomStateSeed42() {
        LegacyNormalGenerator g = new LegacyNormalGenerator(42);
        assertEquals(0.4967141530112327, g.nextGaussian(), 1e-16);
        assertEquals(-0.13826430117118466, g.nextGaussian(), 1e-16);
        assertEquals(0.6476885381006925, g.nextGaussian(), 1e-16);
        double last = 0;
        for (int i = 0; i < 510; i++) {
            last = g.nextGaussian();
        }
        assertEquals(-0.23894804686640975, last, 1e-16, "draw 513");
    }
}
