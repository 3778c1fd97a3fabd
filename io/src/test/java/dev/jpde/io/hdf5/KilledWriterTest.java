package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed with SIGKILL ({@link Process#destroyForcibly()}) never leaves a partial
 * file under a final name: every {@code <case>_s<k>.h5} opens and holds all its writes with the
 * right values, and anything else it left is a hidden temporary file.
 */
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void killedInTheMiddleOfASetKeepsTheCompletedSets() throws Exception {
        Process child = start("slow", 4, 15, 64);
        try (Lines lines = new Lines(child)) {
            lines.await("SET 2");
            lines.await("WRITE 9");
        } finally {
            kill(child);
        }
        List<Path> sets = checkDirectory("slow", 4, 64);
        assertEquals(List.of(dir.resolve("slow_s1.h5"), dir.resolve("slow_s2.h5")), sets);
    }

    @Test
    void killedWhileSetsAreBeingWrittenLeavesOnlyCompleteOrTemporaryFiles() throws Exception {
        // Large sets written back to back: the process spends most of its time inside flushes,
        // so the kills land in the middle of jhdf writing, fsync or the rename at least sometimes.
        for (int delayMillis : new int[] {40, 170, 330}) {
            String caseName = "busy" + delayMillis;
            Process child = start(caseName, 2, 0, 40_000);
            try (Lines lines = new Lines(child)) {
                lines.await("SET 1");
                Thread.sleep(delayMillis);
            } finally {
                kill(child);
            }
            List<Path> sets = checkDirectory(caseName, 2, 40_000);
            assertTrue(sets.size() >= 1, "at least the first set survives");
            FileSets.delete(dir, caseName);
        }
    }

    private Process start(String caseName, int maxWrites, int sleepMillis, int nx) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SlowSetWriterMain.class.getName(),
                dir.toString(), caseName, String.valueOf(maxWrites), String.valueOf(sleepMillis),
                String.valueOf(nx))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child did not die");
    }

    /**
     * Checks every file of the case in the directory and returns the final-named sets: they are
     * numbered 1..n without gaps, each holds {@code maxWrites} writes of the analytic series
     * bit-exactly, and their sidecars (if written yet) are well-formed. Other files of the case
     * must be temporary.
     */
    private List<Path> checkDirectory(String caseName, int maxWrites, int nx) throws Exception {
        List<Path> sets = FileSets.list(dir, caseName);
        FileSetSpec spec = SlowSetWriterMain.spec(dir, caseName, maxWrites, nx);
        for (int s = 0; s < sets.size(); s++) {
            assertEquals(dir.resolve(FileSets.setFileName(caseName, s + 1)), sets.get(s));
            try (FileSetReader set = FileSetReader.open(sets.get(s))) {
                assertEquals(maxWrites, set.writes(), sets.get(s) + " is complete");
                assertEquals(s + 1, set.setNumber());
                for (int k = 0; k < maxWrites; k++) {
                    int w = s * maxWrites + k;
                    double t = Fixtures.time(w);
                    assertEquals(10L * w, set.iterations()[k]);
                    assertArrayEquals(Fixtures.real(spec, t), set.snapshot("u", k));
                    assertArrayEquals(Fixtures.complex(spec, t), set.snapshot("psi", k));
                }
            }
            Path xmf = dir.resolve(FileSets.sidecarFileName(caseName, s + 1));
            if (Files.exists(xmf)) {
                assertNotNull(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xmf.toFile()));
            } else {
                assertEquals(sets.size() - 1, s, "only the newest set may still lack its sidecar");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.startsWith(caseName + "_s") || name.startsWith("." + caseName + "_s");
                if (ours && !sets.contains(p) && !name.endsWith(".xmf")) {
                    assertTrue(FileSets.isTemporary(name), "unexpected file " + name);
                }
            }
        }
        return sets;
    }

    /** The child's stdout, line by line, with a deadline. */
    private static final class Lines implements AutoCloseable {
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread pump;

        Lines(Process child) {
            pump = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        queue.add(line);
                    }
                } catch (IOException ignored) {
                    // the child was killed
                }
                queue.add("EOF");
            }, "child-stdout");
            pump.setDaemon(true);
            pump.start();
        }

        void await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String line = queue.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                seen.add(line);
                if (line.equals(expected)) {
                    return;
                }
                if (line.equals("EOF")) {
                    break;
                }
            }
            fail("child never printed '" + expected + "'; saw " + seen);
        }

        @Override
        public void close() {
            pump.interrupt();
        }
    }
}
