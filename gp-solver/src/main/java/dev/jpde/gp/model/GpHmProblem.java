package dev.jpde.gp.model;

/**
 * A collocation problem for GP-HM on a tensor grid {@code x_i = L_j i / (N_j - 1)} per dimension (both ends
 * included, uniform spacing), with the source and the boundary data sampled on the grid.
 *
 * @param pde          the PDE
 * @param beta         advection speed (ignored otherwise)
 * @param lengths      domain length per dimension (1 or 2 dimensions)
 * @param points       grid points per dimension
 * @param source       f at every grid node, row-major {@code [N_1, N_2]}
 * @param boundary     the exact solution at every grid node (only boundary nodes are used: 1-D both ends, 2-D the
 *                     four edges, corners counted twice as in the reference)
 * @param boundaryWeight lambda_b, the weight of the whole boundary term (200; 500 for advection in the reference)
 */
public record GpHmProblem(PdeForm pde, double beta, double[] lengths, int[] points, double[] source, double[] boundary,
                          double boundaryWeight) {
    public GpHmProblem {
        if (lengths.length != points.length || lengths.length < 1 || lengths.length > 2) {
            throw new IllegalArgumentException("GP-HM supports 1 or 2 dimensions");
        }
        int m = 1;
        for (int n : points) {
            if (n < 3) {
                throw new IllegalArgumentException("need at least 3 points per dimension, got " + n);
            }
            m *= n;
        }
        if (source.length != m || boundary.length != m) {
            throw new IllegalArgumentException("source and boundary must have one value per grid node (" + m + ")");
        }
        if (pde == PdeForm.ADVECTION && lengths.length != 2) {
            throw new IllegalArgumentException("advection needs two dimensions (x, t)");
        }
        lengths = lengths.clone();
        points = points.clone();
        source = source.clone();
        boundary = boundary.clone();
    }

    public int dimensions() {
        return points.length;
    }

    /** Total number of grid nodes M. */
    public int size() {
        int m = 1;
        for (int n : points) {
            m *= n;
        }
        return m;
    }

    /** The grid coordinates of dimension j, a new array. */
    public double[] axis(int j) {
        return grid(lengths[j], points[j]);
    }

    /** {@code n} uniform points on [0, length], both ends included: the collocation and test grids. */
    public static double[] grid(double length, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = length * i / (n - 1);
        }
        return x;
    }

    /** Grid spacing of dimension j. */
    public double spacing(int j) {
        return lengths[j] / (points[j] - 1);
    }

    /**
     * Number of boundary terms: 2 in 1-D (both ends), {@code 2 N_1 + 2 N_2} in 2-D (the four edges, corners twice as in
     * the reference).
     */
    public int boundaryNodeCount() {
        return 2 * boundaryPairs();
    }

    /** {@code sum (v_b - g)^2} over the boundary nodes of the grid values v (row-major; 2-D corners twice). */
    double boundarySquares(double[] v) {
        double s = 0;
        for (int k = 0; k < boundaryPairs(); k++) {
            int i0 = pairFirst(k);
            int i1 = pairSecond(k);
            double e0 = v[i0] - boundary[i0];
            double e1 = v[i1] - boundary[i1];
            s += e0 * e0 + e1 * e1;
        }
        return s;
    }

    /** {@code out += scale S_b^T (v_b - g)}: the gradient of {@code scale/2} times {@link #boundarySquares} in v. */
    void addBoundaryGradient(double[] v, double[] out, double scale) {
        for (int k = 0; k < boundaryPairs(); k++) {
            int i0 = pairFirst(k);
            int i1 = pairSecond(k);
            out[i0] += scale * (v[i0] - boundary[i0]);
            out[i1] += scale * (v[i1] - boundary[i1]);
        }
    }

    /**
     * The boundary nodes come in pairs of opposite ends: in 1-D the one pair (0, N - 1); in 2-D first the column pairs
     * (0, j) and (N_1 - 1, j) for each j, then the row pairs (i, 0) and (i, N_2 - 1) for each i.
     */
    private int boundaryPairs() {
        return points.length == 1 ? 1 : points[0] + points[1];
    }

    /** Row-major index of the first node of boundary pair k. */
    private int pairFirst(int k) {
        if (points.length == 1) {
            return 0;
        }
        int n2 = points[1];
        return k < n2 ? k : (k - n2) * n2;
    }

    /** Row-major index of the second node of boundary pair k. */
    private int pairSecond(int k) {
        if (points.length == 1) {
            return points[0] - 1;
        }
        int n2 = points[1];
        return k < n2 ? (points[0] - 1) * n2 + k : (k - n2) * n2 + n2 - 1;
    }
}
