package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips of whole file sets through {@link FileSetWriter} and {@link FileSetReader}. */
class FileSetWriterTest {

    @TempDir
    Path dir;

    @Test
    void tenWritesWithFourPerSetGiveSetsOfFourFourAndTwoWithExactValues() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "demo", 4);
        Fixtures.Counters counters = new Fixtures.Counters();
        FileSetWriter writer = new FileSetWriter(spec, counters);
        Fixtures.write(writer, spec, counters, 0, 10);
        assertEquals(2, writer.completedSets().size(), "two full sets are on disk before close");
        assertEquals(2, writer.pendingWrites());
        writer.close();
        List<Path> sets = writer.completedSets();
        assertEquals(List.of(dir.resolve("demo_s1.h5"), dir.resolve("demo_s2.h5"),
                dir.resolve("demo_s3.h5")), sets);
        assertEquals(sets, FileSets.list(dir, "demo"));
        int[] writesPerSet = {4, 4, 2};
        int first = 0;
        for (int s = 0; s < 3; s++) {
            try (FileSetReader set = FileSetReader.open(sets.get(s))) {
                int n = writesPerSet[s];
                assertEquals(n, set.writes());
                assertEquals(s + 1, set.setNumber());
                Map<String, Object> attrs = set.rootAttributes();
                assertEquals("0.1.0-test", attrs.get("jpde_version"));
                assertEquals("demo", attrs.get("case_name"));
                assertEquals(Fixtures.META.caseYaml(), attrs.get("case_yaml"));
                assertEquals(42L, attrs.get("seed"));
                assertEquals("2026-11-26T12:00:00Z", attrs.get("created"));
                assertEquals(s + 1, attrs.get("set_number"));
                int writesSoFar = first + n;
                assertEquals(0.125 * writesSoFar, attrs.get("solver_wall_seconds"),
                        "progress is read when the set closes");
                assertEquals(4L * writesSoFar, attrs.get("rhs_evaluations"));
                assertEquals(1e-3, attrs.get("dt_min"));
                assertArrayEquals(spec.x(), set.x());
                assertEquals(0, set.y().length);
                assertEquals(List.of("psi", "u"), set.fieldNames());
                assertEquals(List.of("energy", "mass"), set.diagnosticNames());
                assertTrue(set.isComplex("psi"));
                assertFalse(set.isComplex("u"));
                assertArrayEquals(new int[] {n, 16}, set.task("u").shape());
                assertArrayEquals(new int[] {n, 16, 2}, set.task("psi").shape());
                for (int k = 0; k < n; k++) {
                    int w = first + k;
                    double t = Fixtures.time(w);
                    assertEquals(t, set.t()[k]);
                    assertEquals(10L * w, set.iterations()[k]);
                    assertEquals(0.5 * w, set.wallTimes()[k]);
                    assertArrayEquals(Fixtures.real(spec, t), set.snapshot("u", k));
                    assertArrayEquals(Fixtures.complex(spec, t), set.snapshot("psi", k));
                    assertArrayEquals(Fixtures.complex(spec, t), set.task("psi").slice(k));
                    assertEquals(1 + t, set.diagnostic("mass")[k]);
                    assertEquals(t * t, set.diagnostic("energy")[k]);
                }
                assertDims(set.file());
            }
            first += writesPerSet[s];
        }
    }

    @Test
    void readAllJoinsTheSetsAlongTime() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "demo", 4);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 10);
        }
        FileSetData all = FileSetReader.readAll(dir, "demo");
        assertEquals(3, all.files().size());
        assertEquals(10, all.writes());
        assertArrayEquals(new int[] {10, 16, 2}, all.tasks().get("psi").shape());
        for (int w = 0; w < 10; w++) {
            double t = Fixtures.time(w);
            assertEquals(t, all.t()[w]);
            assertEquals(10L * w, all.iteration()[w]);
            assertArrayEquals(Fixtures.complex(spec, t), all.snapshot("psi", w));
            assertArrayEquals(Fixtures.real(spec, t), all.snapshot("u", w));
            assertEquals(t * t, all.diagnostics().get("energy")[w]);
        }
        assertEquals(List.of(1, 2, 3), all.setAttributes().stream().map(a -> a.get("set_number")).toList());
    }

    @Test
    void setsAreOrderedByNumberNotByName() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "many", 1);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 11);
        }
        List<Path> sets = FileSets.list(dir, "many");
        assertEquals(dir.resolve("many_s10.h5"), sets.get(9));
        assertEquals(dir.resolve("many_s11.h5"), sets.get(10));
        FileSetData all = FileSetReader.readAll(dir, "many");
        for (int w = 0; w < 11; w++) {
            assertEquals(Fixtures.time(w), all.t()[w]);
        }
    }

    @Test
    void twoDimensionalFieldsKeepXMajorOrderAndALastSetOfOneWrite() throws IOException {
        FileSetSpec spec = Fixtures.spec2d(dir, "plane", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 7);
        }
        List<Path> sets = FileSets.list(dir, "plane");
        assertEquals(3, sets.size());
        try (FileSetReader last = FileSetReader.open(sets.get(2))) {
            assertEquals(1, last.writes());
            ShapedArray psi = last.task("psi");
            assertArrayEquals(new int[] {1, 6, 5, 2}, psi.shape());
            assertArrayEquals(spec.y(), last.y());
            double t = Fixtures.time(6);
            double[] x = spec.x();
            double[] y = spec.y();
            // psi[0, i, j, 1] = Im psi(x_i, y_j): x is the slower axis, y the faster.
            assertEquals((1 + t) * Math.sin(2 * x[4] - y[3] - t), psi.get(0, 4, 3, 1));
            assertEquals(Math.sin(x[2] + 0.5 * y[1] - t) + 0.1 * t, last.task("u").get(0, 2, 1));
            assertArrayEquals(Fixtures.complex(spec, t), last.snapshot("psi", 0));
            assertDims(last.file());
            assertEquals("t x y", last.file().stringAttribute("/tasks/u", "dims"));
            assertEquals("t x y c", last.file().stringAttribute("/tasks/psi", "dims"));
        }
        FileSetData all = FileSetReader.readAll(dir, "plane");
        for (int w = 0; w < 7; w++) {
            assertArrayEquals(Fixtures.real(spec, Fixtures.time(w)), all.snapshot("u", w));
        }
    }

    @Test
    void abortKeepsCompletedSetsAndWritesNothingForThePartialOne() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "blowup", 4);
        Fixtures.Counters counters = new Fixtures.Counters();
        FileSetWriter writer = new FileSetWriter(spec, counters);
        RuntimeException failure = assertThrows(IllegalStateException.class, () -> {
            try {
                Fixtures.write(writer, spec, counters, 0, 6);
                throw new IllegalStateException("solution became NaN at step 6");
            } catch (RuntimeException e) {
                writer.abort();
                throw e;
            }
        });
        assertEquals("solution became NaN at step 6", failure.getMessage());
        writer.close();
        assertEquals(List.of(dir.resolve("blowup_s1.h5")), writer.completedSets());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("blowup_s1.h5", "blowup_s1.xmf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial set and no temporary file");
        }
        try (FileSetReader set = FileSetReader.open(dir.resolve("blowup_s1.h5"))) {
            assertEquals(4, set.writes());
            assertArrayEquals(Fixtures.real(spec, Fixtures.time(3)), set.snapshot("u", 3));
        }
        assertThrows(IllegalStateException.class, () -> Fixtures.write(writer, spec, counters, 6, 7));
    }

    @Test
    void theSameDataWrittenTwiceGivesBitIdenticalTasksAndFiles() throws IOException {
        for (String run : List.of("a", "b")) {
            FileSetSpec spec = Fixtures.spec2d(dir.resolve(run), "same", 5);
            Fixtures.Counters counters = new Fixtures.Counters();
            try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
                Fixtures.write(writer, spec, counters, 0, 8);
            }
        }
        for (String name : List.of("same_s1.h5", "same_s2.h5")) {
            try (H5File a = H5File.open(dir.resolve("a").resolve(name));
                 H5File b = H5File.open(dir.resolve("b").resolve(name))) {
                for (String task : a.children("/tasks")) {
                    double[] da = a.readDoubles("/tasks/" + task).data();
                    double[] db = b.readDoubles("/tasks/" + task).data();
                    assertEquals(da.length, db.length);
                    for (int i = 0; i < da.length; i++) {
                        assertEquals(Double.doubleToRawLongBits(da[i]), Double.doubleToRawLongBits(db[i]));
                    }
                }
            }
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(name), dir.resolve("b").resolve(name)),
                    "jhdf writes no timestamps: equal inputs give equal bytes");
        }
    }

    @Test
    void aBadWriteIsRejectedWithoutChangingTheSet() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "strict", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 1);
            double[] u = new double[16];
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(1, 1, 1, Map.of("u", u, "psi", new double[16]), new double[2]));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(1, 1, 1, Map.of("u", u), new double[2]));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(1, 1, 1, Map.of("u", u, "phi", new double[32]), new double[2]));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write(1, 1, 1, Map.of("u", u, "psi", new double[32]), new double[1]));
            assertEquals(1, writer.pendingWrites());
            Fixtures.write(writer, spec, counters, 1, 3);
        }
        try (FileSetReader set = FileSetReader.open(dir.resolve("strict_s1.h5"))) {
            assertArrayEquals(new double[] {0, 0.25, 0.5}, set.t());
        }
    }

    @Test
    void anExistingRunIsNotSilentlyMixedWithANewOne() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "again", 2);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 5);
        }
        Files.writeString(dir.resolve(".again_s4.h5.tmp-leftover"), "partial");
        Files.writeString(dir.resolve("again_sweep_s1.h5"), "another case");
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> new FileSetWriter(spec, counters));
        FileSets.delete(dir, "again");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("again_sweep_s1.h5"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 1);
        }
        assertEquals(1, FileSets.list(dir, "again").size());
    }

    @Test
    void summaryListsAttributesAndDatasetsWithShapesAndDims() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "info", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 3);
        }
        try (FileSetReader set = FileSetReader.open(dir.resolve("info_s1.h5"))) {
            String summary = set.summary();
            assertTrue(summary.contains("case_name"), summary);
            assertTrue(summary.contains("\"case: demo...\" (4 lines"), summary);
            assertTrue(summary.matches("(?s).*/tasks/psi\\s+float64\\s+\\[3, 16, 2]\\s+dims=\"t x c\".*"), summary);
            assertTrue(summary.matches("(?s).*/scales/iteration\\s+int64\\s+\\[3]\\s+dims=\"t\".*"), summary);
        }
    }

    @Test
    void writesWithinASetAllocateNothing() throws IOException {
        FileSetSpec spec = Fixtures.spec2d(dir, "alloc", 1000);
        Fixtures.Counters counters = new Fixtures.Counters();
        Map<String, double[]> fields = Map.of("u", Fixtures.real(spec, 0.5), "psi", Fixtures.complex(spec, 0.5));
        double[] diagnostics = Fixtures.diagnostics(0.5);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            for (int w = 0; w < 500; w++) {
                writer.write(0.5, w, 0, fields, diagnostics);
            }
            long before = threads.getThreadAllocatedBytes(self);
            for (int w = 500; w < 900; w++) {
                writer.write(0.5, w, 0, fields, diagnostics);
            }
            long allocated = threads.getThreadAllocatedBytes(self) - before;
            // One snapshot is 6*5*3 doubles (720 bytes); 400 writes that copied or boxed anything
            // would allocate far more than the few bytes the measurement itself may cost.
            assertTrue(allocated < 256, "400 buffered writes allocated " + allocated + " bytes");
        }
    }

    @Test
    void aTruncatedSetIsReportedAsAnIOException() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "cut", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 3);
        }
        byte[] whole = Files.readAllBytes(dir.resolve("cut_s1.h5"));
        for (int length : new int[] {0, 100, whole.length / 2}) {
            Path cut = dir.resolve("cut" + length + ".h5");
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            assertThrows(IOException.class, () -> FileSetReader.open(cut).close(), "length " + length);
        }
    }

    /** Every dataset of a set carries a {@code dims} label with one word per axis. */
    static void assertDims(H5File file) {
        for (String group : List.of("/scales", "/tasks", "/diagnostics")) {
            for (String name : file.children(group)) {
                String path = group + "/" + name;
                String dims = file.stringAttribute(path, "dims");
                assertEquals(file.shape(path).length, dims.split(" ").length, path + " dims=" + dims);
                if (group.equals("/scales")) {
                    assertEquals(name.equals("x") || name.equals("y") ? name : "t", dims, path);
                } else if (group.equals("/diagnostics")) {
                    assertEquals("t", dims, path);
                }
            }
        }
    }
}
