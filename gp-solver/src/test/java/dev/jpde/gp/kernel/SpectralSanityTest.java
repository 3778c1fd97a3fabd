package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kernels are the Fourier transforms of their (symmetrised) spectra, k(r) = int S(s) cos(2 pi s r) ds
 * (Wiener-Khinchin): a Gaussian spectrum for GM and a Student-t (nu = 5/2) spectrum for StM. The integrals are done
 * by the trapezoid rule on a wide interval, which for these analytic, fast-decaying integrands is accurate to
 * rounding (Poisson summation: the aliasing error is the kernel itself at lag 1/ds, here e^{-hundreds}).
 */
class SpectralSanityTest {
    private static final double[] R = {0, 0.11, 0.5, 1.3, 2.7};

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void varianceIsSumOfWeights(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        double sum = k.weight(0) + k.weight(1) + k.weight(2);
        assertEquals(sum, k.value(0), 1e-15 * sum);
    }

    @Test
    void gaussianMixtureIsTransformOfGaussianSpectrum() {
        double w = 0.7;
        double a = 0.8;
        double mu = 1.9;
        MixtureKernel1d k = new MixtureKernel1d(KernelFamily.GM, new double[] {Math.log(w), Math.log(a), mu});
        // e^{-a r^2} = e^{-2 pi^2 sigma^2 r^2}: the spectral variance is a / (2 pi^2) (a is a precision).
        double sigma = Math.sqrt(a / (2 * Math.PI * Math.PI));
        double ds = sigma / 5;
        double limit = mu + 14 * sigma;
        for (double r : R) {
            double sum = 0;
            for (double s = -limit; s <= limit; s += ds) {
                double spectrum = 0.5 * w * (gauss(s, mu, sigma) + gauss(s, -mu, sigma));
                sum += spectrum * Math.cos(2 * Math.PI * s * r);
            }
            assertEquals(sum * ds, k.value(r), 1e-13, "r = " + r);
        }
    }

    @Test
    void studentTMixtureIsTransformOfStudentTSpectrum() {
        // Matern-5/2 with t = sqrt(5) b |r| has spectral density proportional to (5 b^2 + 4 pi^2 s^2)^{-3}.
        double w = 1.4;
        double b = 1.3;
        double mu = 0.9;
        MixtureKernel1d k = new MixtureKernel1d(KernelFamily.STM, new double[] {Math.log(w), Math.log(b), mu});
        double ds = 0.005;
        int half = 40_000; // |s| <= 200: the truncated tail is ~(2 pi 200)^{-6} 200 / 5, 1e-14 of the total
        double norm = 0;
        double[] sums = new double[R.length];
        for (int i = -half; i <= half; i++) {
            double s = i * ds;
            double spectrum = 0.5 * (studentT(s - mu, b) + studentT(s + mu, b));
            norm += spectrum;
            for (int j = 0; j < R.length; j++) {
                sums[j] += spectrum * Math.cos(2 * Math.PI * s * R[j]);
            }
        }
        for (int j = 0; j < R.length; j++) {
            assertEquals(w * sums[j] / norm, k.value(R[j]), 1e-11 * w, "r = " + R[j]);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KernelFamily.class, names = {"SE", "MATERN52"})
    void baselineGradientWithRespectToFrequencyIsZero(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, 12, 0.3);
        java.util.Random rnd = new java.util.Random(11);
        DMatrixRMaj[] g = new DMatrixRMaj[3];
        for (int o = 0; o < 3; o++) {
            g[o] = UniformGridKernelMatricesTest.random(rnd, 12);
        }
        double[] grad = new double[9];
        grid.contract(g[0], g[1], g[2], grad);
        for (int c = 0; c < 3; c++) {
            assertEquals(0.0, grad[k.frequencyIndex(c)], 0.0);
        }
    }

    private static double gauss(double s, double mean, double sigma) {
        double z = (s - mean) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    private static double studentT(double s, double b) {
        double d = 5 * b * b + 4 * Math.PI * Math.PI * s * s;
        return 1 / (d * d * d);
    }
}
