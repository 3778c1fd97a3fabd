package dev.jpde.core.spectral;

/**
 * The Fourier symbol {@code (i k)^m} of the m-th derivative, as an interleaved complex array.
 *
 * <p>For odd m and an even number of points, the Nyquist bin (whose wavenumber is ambiguous, +-pi n/L) gets
 * zero, so the derivative of a real field stays real; for even m it gets {@code (i k_N)^m}, the usual choice.
 */
public final class DerivativeSymbol {
    private DerivativeSymbol() {
    }

    /**
     * @param k              wavenumbers (full FFT order or the rfft half layout)
     * @param order          derivative order m >= 0
     * @param nyquistIndex   index of the Nyquist bin in k, or -1 if there is none (odd n)
     * @return {@code (i k)^m}, length {@code 2 k.length}
     */
    public static double[] of(double[] k, int order, int nyquistIndex) {
        if (order < 0) {
            throw new IllegalArgumentException("derivative order must be >= 0, got " + order);
        }
        double[] s = new double[2 * k.length];
        for (int j = 0; j < k.length; j++) {
            double mag = Math.pow(k[j], order);
            // i^m cycles 1, i, -1, -i
            switch (order % 4) {
                case 0 -> s[2 * j] = mag;
                case 1 -> s[2 * j + 1] = mag;
                case 2 -> s[2 * j] = -mag;
                default -> s[2 * j + 1] = -mag;
            }
        }
        if (order % 2 == 1 && nyquistIndex >= 0) {
            s[2 * nyquistIndex] = 0;
            s[2 * nyquistIndex + 1] = 0;
        }
        return s;
    }

    /** Nyquist index of a full FFT-order layout of n points, or -1. */
    public static int nyquistIndexFull(int n) {
        return n % 2 == 0 ? n / 2 : -1;
    }

    /** Nyquist index of an rfft half layout of n real points, or -1. */
    public static int nyquistIndexHalf(int n) {
        return n % 2 == 0 ? n / 2 : -1;
    }
}
