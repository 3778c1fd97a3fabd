package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import dev.jpde.gp.model.PosteriorMean;
import dev.jpde.io.hdf5.H5File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A GP-HM output holds what the posterior mean needs at any point ({@code /model}, {@code /kernel}): numpy alone,
 * through {@code docs/benchmarks/gp_hm_predict.py}, and the JVM reader {@link GpHmResults} both rebuild the prediction
 * {@code /tasks/u} from it, for 1-D, 2-D, both kernel envelopes and a two-stage (extra GP) run.
 */
class GpModelOutputTest {
    private static final Path SCRIPT = Path.of("..", "docs", "benchmarks", "gp_hm_predict.py");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        "gp-smoke --set train.steps=600",
        "gp-poisson2d-sincos --set train.steps=200 --set problem.points=[30,28]",
        "gp-advection --set train.steps=200 --set problem.points=[30,28] --set kernel.type=gm",
        "gp-poisson1d-mix --set train.steps=600 --set problem.points=80 --set extra_gp.early_stop=false"})
    void numpyRebuildsThePredictionFromTheOutputFile(String command) throws Exception {
        assertTrue(Files.exists(SCRIPT), SCRIPT.toAbsolutePath().toString());
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of("--quiet", "--out", tmp.toString()));
        assertEquals(0, Jpde.run(args.toArray(String[]::new)));
        Path file = tmp.resolve(args.get(1) + "_s1.h5");
        String python = System.getenv().getOrDefault("JPDE_PYTHON", "/usr/bin/python3");
        Process p = new ProcessBuilder(python, SCRIPT.toString(), file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), text);
        double rel = Double.parseDouble(text.substring(text.lastIndexOf('=') + 1).strip());
        assertTrue(rel < 1e-8, command + ": " + text);

        PosteriorMean mean = GpHmResults.posterior(file);
        try (H5File h5 = H5File.open(file)) {
            String[] dims = h5.stringAttribute("/tasks/u", "dims").split(" ");
            double[][] axes = new double[dims.length][];
            for (int j = 0; j < dims.length; j++) {
                axes[j] = h5.readDoubles("/scales/" + dims[j]).data();
            }
            double[] u = h5.readDoubles("/tasks/u").data();
            double[] m = mean.at(axes);
            double worst = 0;
            double scale = 0;
            for (int i = 0; i < u.length; i++) {
                worst = Math.max(worst, Math.abs(m[i] - u[i]));
                scale = Math.max(scale, Math.abs(u[i]));
            }
            assertTrue(worst < 1e-8 * scale, command + ": the JVM reader misses /tasks/u by " + worst / scale);
        }
    }

    @org.junit.jupiter.api.Test
    void aFileWithoutAModelIsRefusedByName() throws Exception {
        assertEquals(0, Jpde.run("run", "nlse-soliton", "--quiet", "--out", tmp.toString()));
        Path file;
        try (var files = Files.list(tmp)) {
            file = files.filter(f -> f.toString().endsWith(".h5")).findFirst().orElseThrow();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GpHmResults.posterior(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("/model"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aGpOutputWithoutItsModelGroupIsToldApartAndTheFixIsNamed() throws Exception {
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--set", "train.steps=300", "--out", tmp.toString()));
        Path file = tmp.resolve("gp-smoke_s1.h5");
        String python = System.getenv().getOrDefault("JPDE_PYTHON", "/usr/bin/python3");
        Process p = new ProcessBuilder(python, "-c", "import h5py, sys\nwith h5py.File(sys.argv[1], 'r+') as f:\n"
                + "    del f['model']\n", file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GpHmResults.posterior(file));
        assertTrue(e.getMessage().contains("without the /model group") && e.getMessage().contains("rerun"),
                e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void predictCommandPrintsTheLibrarysValuesAndRefusesBadPoints() throws Exception {
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--set", "train.steps=600", "--out", tmp.toString()));
        Path file = tmp.resolve("gp-smoke_s1.h5");
        double[] expected = GpHmResults.posterior(file).at(new double[] {0.5, 1.25});
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Jpde.run("predict", file.toString(), "--at", "0.5", "--at", "1.25");
        } finally {
            System.setOut(old);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(0, code);
        assertEquals(2, lines.length, String.join("|", lines));
        for (int i = 0; i < 2; i++) {
            String[] cols = lines[i].trim().split("\\s+");
            assertEquals(expected[i], Double.parseDouble(cols[1]), 0.0, lines[i]);
        }
        assertEquals(2, Jpde.run("predict", file.toString(), "--at", "0.5,0.7"), "two coordinates for a 1-D model");
        assertEquals(2, Jpde.run("predict", file.toString(), "--at", "half"));
        assertEquals(2, Jpde.run("predict", tmp.resolve("missing.h5").toString(), "--at", "0.5"));
    }
}
