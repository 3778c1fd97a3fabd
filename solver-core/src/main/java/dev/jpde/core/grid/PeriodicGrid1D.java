package dev.jpde.core.grid;

/**
 * A uniform periodic grid {@code x_j = start + j * length / n}, {@code j = 0..n-1}, and its wavenumbers.
 *
 * <p>{@link #wavenumbers()} are in FFT order: {@code k_j = 2 pi j / length} for {@code j < ceil(n/2)}, and
 * {@code 2 pi (j - n) / length} after, matching {@code 2*pi*numpy.fft.fftfreq(n, dx)}.
 * {@link #halfWavenumbers()} are the {@code n/2+1} non-negative ones of the rfft layout.
 * Arrays returned are copies; the grid is immutable.
 */
public final class PeriodicGrid1D {
    private final double start;
    private final double length;
    private final int n;
    private final double[] k;

    /**
     * @param start  left end of the periodic cell
     * @param length cell length, > 0
     * @param n      number of points, >= 2
     */
    public PeriodicGrid1D(double start, double length, int n) {
        if (!(length > 0) || !Double.isFinite(length)) {
            throw new IllegalArgumentException("grid length must be a finite number > 0, got " + length);
        }
        if (n < 2) {
            throw new IllegalArgumentException("grid points must be >= 2, got " + n);
        }
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("grid start must be finite, got " + start);
        }
        this.start = start;
        this.length = length;
        this.n = n;
        this.k = new double[n];
        double base = 2 * Math.PI / length;
        int positive = (n - 1) / 2 + 1;
        for (int j = 0; j < n; j++) {
            k[j] = base * (j < positive ? j : j - n);
        }
    }

    /** The grid {@code [-length/2, length/2)}. */
    public static PeriodicGrid1D centered(double length, int n) {
        return new PeriodicGrid1D(-length / 2, length, n);
    }

    /** The grid {@code [0, length)}. */
    public static PeriodicGrid1D fromZero(double length, int n) {
        return new PeriodicGrid1D(0.0, length, n);
    }

    public int size() {
        return n;
    }

    public double start() {
        return start;
    }

    public double length() {
        return length;
    }

    public double dx() {
        return length / n;
    }

    /** The point {@code x_j}. */
    public double x(int j) {
        return start + j * length / n;
    }

    /** All points, a new array. */
    public double[] points() {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = x(j);
        }
        return x;
    }

    /** Wavenumbers in FFT order, a new array of length n. */
    public double[] wavenumbers() {
        return k.clone();
    }

    /** Non-negative wavenumbers of the rfft layout, a new array of length n/2+1. */
    public double[] halfWavenumbers() {
        double[] h = new double[n / 2 + 1];
        double base = 2 * Math.PI / length;
        for (int j = 0; j < h.length; j++) {
            h[j] = base * j;
        }
        return h;
    }

    /** The Nyquist wavenumber {@code pi n / length}. */
    public double nyquist() {
        return Math.PI * n / length;
    }

    @Override
    public String toString() {
        return "PeriodicGrid1D[start=" + start + ", length=" + length + ", n=" + n + "]";
    }
}
