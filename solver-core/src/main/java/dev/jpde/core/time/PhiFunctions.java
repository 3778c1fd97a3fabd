package dev.jpde.core.time;

/**
 * Contour-integral evaluation of the ETDRK4 coefficient functions (Kassam and Trefethen 2005):
 *
 * <pre>
 *   Q(z)  = (e^{z/2} - 1) / z
 *   f1(z) = (-4 - z + e^z (4 - 3z + z^2)) / z^3
 *   f2(z) = ( 2 + z + e^z (z - 2)) / z^3
 *   f3(z) = (-4 - 3z - z^2 + e^z (4 - z)) / z^3
 * </pre>
 *
 * each taken as the mean of its values at {@code z + e^{i theta_m}}, {@code theta_m = 2 pi (m - 1/2) / M}: the
 * functions are entire, so the mean over the circle equals the value at its centre, without the cancellation
 * that ruins the closed forms for small |z|.
 */
final class PhiFunctions {
    private PhiFunctions() {
    }

    /** Writes (re, im) of Q, f1, f2, f3 at {@code z = zr + i zi} into {@code out[0..7]}. */
    static void contourMeans(double zr, double zi, int points, double[] out) {
        java.util.Arrays.fill(out, 0, 8, 0.0);
        for (int m = 0; m < points; m++) {
            double theta = 2 * Math.PI * (m + 0.5) / points;
            double xr = zr + Math.cos(theta);
            double xi = zi + Math.sin(theta);
            // e^x and e^{x/2}
            double ex = Math.exp(xr);
            double er = ex * Math.cos(xi);
            double ei = ex * Math.sin(xi);
            double eh = Math.exp(xr / 2);
            double ehr = eh * Math.cos(xi / 2);
            double ehi = eh * Math.sin(xi / 2);
            // 1/x, 1/x^3
            double d = xr * xr + xi * xi;
            double ir = xr / d;
            double ii = -xi / d;
            double i2r = ir * ir - ii * ii;
            double i2i = 2 * ir * ii;
            double i3r = i2r * ir - i2i * ii;
            double i3i = i2r * ii + i2i * ir;
            double x2r = xr * xr - xi * xi;
            double x2i = 2 * xr * xi;
            // Q numerator e^{x/2} - 1
            addProduct(out, 0, ehr - 1, ehi, ir, ii);
            // f1 numerator: -4 - x + e^x (4 - 3x + x^2)
            double pr = 4 - 3 * xr + x2r;
            double pi = -3 * xi + x2i;
            addProduct(out, 2, -4 - xr + er * pr - ei * pi, -xi + er * pi + ei * pr, i3r, i3i);
            // f2 numerator: 2 + x + e^x (x - 2)
            pr = xr - 2;
            pi = xi;
            addProduct(out, 4, 2 + xr + er * pr - ei * pi, xi + er * pi + ei * pr, i3r, i3i);
            // f3 numerator: -4 - 3x - x^2 + e^x (4 - x)
            pr = 4 - xr;
            pi = -xi;
            addProduct(out, 6, -4 - 3 * xr - x2r + er * pr - ei * pi, -3 * xi - x2i + er * pi + ei * pr, i3r, i3i);
        }
        for (int i = 0; i < 8; i++) {
            out[i] /= points;
        }
    }

    private static void addProduct(double[] out, int at, double ar, double ai, double br, double bi) {
        out[at] += ar * br - ai * bi;
        out[at + 1] += ar * bi + ai * br;
    }
}
