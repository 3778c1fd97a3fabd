package dev.jpde.operators.train;

/**
 * Steele, Lea and Flood's SplitMix64 generator, with its whole state one {@code long} so that a
 * checkpoint can store it and a resumed run continue the same sequence.
 */
public final class SplitMix64 {

    private long state;

    /** A generator whose state is {@code seed}. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The state; {@code new SplitMix64(state())} continues this sequence. */
    public long state() {
        return state;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on {@code 0 .. bound-1}, without modulo bias (rejection as in {@code java.util.Random}). */
    public int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be >= 1");
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejected: u fell into the incomplete last block of [0, 2^31)
        }
        return r;
    }

    /** Fisher-Yates shuffle of {@code a} in place. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
