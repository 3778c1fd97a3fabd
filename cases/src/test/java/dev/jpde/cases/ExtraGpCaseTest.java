package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import dev.jpde.core.spi.Parameters;
import dev.jpde.io.casefile.CaseFileException;
import dev.jpde.io.casefile.CaseFiles;
import dev.jpde.io.casefile.SolverCaseSpec;
import dev.jpde.io.hdf5.H5File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code extra_gp} section of gp-hm case files: the two named extra-GP cases, switching it on and off, positioned
 * one-line errors for bad values and for the Poisson-only rule, and a small two-stage run through the command line
 * with the documented output layout (read back by h5py).
 */
class ExtraGpCaseTest {
    private static final String HEAD = """
            solver: gp-hm
            problem: {exact: "sin(10*x)", points: [60]}
            """;

    @TempDir
    Path tmp;

    private static SolverCaseSpec load(String name, String... overrides) {
        return assertInstanceOf(SolverCaseSpec.class, CaseResolver.loadAny(name, List.of(overrides)));
    }

    @Test
    void theTwoHardPoissonCasesUseTheExtraGpFromATenthOfTheirSteps() {
        for (String name : List.of("gp-poisson1d-mix", "gp-poisson1d-sin500")) {
            SolverCaseSpec spec = load(name);
            assertEquals(Map.of("change_point", 0.1, "early_stop", true), spec.sections().get("extra_gp").asMap(), name);
            assertEquals(1_000_000L, spec.sections().get("train").integer("steps"), name);
            assertFalse(load(name, "extra_gp=null").sections().containsKey("extra_gp"), name + " switched off");
        }
        long others = NamedCases.names().stream().filter(n -> n.startsWith("gp-"))
                .filter(n -> load(n).sections().containsKey("extra_gp")).count();
        assertEquals(2, others, "only those two");
        Parameters on = load("gp-smoke", "extra_gp.change_point=0.3").sections().get("extra_gp");
        assertEquals(Map.of("change_point", 0.3, "early_stop", true), on.asMap(), "early stop on by default");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "extra_gp: {change_point: 1.5}                     | 3:26 | extra_gp.change_point | must be < 1, got 1.5",
        "extra_gp: {change_point: 0}                       | 3:26 | extra_gp.change_point | must be > 0 and < 1, got 0",
        "extra_gp: {change_point: -0.1}                    | 3:26 | extra_gp.change_point | must be > 0 and < 1, got -0.1",
        "extra_gp: {change_point: \"0.1\"}                 | 3:26 | extra_gp.change_point | expected a number, got \"0.1\"",
        "extra_gp: {}                                      | 3:11 | extra_gp.change_point | missing required parameter \"change_point\"",
        "extra_gp: {early_stop: false}                     | 3:11 | extra_gp.change_point | missing required parameter \"change_point\"",
        "extra_gp: {change_point: 0.1, early_stop: maybe}  | 3:43 | extra_gp.early_stop   | expected",
        "extra_gp: {changepoint: 0.1}                      | 3:12 | extra_gp.changepoint  | (did you mean \"change_point\"?)",
        "extra_gp: 0.1                                     | 3:11 | extra_gp              | expected a mapping, got 0.1",
        "extra_gp: [0.1]                                   | 3:11 | extra_gp              | expected a mapping",
        "extra-gp: {change_point: 0.1}                     | 3:1  | extra-gp              | (did you mean \"extra_gp\"?)",
    })
    void badExtraGpValuesArePositionedOneLineErrors(String line, String at, String path, String message) {
        String name = "bad.yaml";
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFiles.parseAny(HEAD + line + "\n", name, List.of()));
        String prefix = name + ":" + at + ": " + path + ": ";
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix <" + prefix + "> in <" + e.getMessage() + ">");
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void theExtraGpIsForPoissonOnlyAndSaysSoAtTheEquation() throws Exception {
        String text = HEAD.replace("{exact", "{pde: allen-cahn, exact") + "extra_gp: {change_point: 0.1}\n";
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.parseAny(text, "ac.yaml", List.of()));
        assertEquals("ac.yaml:2:16: problem.pde: extra_gp is given, but the extra GP needs pde: poisson (the stage-2"
                + " residual must be linear in u + u_e), got allen-cahn", e.getMessage());
        CaseFileException set = assertThrows(CaseFileException.class,
                () -> CaseResolver.loadAny("gp-poisson1d-mix", List.of("problem.pde=allen-cahn")));
        assertTrue(set.getMessage().startsWith("--set problem.pde=allen-cahn: problem.pde: extra_gp is given"),
                set.getMessage());
        Path file = tmp.resolve("ac.yaml");
        Files.writeString(file, text);
        assertEquals(2, Jpde.run("validate", file.toString()), "jpde validate catches it before anything runs");
    }

    @Test
    void twoStageRunWritesTheSummedPredictionAndTheSecondStage() throws Exception {
        Path out = tmp.resolve("gp");
        assertEquals(0, Jpde.run("run", "gp-smoke", "--quiet", "--out", out.toString(), "--set", "train.steps=600",
                "--set", "extra_gp.change_point=0.5", "--set", "extra_gp.early_stop=false"));
        Path file = out.resolve("gp-smoke_s1.h5");
        try (H5File h5 = H5File.open(file)) {
            assertEquals(300, h5.shape("/tasks/u_stage1")[0]);
            assertEquals(1, h5.shape("/extra_gp/kernel/x/weight")[0]);
            assertEquals(1, h5.shape("/extra_gp/kernel/x/inverse_length_scale")[0]);
            assertEquals(300, h5.longAttribute("/extra_gp", "change_step"));
            assertEquals(1, h5.longAttribute("/extra_gp", "reached_stage2"));
            assertEquals(600, h5.longAttribute("/", "steps_run"));
            assertEquals("off", h5.stringAttribute("/", "early_stop"));
            assertEquals(21, h5.shape("/history/stage")[0], "every 30 steps; the change point 300 is one of them");
        }
        String python = System.getenv().getOrDefault("JPDE_PYTHON", "/usr/bin/python3");
        Process p = new ProcessBuilder(python, "-c", "import h5py, numpy as np, sys\n"
                + "f = h5py.File(sys.argv[1], 'r')\n"
                + "u, e, s1 = f['tasks/u'][...], f['tasks/u_exact'][...], f['tasks/u_stage1'][...]\n"
                + "st, step = f['history/stage'][...], f['history/step'][...]\n"
                + "err = lambda v: np.linalg.norm(v - e) / np.linalg.norm(e)\n"
                + "print(err(u), f.attrs['error_final'], err(s1), f['extra_gp'].attrs['error_stage1'],"
                + " step[st == 1].max(), step[st == 2].min())\n", file.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), text);
        double[] v = java.util.Arrays.stream(text.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(v[1], v[0], 1e-12, "h5py recomputes error_final from the summed /tasks/u");
        assertEquals(v[3], v[2], 1e-12, "and error_stage1 from /tasks/u_stage1");
        assertEquals(300, v[4], 0.0, "stage 1 ends at the change step");
        assertEquals(330, v[5], 0.0, "stage 2's first checkpoint is the next on the cadence");
    }
}
