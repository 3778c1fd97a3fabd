package dev.jpde.core.fft;

/**
 * 2-D real FFT in numpy's {@code rfft2} layout ({@code rows x (cols/2+1)} complex bins), any sizes.
 *
 * <p>Computed as 1-D real transforms along each row followed by complex transforms along each column of the
 * half spectrum, so it works for sizes that are not powers of two (JTransforms' packed 2-D real transform
 * accepts only powers of two). The inverse reverses the two passes.
 */
final class Real2d implements RealFft {
    private final int rows;
    private final int cols;
    private final int half;
    private final RealFft rowFft;
    private final ComplexFft colFft;
    private final double[] rowIn;
    private final double[] rowSpec;
    private final double[] column;
    private final double[] halfSpectrum;

    Real2d(int rows, int cols, Fft backend) {
        this.rows = rows;
        this.cols = cols;
        this.half = cols / 2 + 1;
        this.rowFft = backend.real(cols);
        this.colFft = backend.complex(rows);
        this.rowIn = new double[cols];
        this.rowSpec = new double[2 * half];
        this.column = new double[2 * rows];
        this.halfSpectrum = new double[2 * rows * half];
    }

    @Override
    public int size() {
        return rows * cols;
    }

    @Override
    public int spectrumSize() {
        return rows * half;
    }

    @Override
    public void forward(double[] in, double[] spectrum) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(in, r * cols, rowIn, 0, cols);
            rowFft.forward(rowIn, rowSpec);
            System.arraycopy(rowSpec, 0, spectrum, 2 * r * half, 2 * half);
        }
        for (int c = 0; c < half; c++) {
            for (int r = 0; r < rows; r++) {
                column[2 * r] = spectrum[2 * (r * half + c)];
                column[2 * r + 1] = spectrum[2 * (r * half + c) + 1];
            }
            colFft.forward(column);
            for (int r = 0; r < rows; r++) {
                spectrum[2 * (r * half + c)] = column[2 * r];
                spectrum[2 * (r * half + c) + 1] = column[2 * r + 1];
            }
        }
    }

    @Override
    public void inverse(double[] spectrum, double[] out) {
        double[] tmp = halfSpectrum;
        for (int c = 0; c < half; c++) {
            for (int r = 0; r < rows; r++) {
                column[2 * r] = spectrum[2 * (r * half + c)];
                column[2 * r + 1] = spectrum[2 * (r * half + c) + 1];
            }
            colFft.inverse(column);
            for (int r = 0; r < rows; r++) {
                tmp[2 * (r * half + c)] = column[2 * r];
                tmp[2 * (r * half + c) + 1] = column[2 * r + 1];
            }
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(tmp, 2 * r * half, rowSpec, 0, 2 * half);
            rowFft.inverse(rowSpec, rowIn);
            System.arraycopy(rowIn, 0, out, r * cols, cols);
        }
    }
}
