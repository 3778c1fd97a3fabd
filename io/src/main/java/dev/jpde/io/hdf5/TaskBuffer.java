package dev.jpde.io.hdf5;

import java.util.Arrays;

/**
 * Preallocated storage for one field over the writes of a set, already in the nested shape
 * jhdf writes: {@code [writes][nx]}, {@code [writes][nx][2]}, {@code [writes][nx][ny]} or
 * {@code [writes][nx][ny][2]}. It is allocated once per writer and reused by every set, which is
 * safe because a set is completely written to disk before the next write arrives.
 */
final class TaskBuffer {

    private final FieldSpec field;
    private final int nx;
    private final int ny;
    private final boolean twoD;
    private final Object data;

    TaskBuffer(FieldSpec field, int maxWrites, int nx, int ny, boolean twoD) {
        this.field = field;
        this.nx = nx;
        this.ny = ny;
        this.twoD = twoD;
        if (!twoD) {
            data = field.complex() ? new double[maxWrites][nx][2] : new double[maxWrites][nx];
        } else {
            data = field.complex() ? new double[maxWrites][nx][ny][2] : new double[maxWrites][nx][ny];
        }
    }

    FieldSpec field() {
        return field;
    }

    /** Doubles expected per write: grid points, times 2 for a complex field. */
    int valuesPerWrite() {
        return nx * ny * (field.complex() ? 2 : 1);
    }

    /** Copies one snapshot (flat, row-major, interleaved re/im if complex) into write slot {@code w}. */
    void copyIn(int w, double[] values) {
        if (!twoD && !field.complex()) {
            System.arraycopy(values, 0, ((double[][]) data)[w], 0, nx);
        } else if (!twoD) {
            double[][] row = ((double[][][]) data)[w];
            for (int i = 0; i < nx; i++) {
                row[i][0] = values[2 * i];
                row[i][1] = values[2 * i + 1];
            }
        } else if (!field.complex()) {
            double[][] plane = ((double[][][]) data)[w];
            for (int i = 0; i < nx; i++) {
                System.arraycopy(values, i * ny, plane[i], 0, ny);
            }
        } else {
            double[][][] plane = ((double[][][][]) data)[w];
            for (int i = 0; i < nx; i++) {
                double[][] line = plane[i];
                int k = 2 * i * ny;
                for (int j = 0; j < ny; j++, k += 2) {
                    line[j][0] = values[k];
                    line[j][1] = values[k + 1];
                }
            }
        }
    }

    /**
     * The first {@code writes} slots as one array for jhdf: the buffer itself when full, else a
     * new outer array sharing the rows (no numeric data is copied).
     */
    Object firstWrites(int writes) {
        Object[] outer = (Object[]) data;
        return writes == outer.length ? data : Arrays.copyOf(outer, writes);
    }

    /** The {@code dims} attribute: {@code "t x"}, {@code "t x c"}, {@code "t x y"} or {@code "t x y c"}. */
    String dimsLabel() {
        return "t x" + (twoD ? " y" : "") + (field.complex() ? " c" : "");
    }
}
