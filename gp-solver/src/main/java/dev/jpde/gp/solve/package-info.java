/**
 * Training GP-HM: Adam on the model's parameters with checkpoints, the three error figures (final, minimum over
 * checkpoints — the authors' protocol, which uses the exact solution — and at the checkpoint of lowest training loss,
 * a choice a user can make without it), and progress reporting.
 */
package dev.jpde.gp.solve;
