/**
 * Evaluation of trained FNO weights: relative L2 test errors at the training resolution and, with
 * the same weights, at other resolutions ({@link dev.jpde.operators.eval.FnoEvaluation}).
 */
package dev.jpde.operators.eval;
