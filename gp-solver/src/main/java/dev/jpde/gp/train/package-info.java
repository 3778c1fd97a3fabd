/** Optimisation of GP-HM parameters: Adam on flat parameter vectors. */
package dev.jpde.gp.train;
