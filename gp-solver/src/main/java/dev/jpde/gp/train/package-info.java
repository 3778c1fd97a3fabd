/** Optimisation of GP-HM parameters: Adam on flat parameter vectors, and its learning-rate schedule. */
package dev.jpde.gp.train;
