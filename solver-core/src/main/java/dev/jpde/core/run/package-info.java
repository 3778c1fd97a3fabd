/**
 * Running a simulation: a grid, an equation, initial data and an integrator, advanced to output times, with the
 * physical field and the diagnostics handed to an observer at every output and progress at every step.
 * No I/O: writers (HDF5, plots) are observers that live in other modules.
 */
package dev.jpde.core.run;
