package dev.jpde.operators.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    /** The published outputs of SplitMix64 for seed 0 (as in Vigna's splitmix64.c). */
    @Test
    void reproducesTheReferenceSequence() {
        SplitMix64 r = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
        assertEquals(0x06C45D188009454FL, r.nextLong());
    }

    @Test
    void stateContinuesTheSequenceAndShufflesArePermutations() {
        SplitMix64 a = new SplitMix64(42);
        a.nextLong();
        SplitMix64 b = new SplitMix64(a.state());
        assertEquals(a.nextLong(), b.nextLong());
        int[] p = new int[1000];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        new SplitMix64(7).shuffle(p);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < p.length; i++) {
            assertEquals(i, sorted[i]);
        }
        int fixed = 0;
        for (int i = 0; i < p.length; i++) {
            fixed += p[i] == i ? 1 : 0;
        }
        assertTrue(fixed < 10, "a shuffle moves almost everything: " + fixed + " fixed points");
        int[] again = new int[1000];
        for (int i = 0; i < again.length; i++) {
            again[i] = i;
        }
        new SplitMix64(7).shuffle(again);
        assertArrayEquals(p, again);
        int[] counts = new int[3];
        SplitMix64 r = new SplitMix64(1);
        for (int i = 0; i < 30000; i++) {
            counts[r.nextInt(3)]++;
        }
        for (int c : counts) {
            assertEquals(10000, c, 400, "uniform over 0..2 (4 sigma)");
        }
    }
}
