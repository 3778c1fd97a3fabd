package dev.jpde.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code casefiles/bad/} is a malformed case whose first line states the error it must produce:
 * {@code # expect: <line>:<col>: <path>: <message substring>}. Position and path are exact; the message must
 * contain the substring; the whole message is {@code <file>:<line>:<col>: <path>: ...} on one line.
 */
class BadCaseFilesTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+): (\\S+): (.*)");

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        return yamlFiles("/casefiles/bad");
    }

    static Stream<Path> yamlFiles(String resourceDir) throws IOException, URISyntaxException {
        Path dir = Path.of(BadCaseFilesTest.class.getResource(resourceDir).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsTheStatedError(Path file) throws IOException {
        assertStatedError(file);
    }

    /**
     * Checks the file's stated error, from {@link CaseFiles#parse} and from {@link CaseFiles#parseAny} alike (a solver
     * case is validated in full before {@code parse} would turn it away).
     */
    static void assertStatedError(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        Matcher expect = EXPECT.matcher(firstLine);
        assertTrue(expect.matches(), "first line must be '# expect: line:col: path: message': " + firstLine);
        String name = file.getFileName().toString();

        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.parse(text, name, List.of()));
        CaseFileException any = assertThrows(CaseFileException.class, () -> CaseFiles.parseAny(text, name, List.of()));
        assertEquals(e.getMessage(), any.getMessage());

        String message = e.getMessage();
        String prefix = name + ":" + expect.group(1) + ":" + expect.group(2) + ": " + expect.group(3) + ": ";
        assertTrue(message.startsWith(prefix), () -> "expected prefix <" + prefix + "> in <" + message + ">");
        assertTrue(message.substring(prefix.length()).contains(expect.group(4)),
                () -> "expected <" + expect.group(4) + "> in <" + message + ">");
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
        assertEquals(name, e.file());
        assertEquals(Integer.parseInt(expect.group(1)), e.line());
        assertEquals(Integer.parseInt(expect.group(2)), e.column());
        assertEquals(expect.group(3), e.path());
        assertTrue(e.override().isEmpty());
    }

    @Test
    void corpusCoversAtLeastThirtyCases() throws IOException, URISyntaxException {
        assertTrue(badFiles().count() >= 30);
    }
}
