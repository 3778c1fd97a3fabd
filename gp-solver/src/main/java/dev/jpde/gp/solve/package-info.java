/**
 * Training GP-HM: Adam on the model's parameters with checkpoints, the three error figures (final, minimum over
 * checkpoints — the authors' protocol, which uses the exact solution — and at the checkpoint of lowest training
 * loss, a choice a user can make without it), progress reporting, the two-stage extra-GP run of spec section 5 with the
 * authors' early-stopping rule (which also reads the exact solution), optional starts of the kernel frequencies at
 * the source's periodogram peaks and of U at the boundary data (neither in the reference), and the {@code gp-hm} solver provider that runs
 * all this from a case file and records the results.
 */
package dev.jpde.gp.solve;
