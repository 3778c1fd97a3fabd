package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import dev.jpde.core.run.SimulationObserver;
import dev.jpde.io.casefile.CaseSpec;
import dev.jpde.io.hdf5.FileSetData;
import dev.jpde.io.hdf5.FileSetReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line and the runner end to end: named cases, HDF5 round trips, bad input, blow-ups, determinism. */
class CommandLineTest {
    @TempDir
    Path tmp;

    /** The named time-stepping cases (solver cases have their own tests). */
    static Stream<String> namedCases() {
        return NamedCases.names().stream().filter(n -> CaseResolver.loadAny(n, List.of()) instanceof CaseSpec);
    }

    /** A tenth of the case's time span and 6 outputs in sets of 4, so every case is quick and writes two sets. */
    private static List<String> shortened(String name) {
        CaseSpec full = CaseResolver.load(name, List.of());
        double end = full.time().start() + (full.time().end() - full.time().start()) / 10;
        return List.of("time.end=" + end, "output.count=6", "output.max_writes=4");
    }

    @ParameterizedTest
    @MethodSource("namedCases")
    void everyNamedCaseRunsAndReadsBackExactly(String name) throws Exception {
        CaseSpec spec = CaseResolver.load(name, shortened(name));
        List<double[]> held = new ArrayList<>();
        List<double[]> diagnostics = new ArrayList<>();
        CaseRunner.Result result = CaseRunner.run(spec, tmp, new SimulationObserver() {
            @Override
            public void output(int index, double t, long step, double[] field, double[] d) {
                held.add(field.clone());
                diagnostics.add(d.clone());
            }
        });
        assertEquals(2, result.files().size(), "6 writes in sets of 4");
        FileSetData data = FileSetReader.readAll(tmp, spec.name());
        String field = data.tasks().keySet().iterator().next();
        assertEquals(6, data.writes());
        for (int w = 0; w < 6; w++) {
            assertArrayEquals(held.get(w), data.snapshot(field, w), name + " write " + w);
        }
        List<String> names = result.summary().diagnosticNames();
        for (int i = 0; i < names.size(); i++) {
            double[] stored = data.diagnostics().get(names.get(i));
            for (int w = 0; w < 6; w++) {
                assertEquals(diagnostics.get(w)[i], stored[w], 0.0, names.get(i));
            }
        }
        assertTrue(Files.exists(tmp.resolve(spec.name() + "_s1.xmf")), "XDMF sidecar");
        if (spec.initial().provider().name().matches("soliton|akhmediev|cole-hopf|kdv-soliton")) {
            assertTrue(result.summary().maxError() < 1e-6, name + " error vs exact " + result.summary().maxError());
        }
    }

    @Test
    void h5pyAndH5dumpReadWhatTheSolverHeld() throws Exception {
        assertEquals(0, Jpde.run("run", "nlse-soliton", "--quiet", "--out", tmp.toString(),
                "--set", "time.end=1.0", "--set", "output.count=11"));
        Path file = tmp.resolve("nlse-soliton_s1.h5");
        double[] data = FileSetReader.readAll(tmp, "nlse-soliton").tasks().get("psi").data();
        ByteBuffer bytes = ByteBuffer.allocate(8 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : data) {
            bytes.putDouble(v);
        }
        String javaHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        String python = System.getenv().getOrDefault("JPDE_PYTHON", "/usr/bin/python3");
        String script = "import h5py, hashlib, numpy as np, sys\n"
                + "f = h5py.File(sys.argv[1], 'r')\n"
                + "a = np.ascontiguousarray(f['tasks/psi'][...], dtype='<f8')\n"
                + "print(hashlib.sha256(a.tobytes()).hexdigest(), f.attrs['case_name'].decode() if isinstance(f.attrs['case_name'], bytes) else f.attrs['case_name'], f['tasks/psi'].attrs['dims'].decode() if isinstance(f['tasks/psi'].attrs['dims'], bytes) else f['tasks/psi'].attrs['dims'])\n";
        String out = exec(python, "-c", script, file.toString());
        assertEquals(javaHash + " nlse-soliton t x c", out.strip());
        assertTrue(exec("h5dump", "-H", file.toString()).contains("DATASET \"psi\""));
    }

    @Test
    void malformedCaseFileExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, NamedCases.text("nlse-soliton").orElseThrow().replace("points: 512", "points: 511"));
        Path out = tmp.resolve("out");
        Captured c = capture(() -> Jpde.run("run", bad.toString(), "--out", out.toString()));
        assertEquals(2, c.code);
        assertTrue(c.err.strip().matches(".*bad\\.yaml:\\d+:\\d+: grid\\.points: .*"), c.err);
        assertEquals(1, c.err.strip().lines().count(), c.err);
        assertFalse(Files.exists(out), "no output for a bad case");
        assertEquals(2, Jpde.run("validate", bad.toString()));
        assertEquals(2, Jpde.run("run", "no-such-case"));
        assertEquals(2, Jpde.run("frobnicate"));
    }

    @Test
    void blowUpExitsOneNamingTimeAndStepAndKeepsCompletedSets() throws Exception {
        // RK4 with dt far beyond its stability limit for nu k^2 = 0.1 * 256^2: the state overflows within a few steps
        Path out = tmp.resolve("blow");
        Captured c = capture(() -> Jpde.run("run", "burgers-cole-hopf", "--out", out.toString(), "--quiet",
                "--set", "time={start: 0.0, end: 2.0, integrator: rk4, dt: 0.004}",
                "--set", "output.count=201", "--set", "output.max_writes=2"));
        assertEquals(1, c.code, c.err);
        assertTrue(c.err.matches("(?s).*non-finite.*t = [0-9.e+-]+, step \\d+.*"), c.err);
        List<Path> sets;
        try (Stream<Path> s = Files.list(out)) {
            sets = s.filter(p -> p.toString().endsWith(".h5")).toList();
        }
        assertFalse(sets.isEmpty(), "sets completed before the blow-up stay");
        for (Path p : sets) {
            try (FileSetReader r = FileSetReader.open(p)) {
                assertEquals(2, r.writes());
            }
        }
    }

    @Test
    void sameCaseAndSeedTwiceGivesBitIdenticalTasks() throws Exception {
        for (String run : List.of("a", "b")) {
            assertEquals(0, Jpde.run("run", "nlse-mi", "--quiet", "--out", tmp.resolve(run).toString(),
                    "--set", "time.end=1.0", "--set", "output.count=5"));
        }
        double[] a = FileSetReader.readAll(tmp.resolve("a"), "nlse-mi").tasks().get("psi").data();
        double[] b = FileSetReader.readAll(tmp.resolve("b"), "nlse-mi").tasks().get("psi").data();
        assertArrayEquals(a, b);
    }

    @Test
    void plotWritesAValidPng() throws Exception {
        assertEquals(0, Jpde.run("run", "kdv-soliton", "--quiet", "--out", tmp.toString(), "--set", "time.end=0.5"));
        Path png = tmp.resolve("plot.png");
        assertEquals(0, Jpde.run("plot", tmp.toString(), "--out", png.toString()));
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 500 && image.getHeight() > 300);
    }

    @Test
    void listAndDescribeWork() {
        Captured c = capture(() -> Jpde.run("list", "--components"));
        assertEquals(0, c.code);
        for (String name : List.of("nlse-two-soliton", "burgers-grf", "dop853", "etdrk4", "cole-hopf", "exponential")) {
            assertTrue(c.out.contains(name), name);
        }
        Captured d = capture(() -> Jpde.run("describe", "nlse-akhmediev"));
        assertTrue(d.out.contains("type: akhmediev"));
    }

    private record Captured(int code, String out, String err) {
    }

    private interface Call {
        int run() throws Exception;
    }

    private static Captured capture(Call call) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = call.run();
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
        return out;
    }
}
