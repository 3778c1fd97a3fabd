package dev.jpde.operators.bench;

import dev.jpde.operators.data.BurgersData;
import dev.jpde.operators.data.BurgersDataSpec;
import dev.jpde.operators.eval.FnoEvaluation;
import dev.jpde.operators.eval.ResolutionError;
import dev.jpde.operators.train.FnoTraining;
import dev.jpde.operators.train.TrainingListener;
import dev.jpde.operators.train.TrainingResult;
import dev.jpde.operators.train.TrainingRun;
import dev.jpde.operators.train.TrainingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The full reference recipe end to end through the public API, as the {@code jpde fno} commands
 * would run it: 1100 Burgers samples (solved on 4096 points and stored at 4096), training on the
 * first 1000 sub-sampled to s = 1024, testing on the last 100, 500 epochs, learning rate halved
 * every 50, checkpoint every 10 epochs, then the test error at s = 256 .. 4096.
 *
 * <p>Usage: {@code FnoFullRun <directory> [epochs=500]}. Files in the directory: {@code burgers.h5}
 * (generated if missing), {@code checkpoint.h5}, {@code weights.h5}. Rerunning the same command
 * resumes from the checkpoint.
 */
public final class FnoFullRun {

    private FnoFullRun() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "fno-full-run");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Files.createDirectories(dir);
        Path data = dir.resolve("burgers.h5");
        if (!Files.exists(data)) {
            BurgersDataSpec spec = BurgersDataSpec.fno(1100, 4096, 0).withFinePoints(4096);
            System.out.printf("generating %d samples on %d points (dt %.0e, %d threads)%n", spec.samples(),
                    spec.finePoints(), spec.dt(), spec.threads());
            long t0 = System.nanoTime();
            BurgersData.generate(spec, (done, total) -> {
                if (done % 100 == 0 || done == total) {
                    System.out.printf("  %d/%d samples, %.0f s%n", done, total, (System.nanoTime() - t0) * 1e-9);
                }
            }).write(data);
            System.out.printf("data written to %s in %.0f s%n", data, (System.nanoTime() - t0) * 1e-9);
        }
        TrainingSpec spec = TrainingSpec.reference(epochs).withStepSize(50);
        TrainingRun run = new TrainingRun(data, 1000, 100, 1024, spec, dir.resolve("weights.h5"),
                dir.resolve("checkpoint.h5"), 10, true);
        System.out.println("training: " + spec);
        TrainingResult result = FnoTraining.run(run, TrainingListener.printing(System.out));
        System.out.printf("done: final test error %.5f, %.2f s per epoch (this run)%n", result.last().testError(),
                result.secondsPerEpoch());
        List<ResolutionError> errors = FnoEvaluation.evaluate(result.weights(), data, 100,
                new int[] {256, 512, 1024, 2048, 4096}, 2);
        errors.forEach(e -> System.out.println("test error " + e.line()));
    }
}
