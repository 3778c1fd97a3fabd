package dev.jpde.cases;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.PosteriorMean;
import dev.jpde.io.hdf5.H5File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GP-HM run's output file back into a {@link PosteriorMean}, for prediction at any points from JVM code:
 * {@code GpHmResults.posterior(file).at(xs, ys)}. Uses {@code /model} and {@code /kernel} (and {@code /extra_gp/model},
 * {@code /extra_gp/kernel} of an extra-GP run); the same data {@code docs/benchmarks/gp_hm_predict.py} reads.
 */
public final class GpHmResults {
    private GpHmResults() {
    }

    /**
     * The posterior mean of the run saved in {@code file}.
     *
     * @throws IllegalArgumentException if the file is not a GP-HM output with a {@code /model} group (outputs written
     *                                  before jpde kept it have none)
     */
    public static PosteriorMean posterior(Path file) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            if (!"gp-hm".equals(h5.attributes("/").get("solver"))) {
                throw new IllegalArgumentException(file + ": not a GP-HM output (no solver: gp-hm attribute), so no "
                        + "/model group to predict from");
            }
            if (!h5.exists("/model/u")) {
                throw new IllegalArgumentException(file + ": a GP-HM output without the /model group (written before "
                        + "jpde kept the trained model); rerun the case, or continue it with --state, to get one");
            }
            String[] dims = h5.stringAttribute("/tasks/u", "dims").split(" ");
            List<PosteriorMean.Stage> stages = new ArrayList<>();
            stages.add(stage(h5, "/model", "/kernel/", dims));
            if (h5.exists("/extra_gp/model/u")) {
                stages.add(stage(h5, "/extra_gp/model", "/extra_gp/kernel/", dims));
            }
            return new PosteriorMean(stages);
        }
    }

    private static PosteriorMean.Stage stage(H5File h5, String model, String kernel, String[] dims) {
        KernelFamily family = KernelFamily.ofKey(h5.stringAttribute(model, "kernel"));
        double[][] kernels = new double[dims.length][];
        double[][] nodes = new double[dims.length][];
        for (int j = 0; j < dims.length; j++) {
            String g = kernel + dims[j];
            kernels[j] = PosteriorMean.Stage.kernelParameters(h5.readDoubles(g + "/weight").data(),
                    h5.readDoubles(g + "/inverse_length_scale").data(),
                    h5.exists(g + "/frequency") ? h5.readDoubles(g + "/frequency").data() : null);
            nodes[j] = h5.readDoubles(model + "/" + dims[j]).data();
        }
        return new PosteriorMean.Stage(family, nodes, kernels, h5.readDoubles(model + "/u").data());
    }
}
