package dev.jpde.operators.data;

import dev.jpde.core.equation.Dealiasing;

/**
 * What {@link BurgersData#generate} produces: {@code samples} pairs {@code (u0, u(., time))} of the
 * viscous Burgers equation {@code u_t + (u^2/2)_x = nu u_xx} on the periodic interval
 * {@code (0, length)}, with {@code u0} drawn from the Gaussian random field
 * {@code N(0, sigma^2 (-d^2/dx^2 + tau^2)^(-gamma))} (spec fno.md section 2), solved on a grid of
 * {@code finePoints} and sub-sampled by plain slicing to {@code points}.
 *
 * @param samples     number of pairs
 * @param points      output resolution s; must divide {@code finePoints}
 * @param finePoints  solver grid n (even); the random field has the modes {@code 1 .. n/2 - 1} of this grid
 * @param viscosity   nu
 * @param length      period L of the domain
 * @param time        final time T
 * @param sigma       field amplitude
 * @param tau         inverse correlation length
 * @param gamma       smoothness exponent
 * @param seed        seed of the one stream of normal draws ({@code 0 <= seed < 2^32})
 * @param dt          largest ETDRK4 step
 * @param dealiasing  treatment of the quadratic term
 * @param threads     worker threads (samples are solved in parallel, one solver per thread)
 */
public record BurgersDataSpec(int samples, int points, int finePoints, double viscosity, double length,
                              double time, double sigma, double tau, double gamma, long seed, double dt,
                              Dealiasing dealiasing, int threads) {

    /** The ETDRK4 step of the defaults; see {@link BurgersData} for the accuracy it gives. */
    public static final double DEFAULT_DT = 1e-3;

    public BurgersDataSpec {
        if (samples < 1 || points < 2 || finePoints < 2 || finePoints % 2 != 0 || finePoints % points != 0) {
            throw new IllegalArgumentException("need samples >= 1 and an even finePoints that is a multiple of"
                    + " points >= 2, got " + samples + ", " + points + ", " + finePoints);
        }
        if (!(viscosity > 0) || !(length > 0) || !(time > 0) || !(sigma > 0) || !(tau > 0) || !(gamma > 0)
                || !(dt > 0) || !Double.isFinite(viscosity + length + time + sigma + tau + gamma + dt)) {
            throw new IllegalArgumentException("viscosity, length, time, sigma, tau, gamma and dt must be finite and > 0");
        }
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32), got " + seed);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (dealiasing == null) {
            throw new IllegalArgumentException("dealiasing must be given");
        }
    }

    /**
     * The FNO benchmark (spec section 2, JMLR form): nu = 0.1 on (0, 2 pi), T = 1, sigma 25, tau 5,
     * gamma 2; solved on a grid four times finer than {@code points} with {@link #DEFAULT_DT},
     * 3/2-rule dealiasing, on all available processors.
     */
    public static BurgersDataSpec fno(int samples, int points, long seed) {
        return new BurgersDataSpec(samples, points, 4 * points, 0.1, 2 * Math.PI, 1.0, 25.0, 5.0, 2.0, seed,
                DEFAULT_DT, Dealiasing.PADDING, Runtime.getRuntime().availableProcessors());
    }

    /** This spec with another solver grid. */
    public BurgersDataSpec withFinePoints(int n) {
        return new BurgersDataSpec(samples, points, n, viscosity, length, time, sigma, tau, gamma, seed, dt,
                dealiasing, threads);
    }

    /** This spec with another output resolution. */
    public BurgersDataSpec withPoints(int s) {
        return new BurgersDataSpec(samples, s, finePoints, viscosity, length, time, sigma, tau, gamma, seed, dt,
                dealiasing, threads);
    }

    /** This spec with another time step. */
    public BurgersDataSpec withDt(double step) {
        return new BurgersDataSpec(samples, points, finePoints, viscosity, length, time, sigma, tau, gamma, seed,
                step, dealiasing, threads);
    }

    /** This spec with another number of threads. */
    public BurgersDataSpec withThreads(int n) {
        return new BurgersDataSpec(samples, points, finePoints, viscosity, length, time, sigma, tau, gamma, seed, dt,
                dealiasing, n);
    }

    /** This spec with another number of samples (the first ones of the same stream). */
    public BurgersDataSpec withSamples(int n) {
        return new BurgersDataSpec(n, points, finePoints, viscosity, length, time, sigma, tau, gamma, seed, dt,
                dealiasing, threads);
    }

    /** The sub-sampling stride {@code finePoints / points}. */
    public int stride() {
        return finePoints / points;
    }
}
