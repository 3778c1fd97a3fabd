/**
 * Diagnostics of solutions: conserved quantities (NLSE mass, momentum, Hamiltonian and the filter-consistent
 * Hamiltonian; Burgers energy) computed spectrally from the state, and information entropies of |psi|^2.
 */
package dev.jpde.core.diag;
