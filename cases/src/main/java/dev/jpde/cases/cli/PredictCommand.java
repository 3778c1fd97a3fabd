package dev.jpde.cases.cli;

import dev.jpde.cases.GpHmResults;
import dev.jpde.gp.model.PosteriorMean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jpde predict FILE.h5 --at X[,Y]...}: a trained GP-HM model's posterior mean at the given points, read back
 * from its output file ({@link GpHmResults#posterior}); one line per point, the coordinates and the value.
 */
@Command(name = "predict", description = "Evaluate a GP-HM result's posterior mean at any points.")
final class PredictCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.h5", description = "A GP-HM output file.")
    Path file;

    @Option(names = "--at", paramLabel = "X[,Y]", required = true,
            description = "A point: one coordinate (1-D) or two, comma-separated (2-D). Repeatable.")
    List<String> points = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PosteriorMean mean = GpHmResults.posterior(file);
        int d = mean.dimensions();
        for (String point : points) {
            String[] parts = point.split(",");
            if (parts.length != d) {
                throw new IllegalArgumentException("--at " + point + ": the model in " + file + " has " + d
                        + " dimension" + (d == 1 ? "" : "s") + ", the point " + parts.length + " coordinate"
                        + (parts.length == 1 ? "" : "s"));
            }
            double[][] at = new double[d][1];
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < d; j++) {
                try {
                    at[j][0] = Double.parseDouble(parts[j].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--at " + point + ": '" + parts[j] + "' is not a number");
                }
                line.append(String.format(Locale.ROOT, "%.17g ", at[j][0]));
            }
            System.out.println(line.append(String.format(Locale.ROOT, "%.17g", mean.at(at)[0])));
        }
        return 0;
    }
}
