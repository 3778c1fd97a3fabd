package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import dev.jpde.io.casefile.SolverCaseSpec;
import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.ResultFile;
import dev.jpde.io.hdf5.StateFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpde run CASE --state FILE}: a GP-HM run interrupted after a checkpoint and resumed from its state file
 * writes the same results as an uninterrupted run; a state of other settings, or --state on a case whose solver
 * cannot resume, is refused with exit code 2.
 */
class ResumeCaseTest {
    private static final String[] SETTINGS = {"--set", "train.steps=400", "--set", "train.checkpoints=8",
        "--set", "problem.points=40"};

    @TempDir
    Path tmp;

    private String[] args(String... more) {
        String[] a = new String[3 + SETTINGS.length + more.length];
        a[0] = "run";
        a[1] = "gp-smoke";
        a[2] = "--quiet";
        System.arraycopy(SETTINGS, 0, a, 3, SETTINGS.length);
        System.arraycopy(more, 0, a, 3 + SETTINGS.length, more.length);
        return a;
    }

    @Test
    void interruptedRunResumesToTheSameResults() throws Exception {
        Path straight = tmp.resolve("straight");
        assertEquals(0, Jpde.run(args("--out", straight.toString())));

        // an interrupted run: the process dies right after its fourth checkpoint was saved
        Path state = tmp.resolve("state/run.h5");
        SolverCaseSpec spec = (SolverCaseSpec) CaseResolver.loadAny("gp-smoke", List.of("train.steps=400",
                "train.checkpoints=8", "problem.points=40"));
        StateFile file = new StateFile(state, spec.name(), spec.resolvedYaml());
        StateStore dying = new StateStore() {
            int saves;

            @Override
            public RunSnapshot load() {
                return file.load();
            }

            @Override
            public void save(RunSnapshot s) {
                file.save(s);
                if (++saves == 4) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThrows(IllegalStateException.class, () -> spec.solver().create(spec.sections(), spec.seed())
                .run(new ResultFile(), line -> { }, dying));
        try (H5File h5 = H5File.open(state)) {
            assertEquals(150L, ((Number) h5.attribute("/state", "step")).longValue(), "checkpoints every 50 steps");
        }

        Path resumed = tmp.resolve("resumed");
        assertEquals(0, Jpde.run(args("--out", resumed.toString(), "--state", state.toString())));
        try (H5File a = H5File.open(straight.resolve("gp-smoke_s1.h5"));
             H5File b = H5File.open(resumed.resolve("gp-smoke_s1.h5"))) {
            for (String name : new String[] {"error_final", "error_best", "error_min_loss"}) {
                assertEquals(a.doubleAttribute("/", name), b.doubleAttribute("/", name), 0.0, name);
            }
            for (String path : new String[] {"/tasks/u", "/tasks/u_best_loss", "/history/loss", "/history/error",
                "/history/step", "/kernel/x/frequency", "/kernel/x/weight"}) {
                assertArrayEquals(a.readDoubles(path).data(), b.readDoubles(path).data(), 0.0, path);
            }
        }
        try (H5File h5 = H5File.open(state)) {
            assertEquals(400L, ((Number) h5.attribute("/state", "step")).longValue(), "the state ends at the last step");
        }
    }

    @Test
    void aRunGivenAFinishedStateSaysSoAndRewritesOnlyTheResults() throws Exception {
        Path state = tmp.resolve("done.h5");
        assertEquals(0, Jpde.run(args("--out", tmp.resolve("first").toString(), "--state", state.toString())));
        Outcome run = runCapturingErr("run", "gp-smoke", SETTINGS[0], SETTINGS[1], SETTINGS[2], SETTINGS[3],
                SETTINGS[4], SETTINGS[5], "--out", tmp.resolve("again").toString(), "--state", state.toString());
        int code = run.code();
        String text = run.err();
        assertEquals(0, code, text);
        assertTrue(text.contains("continuing from the saved state at step 400"), text);
        try (H5File a = H5File.open(tmp.resolve("first/gp-smoke_s1.h5"));
             H5File b = H5File.open(tmp.resolve("again/gp-smoke_s1.h5"))) {
            assertEquals(a.doubleAttribute("/", "error_final"), b.doubleAttribute("/", "error_final"), 0.0);
        }
    }

    @Test
    void extendingAFinishedRunGivesTheLongerRunBitForBit() throws Exception {
        String[] common = {"run", "gp-smoke", "--quiet", "--set", "problem.points=40"};
        Path straight = tmp.resolve("straight");
        assertEquals(0, Jpde.run(concat(common, "--set", "train.steps=400", "--set", "train.checkpoints=16",
                "--out", straight.toString())));
        Path state = tmp.resolve("ext.h5");
        assertEquals(0, Jpde.run(concat(common, "--set", "train.steps=200", "--set", "train.checkpoints=8",
                "--out", tmp.resolve("short").toString(), "--state", state.toString())));
        String[] longer = concat(common, "--set", "train.steps=400", "--set", "train.checkpoints=16",
                "--state", state.toString());
        assertEquals(2, Jpde.run(concat(longer, "--out", tmp.resolve("refused").toString())),
                "without --extend a state of another budget is refused");
        assertEquals(2, Jpde.run(concat(longer, "--set", "train.learning_rate=0.02", "--extend", "--out",
                tmp.resolve("refused").toString())), "--extend changes only the budget");
        assertEquals(2, Jpde.run(concat(common, "--extend", "--out", tmp.resolve("refused").toString())),
                "--extend needs --state");
        assertFalse(Files.exists(tmp.resolve("refused")));

        Path extended = tmp.resolve("extended");
        assertEquals(0, Jpde.run(concat(longer, "--extend", "--out", extended.toString())));
        try (H5File a = H5File.open(straight.resolve("gp-smoke_s1.h5"));
             H5File b = H5File.open(extended.resolve("gp-smoke_s1.h5"))) {
            for (String name : new String[] {"error_final", "error_best", "error_min_loss"}) {
                assertEquals(a.doubleAttribute("/", name), b.doubleAttribute("/", name), 0.0, name);
            }
            for (String path : new String[] {"/tasks/u", "/history/loss", "/history/error", "/history/step",
                "/kernel/x/frequency"}) {
                assertArrayEquals(a.readDoubles(path).data(), b.readDoubles(path).data(), 0.0, path);
            }
            assertEquals(17, b.readDoubles("/history/step").data().length, "checkpoints every 25 steps, 0 to 400");
        }
        try (H5File h5 = H5File.open(state)) {
            assertEquals(400L, ((Number) h5.attribute("/state", "step")).longValue());
            assertTrue(((String) h5.attribute("/", "case_yaml")).contains("steps: 400"),
                    "the state now belongs to the longer run");
        }
    }

    @Test
    void aSecondStageStateIsNotExtendedPastAMovedChangePoint() throws Exception {
        String[] mix = {"run", "gp-poisson1d-mix", "--quiet", "--set", "problem.points=40", "--set",
            "extra_gp.early_stop=false", "--set", "train.checkpoints=10"};
        Path state = tmp.resolve("mix.h5");
        assertEquals(0, Jpde.run(concat(mix, "--set", "train.steps=200", "--out", tmp.resolve("m1").toString(),
                "--state", state.toString())));
        byte[] before = Files.readAllBytes(state);
        Outcome run = runCapturingErr(concat(mix, "--set", "train.steps=400", "--out",
                tmp.resolve("m2").toString(), "--state", state.toString(), "--extend"));
        int code = run.code();
        String text = run.err();
        assertEquals(2, code, text);
        assertTrue(text.contains("ended at step 20") && text.contains("ends at step 40"), text);
        assertFalse(Files.exists(tmp.resolve("m2/gp-poisson1d-mix_s1.h5")));
        assertArrayEquals(before, Files.readAllBytes(state), "the refused state file is untouched");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void subcommandHelpListsTheStateOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Jpde.run("run", "--help");
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("Usage: jpde run") && text.contains("--state=FILE.h5"), text);
    }

    @Test
    void stateOfOtherSettingsOrANonResumableCaseExitsTwo() throws Exception {
        Path state = tmp.resolve("s.h5");
        assertEquals(0, Jpde.run(args("--out", tmp.resolve("a").toString(), "--state", state.toString())));
        byte[] before = Files.readAllBytes(state);
        Outcome run = runCapturingErr(args("--out", tmp.resolve("b").toString(), "--state", state.toString(),
                "--set", "train.learning_rate=0.02"));
        int code = run.code();
        String text = run.err();
        assertEquals(2, code, text);
        assertTrue(text.contains("s.h5") && text.contains("other settings"), text);
        assertFalse(Files.exists(tmp.resolve("b/gp-smoke_s1.h5")), "no results written");
        assertArrayEquals(before, Files.readAllBytes(state), "the refused state file is untouched");
        assertEquals(2, Jpde.run("run", "nlse-soliton", "--quiet", "--out", tmp.resolve("c").toString(),
                "--state", tmp.resolve("t.h5").toString()));
    }

    /** An exit code and what the run wrote to standard error. */
    private record Outcome(int code, String err) {
    }

    private static Outcome runCapturingErr(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(Jpde.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
