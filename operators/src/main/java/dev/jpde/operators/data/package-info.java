/**
 * Operator-learning data: {@link dev.jpde.operators.data.OperatorDataset} (input/output function
 * pairs on a periodic grid, HDF5 read/write, sub-sampling by slicing, train/test splits) and the
 * Burgers benchmark generator {@link dev.jpde.operators.data.BurgersData} (random initial data,
 * solver-core's ETDRK4, both cores).
 */
package dev.jpde.operators.data;
