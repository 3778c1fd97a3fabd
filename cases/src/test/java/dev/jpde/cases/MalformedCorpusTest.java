package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed case file of io's corpus, run through {@code jpde run}: exit code 2, one positioned line on stderr,
 * and no output written.
 */
class MalformedCorpusTest {
    private static final Path CORPUS = Path.of("..", "io", "src", "test", "resources", "casefiles", "bad");

    @TempDir
    Path tmp;

    static Stream<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(files.size() >= 30, "corpus has " + files.size() + " files");
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void badCaseFileExitsTwoWithOneLineAndNoOutput(Path file) {
        Path out = tmp.resolve("out");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Jpde.run("run", file.toString(), "--out", out.toString(), "--quiet");
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.matches("jpde: .*" + java.util.regex.Pattern.quote(file.getFileName().toString())
                + ":\\d+:\\d+: .*"), message);
        assertFalse(Files.exists(out), "no output directory for a bad case");
    }
}
