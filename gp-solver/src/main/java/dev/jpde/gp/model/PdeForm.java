package dev.jpde.gp.model;

/**
 * The PDEs GP-HM solves, with the sign conventions of the reference code: Poisson {@code u_xx (+ u_yy) = f},
 * Allen-Cahn {@code u_xx (+ u_yy) + u (u^2 - 1) = f}, advection {@code beta u_x + u_y = f} (y plays time).
 */
public enum PdeForm {
    POISSON, ALLEN_CAHN, ADVECTION;

    /** Whether the x-derivative in the residual is first (advection) or second order. */
    public boolean firstOrder() {
        return this == ADVECTION;
    }
}
