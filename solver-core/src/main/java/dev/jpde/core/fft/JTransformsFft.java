package dev.jpde.core.fft;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import org.jtransforms.utils.CommonUtils;

/**
 * JTransforms 3.2 plans behind the {@link Fft} role. One FFT thread: the thresholds at which JTransforms
 * would start threads are raised beyond any size a solver here uses, so small transforms never pay for
 * thread hand-off. Parallelism belongs one level up (ensembles, batches).
 */
final class JTransformsFft implements Fft {
    static final JTransformsFft INSTANCE = new JTransformsFft();

    private JTransformsFft() {
        CommonUtils.setThreadsBeginN_1D_FFT_2Threads(Long.MAX_VALUE / 4);
        CommonUtils.setThreadsBeginN_1D_FFT_4Threads(Long.MAX_VALUE / 4);
        CommonUtils.setThreadsBeginN_2D(Long.MAX_VALUE / 4);
        CommonUtils.setThreadsBeginN_3D(Long.MAX_VALUE / 4);
    }

    @Override
    public ComplexFft complex(int n) {
        requirePositive(n, "n");
        return new Complex1d(n);
    }

    @Override
    public ComplexFft complex(int rows, int cols) {
        requirePositive(rows, "rows");
        requirePositive(cols, "cols");
        if (rows == 1) {
            return complex(cols);
        }
        if (cols == 1) {
            return complex(rows);
        }
        return new Complex2d(rows, cols);
    }

    @Override
    public RealFft real(int n) {
        requirePositive(n, "n");
        return new Real1d(n);
    }

    @Override
    public RealFft real(int rows, int cols) {
        requirePositive(rows, "rows");
        requirePositive(cols, "cols");
        return new Real2d(rows, cols, this);
    }

    private static void requirePositive(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, got " + n);
        }
    }

    private static final class Complex1d implements ComplexFft {
        private final int n;
        private final DoubleFFT_1D plan;

        Complex1d(int n) {
            this.n = n;
            this.plan = new DoubleFFT_1D(n);
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public void forward(double[] data) {
            plan.complexForward(data);
        }

        @Override
        public void inverse(double[] data) {
            plan.complexInverse(data, true);
        }

        @Override
        public void inverseUnscaled(double[] data) {
            plan.complexInverse(data, false);
        }
    }

    private static final class Complex2d implements ComplexFft {
        private final int rows;
        private final int cols;
        private final DoubleFFT_2D plan;

        Complex2d(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
            this.plan = new DoubleFFT_2D(rows, cols);
        }

        @Override
        public int size() {
            return rows * cols;
        }

        @Override
        public void forward(double[] data) {
            plan.complexForward(data);
        }

        @Override
        public void inverse(double[] data) {
            plan.complexInverse(data, true);
        }

        @Override
        public void inverseUnscaled(double[] data) {
            plan.complexInverse(data, false);
        }
    }
}
