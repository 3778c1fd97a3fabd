package dev.jpde.operators.train;

import dev.jpde.operators.Fno1d;

/**
 * The training recipe (spec fno.md section 1): network, epochs, mini-batch, Adam with coupled weight
 * decay, StepLR schedule {@code lr_e = lr gamma^floor(e / stepSize)} (epoch {@code e} counted from
 * 0, stepped per epoch), seeds, and the batch parallelism.
 *
 * @param network      the architecture
 * @param epochs       number of epochs
 * @param batch        mini-batch size (20)
 * @param learningRate initial learning rate (1e-3)
 * @param weightDecay  coupled L2 weight decay (1e-4)
 * @param stepSize     StepLR period in epochs (50 in the final reference code, 100 in the paper)
 * @param gamma        StepLR factor (0.5)
 * @param seed         seeds the initial weights and the shuffling
 * @param shards       replicas each mini-batch is split over; fixes the arithmetic
 * @param threads      threads running the shards ({@code 1 .. shards}); changes only the speed
 */
public record TrainingSpec(Fno1d.Config network, int epochs, int batch, double learningRate, double weightDecay,
                           int stepSize, double gamma, long seed, int shards, int threads) {

    public TrainingSpec {
        if (network == null || epochs < 1 || batch < 1 || stepSize < 1 || shards < 1 || threads < 1
                || threads > shards) {
            throw new IllegalArgumentException("need a network, epochs, batch, stepSize, shards >= 1 and"
                    + " 1 <= threads <= shards");
        }
        if (!(learningRate > 0) || !(weightDecay >= 0) || !(gamma > 0) || !Double.isFinite(learningRate + gamma
                + weightDecay)) {
            throw new IllegalArgumentException("need learningRate > 0, weightDecay >= 0, gamma > 0");
        }
    }

    /**
     * The final reference recipe for {@code epochs} epochs: FNO-1d Burgers network, batch 20,
     * lr 1e-3, weight decay 1e-4, halving every {@code max(1, epochs/10)} epochs (50 of 500, as the
     * reference code), seed 0, two shards on up to two threads.
     */
    public static TrainingSpec reference(int epochs) {
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        return new TrainingSpec(Fno1d.Config.burgers(), epochs, 20, 1e-3, 1e-4, Math.max(1, epochs / 10), 0.5, 0L,
                2, threads);
    }

    /** The learning rate of epoch {@code e} (0-based). */
    public double learningRate(int e) {
        return learningRate * Math.pow(gamma, e / stepSize);
    }

    /** This spec with another network. */
    public TrainingSpec withNetwork(Fno1d.Config c) {
        return new TrainingSpec(c, epochs, batch, learningRate, weightDecay, stepSize, gamma, seed, shards, threads);
    }

    /** This spec with another number of epochs (same schedule). */
    public TrainingSpec withEpochs(int e) {
        return new TrainingSpec(network, e, batch, learningRate, weightDecay, stepSize, gamma, seed, shards, threads);
    }

    /** This spec with another StepLR period. */
    public TrainingSpec withStepSize(int s) {
        return new TrainingSpec(network, epochs, batch, learningRate, weightDecay, s, gamma, seed, shards, threads);
    }

    /** This spec with another seed. */
    public TrainingSpec withSeed(long s) {
        return new TrainingSpec(network, epochs, batch, learningRate, weightDecay, stepSize, gamma, s, shards, threads);
    }

    /** This spec with another parallelism. */
    public TrainingSpec withParallelism(int shardCount, int threadCount) {
        return new TrainingSpec(network, epochs, batch, learningRate, weightDecay, stepSize, gamma, seed, shardCount,
                threadCount);
    }
}
