/**
 * Kronecker-structured Gaussian algebra on tensor-product grids: a covariance {@code C = K_1 ⊗ ... ⊗ K_d} is never
 * formed; products and solves act mode by mode on the value tensor (row-major, last index fastest), and
 * {@code log det C = sum_j (M / M_j) log det K_j} with {@code M = prod_j M_j}. Each factor is an SPD matrix held by
 * its Cholesky factor, with a logged jitter escalation when the factorisation fails.
 */
package dev.jpde.gp.kron;
