package dev.jpde.core.initial;

/**
 * Standard normal draws identical to numpy's legacy {@code RandomState(seed).standard_normal()}: the MT19937
 * generator seeded by {@code init_genrand(seed)}, 53-bit doubles {@code (a >> 5, b >> 6)}, and the Marsaglia polar
 * method that returns the second variate of each pair on the next call.
 */
public final class LegacyNormalGenerator {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index;
    private boolean hasSpare;
    private double spare;

    /** @param seed 0 <= seed < 2^32 */
    public LegacyNormalGenerator(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32), got " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private int nextInt() {
        if (index >= N) {
            for (int i = 0; i < N; i++) {
                int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
                int next = mt[(i + M) % N] ^ (y >>> 1);
                if ((y & 1) != 0) {
                    next ^= 0x9908b0df;
                }
                mt[i] = next;
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long a = (nextInt() >>> 5) & 0xffffffffL;
        long b = (nextInt() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A standard normal variate. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        spare = f * x1;
        hasSpare = true;
        return f * x2;
    }
}
