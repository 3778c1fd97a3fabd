package dev.jpde.core.grid;

/**
 * The tensor product of two periodic 1-D grids; fields are stored row-major as {@code f[i * ny + j]} with
 * {@code i} along x and {@code j} along y, so a field is shaped {@code [nx, ny]}.
 */
public final class PeriodicGrid2D {
    private final PeriodicGrid1D x;
    private final PeriodicGrid1D y;

    public PeriodicGrid2D(PeriodicGrid1D x, PeriodicGrid1D y) {
        this.x = x;
        this.y = y;
    }

    public PeriodicGrid1D x() {
        return x;
    }

    public PeriodicGrid1D y() {
        return y;
    }

    public int nx() {
        return x.size();
    }

    public int ny() {
        return y.size();
    }

    public int size() {
        return x.size() * y.size();
    }

    /** {@code |k|^2 = kx_i^2 + ky_j^2} for the full complex layout, row-major, a new array. */
    public double[] wavenumberSquared() {
        double[] kx = x.wavenumbers();
        double[] ky = y.wavenumbers();
        double[] k2 = new double[size()];
        for (int i = 0; i < kx.length; i++) {
            for (int j = 0; j < ky.length; j++) {
                k2[i * ky.length + j] = kx[i] * kx[i] + ky[j] * ky[j];
            }
        }
        return k2;
    }

    /** {@code |k|^2} on the rfft2 half layout {@code [nx, ny/2+1]}, a new array. */
    public double[] halfWavenumberSquared() {
        double[] kx = x.wavenumbers();
        double[] ky = y.halfWavenumbers();
        double[] k2 = new double[kx.length * ky.length];
        for (int i = 0; i < kx.length; i++) {
            for (int j = 0; j < ky.length; j++) {
                k2[i * ky.length + j] = kx[i] * kx[i] + ky[j] * ky[j];
            }
        }
        return k2;
    }
}
