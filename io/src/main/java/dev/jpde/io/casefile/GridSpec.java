package dev.jpde.io.casefile;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The periodic cell {@code [start, start + length)} sampled at {@code points} equispaced nodes
 * {@code x_j = start + j length / points}.
 *
 * @param start  left end of the cell (a case file's default is {@code -length/2})
 * @param length cell length, > 0
 * @param points number of nodes, even and >= 4
 */
public record GridSpec(double start, double length, int points) {

    /** The grid these values describe. */
    public PeriodicGrid1D toGrid() {
        return new PeriodicGrid1D(start, length, points);
    }
}
