package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.io.casefile.CaseFileException;
import dev.jpde.io.casefile.CaseFiles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GP-HM values that are only wrong in context (an expression that does not parse or uses a variable the problem does
 * not have, lists that do not match the dimension) are reported at their position by the case-file reader, so
 * {@code jpde validate} catches them before anything runs.
 */
class SolverCaseValidationTest {
    private static final String HEAD = "solver: gp-hm\nproblem:\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "  exact: \"sin(10*x)) + 1\"\\n  points: [60]|case.yaml:3:10: problem.exact: column 10: unmatched ')'",
        "  exact: \"sinn(4*x)\"\\n  points: [60]|case.yaml:3:10: problem.exact: column 1: unknown function \"sinn\" (did you mean \"sin\"?)",
        "  exact: \"sin(x)*y\"\\n  points: [60]|case.yaml:3:10: problem.exact: column 8: unknown variable \"y\" (allowed: x)",
        "  pde: advection\\n  exact: \"sin(x-200*t)\"\\n  points: [60]|case.yaml:5:11: problem.points: advection needs two dimensions (x, t)",
        "  exact: \"sin(x)*sin(y)\"\\n  points: [60, 50]\\n  domain: [1, 2, 3]|case.yaml:5:11: problem.domain: give 1 or 2 values, got 3",
        "  exact: \"sin(x)*sin(y)\"\\n  points: [60, 50]\\nkernel: {max_frequency: [1, 2, 3]}|case.yaml:5:25: kernel.max_frequency: give 1 or 2 values, got 3",
        "  exact: \"sin(x)\"\\n  points: [60]\\nkernel: {type: se, init: spectrum}|case.yaml:5:26: kernel.init: spectrum places frequencies, but the se kernel has none; use stm or gm",
        "  exact: \"sin(x)\"\\n  points: [60]\\nkernel: {init: peaks}|case.yaml:5:16: kernel.init: must be one of linspace, spectrum, got \"peaks\"",
        "  exact: \"sin(x)\"\\n  points: [60]\\ntrain: {schedule: decay, final_learning_rate: 0.1}|case.yaml:5:47: train.final_learning_rate: a decay must end below learning_rate 0.01, got 0.1",
        "  exact: \"sin(x)\"\\n  points: [60]\\ntrain: {schedule: decay, decay_start: 1}|case.yaml:5:39: train.decay_start: must be below 1 to leave steps to decay in, got 1.0",
        "  exact: \"sin(x)\"\\n  points: [60]\\nkernel: {min_length_scale: -1}|case.yaml:5:28: kernel.min_length_scale: must be >= 0, got -1",
        "  exact: \"sin(x)\"\\n  points: [60]\\n  fit_on: nodes|case.yaml:5:11: problem.fit_on: must be one of latent, mean, got \"nodes\"",
    })
    void contextErrorsArePositioned(String body, String expected) {
        String text = HEAD + body.replace("\\n", "\n") + "\n";
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.parseAny(text, "case.yaml", List.of()));
        assertEquals(expected, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "problem.exact=\"sin(10*y)\"|--set problem.exact=\"sin(10*y)\": problem.exact: column 8: unknown variable \"y\" (allowed: x)",
    })
    void overridesAreNamedInTheirErrors(String override, String expected) {
        String text = HEAD + "  exact: \"sin(x)\"\n  points: [60]\n";
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFiles.parseAny(text, "case.yaml", List.of(override)));
        assertEquals(expected, e.getMessage());
    }
}
