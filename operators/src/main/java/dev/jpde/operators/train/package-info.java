/**
 * Training of FNO-1d by the reference recipe: {@link dev.jpde.operators.train.Adam} (coupled weight
 * decay, shared complex second moment), StepLR ({@link dev.jpde.operators.train.TrainingSpec}),
 * shuffled mini-batches evaluated batch-parallel, per-epoch errors
 * ({@link dev.jpde.operators.train.EpochReport}, {@link dev.jpde.operators.train.TrainingListener}),
 * checkpoints with exact resume ({@link dev.jpde.operators.train.TrainingCheckpoint}), and the
 * one-call command {@link dev.jpde.operators.train.FnoTraining#run}.
 */
package dev.jpde.operators.train;
