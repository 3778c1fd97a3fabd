package dev.jpde.core.fft;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * 1-D real FFT in numpy's rfft layout, unpacking JTransforms' packed {@code realForward} format
 * (even n: {@code a[0]=Re0, a[1]=Re(n/2)}; odd n: {@code a[1]=Im((n-1)/2)}).
 */
final class Real1d implements RealFft {
    private final int n;
    private final int bins;
    private final DoubleFFT_1D plan;
    private final double[] work;

    Real1d(int n) {
        this.n = n;
        this.bins = n / 2 + 1;
        this.plan = new DoubleFFT_1D(n);
        this.work = new double[n];
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public int spectrumSize() {
        return bins;
    }

    @Override
    public void forward(double[] in, double[] spectrum) {
        System.arraycopy(in, 0, work, 0, n);
        plan.realForward(work);
        spectrum[0] = work[0];
        spectrum[1] = 0.0;
        if (n % 2 == 0) {
            for (int k = 1; k < n / 2; k++) {
                spectrum[2 * k] = work[2 * k];
                spectrum[2 * k + 1] = work[2 * k + 1];
            }
            if (n > 1) {
                spectrum[n] = work[1];
                spectrum[n + 1] = 0.0;
            }
        } else {
            int last = (n - 1) / 2;
            for (int k = 1; k < last; k++) {
                spectrum[2 * k] = work[2 * k];
                spectrum[2 * k + 1] = work[2 * k + 1];
            }
            if (last >= 1) {
                spectrum[2 * last] = work[2 * last];
                spectrum[2 * last + 1] = work[1];
            }
        }
    }

    @Override
    public void inverse(double[] spectrum, double[] out) {
        work[0] = spectrum[0];
        if (n % 2 == 0) {
            for (int k = 1; k < n / 2; k++) {
                work[2 * k] = spectrum[2 * k];
                work[2 * k + 1] = spectrum[2 * k + 1];
            }
            if (n > 1) {
                work[1] = spectrum[n];
            }
        } else {
            int last = (n - 1) / 2;
            for (int k = 1; k < last; k++) {
                work[2 * k] = spectrum[2 * k];
                work[2 * k + 1] = spectrum[2 * k + 1];
            }
            if (last >= 1) {
                work[2 * last] = spectrum[2 * last];
                work[1] = spectrum[2 * last + 1];
            }
        }
        plan.realInverse(work, true);
        System.arraycopy(work, 0, out, 0, n);
    }
}
