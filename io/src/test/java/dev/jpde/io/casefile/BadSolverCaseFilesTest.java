package dev.jpde.io.casefile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code casefiles/bad-solver/} is a malformed case of the test-only {@link TestSolver}, with its
 * expected error on the first line as in {@link BadCaseFilesTest}. They live apart from {@code casefiles/bad/}
 * because their errors depend on that solver being registered, which only io's tests do.
 */
class BadSolverCaseFilesTest {

    static Stream<Path> badSolverFiles() throws IOException, URISyntaxException {
        return BadCaseFilesTest.yamlFiles("/casefiles/bad-solver");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSolverFiles")
    void reportsTheStatedError(Path file) throws IOException {
        BadCaseFilesTest.assertStatedError(file);
    }

    @Test
    void corpusCoversAtLeastFifteenCases() throws IOException, URISyntaxException {
        assertTrue(badSolverFiles().count() >= 15);
    }
}
