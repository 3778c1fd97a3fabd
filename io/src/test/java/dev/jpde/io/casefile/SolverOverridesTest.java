package dev.jpde.io.casefile;

import static dev.jpde.io.casefile.SolverCaseFilesTest.solverCase;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --set} overrides on solver cases: lists as a flow sequence or one number, expressions, errors by override. */
class SolverOverridesTest {

    @Test
    void aQuotedExpressionReplacesTheExactSolutionAndRoundTrips() {
        SolverCaseSpec c = solverCase("solver-1d.yaml", "problem.exact=\"sin(40*x)\"");
        assertEquals("sin(40*x)", c.sections().get("problem").text("exact"));
        assertEquals(c, CaseFiles.parseAny(c.resolvedYaml(), "resolved.yaml", List.of()));
        // the core schema reads an unquoted expression as a string too
        assertEquals("exp(-x)*sin(x)", solverCase("solver-1d.yaml", "problem.exact=exp(-x)*sin(x)")
                .sections().get("problem").text("exact"));
    }

    @Test
    void aListParameterTakesOneNumberOrAFlowList() {
        assertArrayEquals(new long[] {300},
                solverCase("solver-2d.yaml", "problem.points=300").sections().get("problem").integers("points"));
        assertArrayEquals(new long[] {100, 100},
                solverCase("solver-1d.yaml", "problem.points=[100,100]").sections().get("problem").integers("points"));
        assertArrayEquals(new double[] {1.0, 2.5}, solverCase("solver-1d.yaml", "problem.domain=[1, 2.5]")
                .sections().get("problem").reals("domain"));
    }

    @Test
    void overridesAddSectionsAbsentFromTheFileAndCanChangeTheSolver() {
        SolverCaseSpec c = solverCase("solver-defaults.yaml", "train.steps=5", "kernel={type: matern}", "seed=3");
        assertEquals(5, c.sections().get("train").integer("steps"));
        assertEquals("matern", c.sections().get("kernel").text("type"));
        assertEquals(3, c.seed());
        // naming the time stepper reads the same file as a time-stepper case
        CaseFileException e = assertThrows(CaseFileException.class, () -> solverCase("solver-1d.yaml",
                "solver=time-stepper"));
        assertEquals("solver-1d.yaml:5:1: problem: unknown key \"problem\"; known: name, description, solver,"
                + " equation, grid, initial, time, filter, fft, output, seed", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "problem.points=[100,2]|--set problem.points=[100,2]: problem.points[1]: element 1 must be >= 3, got 2",
        "problem.points=[100, x]|--set problem.points=[100, x]: problem.points[1]: expected an integer, got \"x\"",
        "problem.points=2|--set problem.points=2: problem.points: must be >= 3, got 2",
        "problem.points=[]|--set problem.points=[]: problem.points: expected an integer or a list of integers, got an empty list",
        "kernel.max_frequency=[1, -1.5]|--set kernel.max_frequency=[1, -1.5]: kernel.max_frequency[1]: element 1 must be > 0, got -1.5",
        "problem.exact=1.5|--set problem.exact=1.5: problem.exact: expected a string, got 1.5",
        "train.stpes=3|--set train.stpes=3: train.stpes: unknown key \"stpes\" in section train of solver test-solver (did you mean \"steps\"?)",
        "solver=test-solvr|--set solver=test-solvr: solver: unknown solver \"test-solvr\" (did you mean \"test-solver\"?)",
    })
    void anErrorAnOverrideCausesNamesTheOverride(String override, String message) {
        CaseFileException e = assertThrows(CaseFileException.class, () -> solverCase("solver-1d.yaml", override));
        assertEquals(message, e.getMessage().substring(0, Math.min(message.length(), e.getMessage().length())));
        assertEquals("--set " + override, e.override().orElseThrow());
    }
}
