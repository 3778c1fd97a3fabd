package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import dev.jpde.io.casefile.RunSpec;
import dev.jpde.io.casefile.SolverCaseSpec;
import dev.jpde.io.hdf5.H5File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GP-HM cases through the command line: named cases parse, the smoke case runs and writes the documented layout. */
class SolverCaseTest {
    @TempDir
    Path tmp;

    @Test
    void everyNamedGpCaseIsAValidGpHmCase() {
        long gp = NamedCases.names().stream().filter(n -> n.startsWith("gp-")).peek(n -> {
            RunSpec spec = CaseResolver.loadAny(n, List.of());
            assertTrue(spec instanceof SolverCaseSpec s && s.solver().name().equals("gp-hm"), n);
        }).count();
        assertEquals(12, gp, "gp-smoke and the 11 benchmark problems");
    }

    @Test
    void smokeCaseRunsAndWritesPredictionErrorsAndKernel() throws Exception {
        Path out = tmp.resolve("gp");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString()));
        Path file = out.resolve("gp-smoke_s1.h5");
        try (H5File h5 = H5File.open(file)) {
            double best = h5.doubleAttribute("/", "error_best");
            assertTrue(best < 1e-3, "error_best " + best);
            assertTrue(h5.doubleAttribute("/", "error_final") < 1e-3);
            assertEquals(300, h5.shape("/tasks/u")[0]);
            assertEquals(300, h5.shape("/tasks/u_exact")[0]);
            assertEquals(300, h5.shape("/scales/x")[0]);
            assertEquals(30, h5.shape("/kernel/x/frequency")[0]);
            double mu = h5.doubleAttribute("/kernel/x", "dominant_frequency");
            assertEquals(10 / (2 * Math.PI), mu, 0.01, "dominant frequency");
            assertEquals("gp-smoke", h5.stringAttribute("/", "case_name"));
            assertTrue(h5.longAttribute("/", "refined_updates") >= 0);
            assertTrue(h5.doubleAttribute("/", "max_inverse_residual") >= 0);
        }
        String python = System.getenv().getOrDefault("JPDE_PYTHON", "/usr/bin/python3");
        Process p = new ProcessBuilder(python, "-c", "import h5py, numpy as np, sys\n"
                + "f = h5py.File(sys.argv[1], 'r')\n"
                + "u, e = f['tasks/u'][...], f['tasks/u_exact'][...]\n"
                + "print(np.linalg.norm(u - e) / np.linalg.norm(e), f.attrs['error_final'])\n", file.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), text);
        String[] parts = text.split("\\s+");
        assertEquals(Double.parseDouble(parts[1]), Double.parseDouble(parts[0]), 1e-12, "h5py recomputes error_final");
    }

    @Test
    void aDecayingScheduleReachesTheTrainerAndIsRecorded() throws Exception {
        double[] finals = new double[2];
        String[] schedules = {"constant", "decay"};
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve(schedules[i]);
            assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString(), "--set", "train.steps=600",
                    "--set", "train.schedule=" + schedules[i]));
            try (H5File h5 = H5File.open(out.resolve("gp-smoke_s1.h5"))) {
                finals[i] = h5.doubleAttribute("/", "error_final");
                assertTrue(h5.stringAttribute("/", "case_yaml").contains("schedule: " + schedules[i]));
            }
        }
        assertTrue(finals[0] != finals[1], "the decay changes the last 120 updates: " + finals[0]);
    }

    @Test
    void aLengthScaleFloorReachesTheTrainerAndIsRecorded() throws Exception {
        Path out = tmp.resolve("floor");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString(), "--set", "train.steps=300",
                "--set", "kernel.min_length_scale=200"));
        try (H5File h5 = H5File.open(out.resolve("gp-smoke_s1.h5"))) {
            assertTrue(h5.stringAttribute("/", "case_yaml").contains("min_length_scale: 200"));
            double spacing = 2 * Math.PI / 59;
            for (double p : h5.readDoubles("/kernel/x/inverse_length_scale").data()) {
                assertTrue(p <= (1 + 1e-12) / (200 * spacing), "inverse length scale " + p + " above the floor's bound");
            }
        }
    }

    @Test
    void theBoundaryFitOnTheMeanReachesTheModelAndIsRecorded() throws Exception {
        Path out = tmp.resolve("mean");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString(), "--set", "train.steps=300",
                "--set", "problem.fit_on=mean"));
        try (H5File h5 = H5File.open(out.resolve("gp-smoke_s1.h5"))) {
            assertEquals("mean", h5.stringAttribute("/", "fit_on"));
        }
        Path latent = tmp.resolve("latent");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", latent.toString(), "--set", "train.steps=300"));
        try (H5File h5 = H5File.open(latent.resolve("gp-smoke_s1.h5"))) {
            assertEquals("latent", h5.stringAttribute("/", "fit_on"));
        }
    }

    @Test
    void newProblemFromOverridesAndBadExpressionExitsTwo() {
        Path out = tmp.resolve("new");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString(),
                "--set", "problem.exact=\"sin(4*x)\"", "--set", "problem.points=40", "--set", "train.steps=300"));
        assertEquals(2, Jpde.run("run", "gp-smoke", "--quiet", "--out", tmp.resolve("bad").toString(),
                "--set", "problem.exact=\"sinn(4*x)\""));
    }
}
