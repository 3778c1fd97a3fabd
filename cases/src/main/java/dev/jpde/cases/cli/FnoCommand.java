package dev.jpde.cases.cli;

import dev.jpde.operators.data.BurgersData;
import dev.jpde.operators.data.BurgersDataSpec;
import dev.jpde.operators.eval.FnoEvaluation;
import dev.jpde.operators.eval.ResolutionError;
import dev.jpde.operators.train.FnoTraining;
import dev.jpde.operators.train.TrainingListener;
import dev.jpde.operators.train.TrainingResult;
import dev.jpde.operators.train.TrainingRun;
import dev.jpde.operators.train.TrainingSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpde fno data|train|eval}: the Fourier neural operator on Burgers, each subcommand one library call. */
@Command(name = "fno", description = "Fourier neural operator for Burgers: generate data, train, evaluate.",
        subcommands = {FnoCommand.Data.class, FnoCommand.Train.class, FnoCommand.Eval.class})
final class FnoCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: data, train or eval");
    }

    /** Burgers pairs u0 -> u(., 1) (nu = 0.1 on (0, 2 pi), GRF data), solved by ETDRK4 on a finer grid. */
    @Command(name = "data", description = "Generate Burgers pairs (u0 -> u(.,1), nu = 0.1 on (0, 2 pi)) into HDF5.")
    static final class Data implements Callable<Integer> {
        @Option(names = "--samples", defaultValue = "1100", description = "Number of pairs (default ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--points", defaultValue = "1024", description = "Output resolution s (default ${DEFAULT-VALUE}).")
        int points;

        @Option(names = "--fine", description = "Solver grid (a multiple of --points; default 4 x points).")
        Integer fine;

        @Option(names = "--seed", defaultValue = "0", description = "Seed of the Gaussian random fields.")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "FILE.h5")
        Path out;

        @Override
        public Integer call() throws Exception {
            BurgersDataSpec s = BurgersDataSpec.fno(samples, points, seed);
            if (fine != null) {
                s = s.withFinePoints(fine);
            }
            BurgersData.generate(s, out, (done, total) -> {
                if (done % Math.max(1, total / 20) == 0 || done == total) {
                    System.err.printf("generated %d / %d%n", done, total);
                }
            });
            System.out.println("wrote " + out);
            return 0;
        }
    }

    /** Trains FNO-1d with the reference recipe (Adam 1e-3, weight decay 1e-4, halving every epochs/10, batch 20). */
    @Command(name = "train", description = "Train FNO-1d on a data file (reference recipe), with per-epoch errors.")
    static final class Train implements Callable<Integer> {
        @Parameters(paramLabel = "DATA.h5")
        Path data;

        @Option(names = "--train", defaultValue = "1000", description = "First N samples train (default ${DEFAULT-VALUE}).")
        int trainSamples;

        @Option(names = "--test", defaultValue = "100", description = "Last N samples test (default ${DEFAULT-VALUE}).")
        int testSamples;

        @Option(names = "--resolution", defaultValue = "0", description = "Train at s points (0: the file's).")
        int resolution;

        @Option(names = "--epochs", defaultValue = "500")
        int epochs;

        @Option(names = "--seed", defaultValue = "0")
        long seed;

        @Option(names = "--weights", required = true, paramLabel = "WEIGHTS.h5", description = "Where the weights go.")
        Path weights;

        @Option(names = "--checkpoint", paramLabel = "FILE.h5", description = "Checkpoint file (written every --every epochs).")
        Path checkpoint;

        @Option(names = "--every", defaultValue = "10", description = "Checkpoint interval in epochs.")
        int every;

        @Option(names = "--resume", description = "Continue from --checkpoint if it exists.")
        boolean resume;

        @Override
        public Integer call() throws Exception {
            TrainingSpec recipe = TrainingSpec.reference(epochs).withSeed(seed);
            TrainingResult r = FnoTraining.run(new TrainingRun(data, trainSamples, testSamples, resolution, recipe,
                    weights, checkpoint, every, resume), TrainingListener.printing(System.err));
            System.out.printf("trained %d epochs (%.2f s/epoch); last: %s%nwrote %s%n", r.history().size(),
                    r.secondsPerEpoch(), r.last().line(), weights);
            return 0;
        }
    }

    /** Relative L2 of trained weights on the test samples, at the training resolution and others. */
    @Command(name = "eval", description = "Relative L2 of trained weights at several resolutions (zero-shot super-resolution).")
    static final class Eval implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "WEIGHTS.h5")
        Path weights;

        @Parameters(index = "1", paramLabel = "DATA.h5")
        Path data;

        @Option(names = "--test", defaultValue = "100")
        int testSamples;

        @Option(names = "--resolutions", split = ",", defaultValue = "256,512,1024",
                description = "Comma-separated s values, each dividing the file's grid (default ${DEFAULT-VALUE}).")
        int[] resolutions;

        @Override
        public Integer call() throws Exception {
            for (ResolutionError e : FnoEvaluation.evaluate(weights, data, testSamples, resolutions,
                    Math.min(2, Runtime.getRuntime().availableProcessors()))) {
                System.out.println(e.line());
            }
            return 0;
        }
    }
}
