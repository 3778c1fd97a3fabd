/**
 * Initial conditions, and the exact solutions that some of them continue into.
 *
 * <p>An {@link dev.jpde.core.initial.InitialCondition} fills a field on a grid at a time; where the data lie on a
 * known exact solution ({@link dev.jpde.core.initial.InitialCondition#isExact()}), evaluating at a later time gives
 * that solution, which runs use to report errors.
 */
package dev.jpde.core.initial;
