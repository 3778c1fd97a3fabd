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
        return complex1d(n);
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
        return complex2d(rows, cols);
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

    /** The two JTransforms complex calls a plan of any rank offers. */
    private interface Plan {
        void forward(double[] data);

        void inverse(double[] data, boolean scale);
    }

    /** A complex transform of {@code size} points over a 1-D or 2-D JTransforms plan. */
    private static final class Complex implements ComplexFft {
        private final int size;
        private final Plan plan;

        Complex(int size, Plan plan) {
            this.size = size;
            this.plan = plan;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void forward(double[] data) {
            plan.forward(data);
        }

        @Override
        public void inverse(double[] data) {
            plan.inverse(data, true);
        }

        @Override
        public void inverseUnscaled(double[] data) {
            plan.inverse(data, false);
        }
    }

    private static ComplexFft complex1d(int n) {
        DoubleFFT_1D plan = new DoubleFFT_1D(n);
        return new Complex(n, new Plan() {
            @Override
            public void forward(double[] data) {
                plan.complexForward(data);
            }

            @Override
            public void inverse(double[] data, boolean scale) {
                plan.complexInverse(data, scale);
            }
        });
    }

    private static ComplexFft complex2d(int rows, int cols) {
        DoubleFFT_2D plan = new DoubleFFT_2D(rows, cols);
        return new Complex(rows * cols, new Plan() {
            @Override
            public void forward(double[] data) {
                plan.complexForward(data);
            }

            @Override
            public void inverse(double[] data, boolean scale) {
                plan.complexInverse(data, scale);
            }
        });
    }
}
