package dev.jpde.io.casefile;

import static dev.jpde.io.casefile.CaseFilesTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.spi.NamedComponent;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.ResultRecorder;
import dev.jpde.core.spi.SectionSpec;
import dev.jpde.core.spi.SolverProvider;
import dev.jpde.core.spi.SolverRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases that name a registered solver ({@link TestSolver}, registered in io's test resources): sections read from
 * the solver's declarations, list parameters, defaults, the resolved YAML that round-trips, and the split between
 * {@link CaseFiles#parse} (time stepper only) and {@link CaseFiles#parseAny}.
 */
class SolverCaseFilesTest {

    static SolverCaseSpec solverCase(String name, String... overrides) {
        return assertInstanceOf(SolverCaseSpec.class,
                CaseFiles.parseAny(resource("good/" + name), name, List.of(overrides)));
    }

    @Test
    void oneDimensionalCaseReadsEveryValueAndAScalarAsAListOfOne() {
        SolverCaseSpec c = solverCase("solver-1d.yaml");
        assertEquals("poisson-1d", c.name());
        assertEquals("1-D Poisson with two scales", c.description());
        assertEquals(7, c.seed());
        assertEquals("test-solver", c.solver().name());
        assertEquals(List.of("problem", "kernel", "train"), List.copyOf(c.sections().keySet()));
        Parameters problem = c.sections().get("problem");
        assertEquals("poisson", problem.text("pde"));
        assertEquals("sin(6*x)*cos(100*x)", problem.text("exact"));
        assertArrayEquals(new double[] {6.283185307179586}, problem.reals("domain"));
        assertArrayEquals(new long[] {400}, problem.integers("points"));
        Parameters kernel = c.sections().get("kernel");
        assertEquals("gm", kernel.text("type"));
        assertEquals(10, kernel.integer("components"));
        assertArrayEquals(new double[] {120.0}, kernel.reals("max_frequency")); // an int in a list of reals widens
        assertEquals(Map.of("steps", 500L, "learning_rate", 0.02, "checkpoints", 20L),
                c.sections().get("train").asMap());
    }

    @Test
    void twoDimensionalCaseReadsFlowAndBlockLists() {
        SolverCaseSpec c = solverCase("solver-2d.yaml");
        Parameters problem = c.sections().get("problem");
        assertEquals("allen-cahn", problem.text("pde"));
        assertArrayEquals(new double[] {6.283185307179586, 3.0}, problem.reals("domain"));
        assertArrayEquals(new long[] {400, 200}, problem.integers("points"));
        assertArrayEquals(new double[] {20.0, 30.5}, c.sections().get("kernel").reals("max_frequency"));
    }

    @Test
    void absentSectionsAndKeysTakeTheDeclaredDefaults() {
        SolverCaseSpec c = solverCase("solver-defaults.yaml");
        assertEquals("solver-defaults", c.name());
        assertEquals("", c.description());
        assertEquals(0, c.seed());
        assertEquals("poisson", c.sections().get("problem").text("pde"));
        assertArrayEquals(new double[] {2 * Math.PI}, c.sections().get("problem").reals("domain"));
        Parameters kernel = c.sections().get("kernel");
        assertEquals("stm", kernel.text("type"));
        assertEquals(30, kernel.integer("components"));
        assertArrayEquals(new double[] {20.0}, kernel.reals("max_frequency"));
        assertEquals(Map.of("steps", 1000L, "learning_rate", 0.01, "checkpoints", 20L),
                c.sections().get("train").asMap());
    }

    @Test
    void resolvedYamlListsEverySectionAndParameterInDeclaredOrder() {
        assertEquals("""
                name: poisson-1d
                description: "1-D Poisson with two scales"
                solver: test-solver
                problem: {pde: poisson, exact: "sin(6*x)*cos(100*x)", domain: [6.283185307179586], points: [400]}
                kernel: {type: gm, components: 10, max_frequency: [120.0]}
                train: {steps: 500, learning_rate: 0.02, checkpoints: 20}
                seed: 7
                """, solverCase("solver-1d.yaml").resolvedYaml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"solver-1d.yaml", "solver-2d.yaml", "solver-defaults.yaml", "solver-refine.yaml"})
    void resolvedYamlParsesBackToAnEqualCase(String name) {
        SolverCaseSpec c = solverCase(name);
        RunSpec again = CaseFiles.parseAny(c.resolvedYaml(), "resolved.yaml", List.of());
        assertEquals(c, again);
        assertEquals(c.hashCode(), again.hashCode());
        assertEquals(c.resolvedYaml(), again.resolvedYaml());
    }

    @Test
    void anOptionalSectionIsPassedOnlyWhenGivenAndThenWithItsDefaults() {
        assertEquals(List.of("problem", "kernel", "train"), List.copyOf(solverCase("solver-1d.yaml").sections().keySet()));
        SolverCaseSpec given = solverCase("solver-refine.yaml");
        assertEquals(List.of("problem", "kernel", "train", "refine"), List.copyOf(given.sections().keySet()));
        assertEquals(Map.of("change_point", 0.1, "early_stop", true), given.sections().get("refine").asMap());
        assertEquals("refine: {change_point: 0.1, early_stop: true}",
                given.resolvedYaml().lines().filter(l -> l.startsWith("refine")).findFirst().orElseThrow());
        RunSpec again = CaseFiles.parseAny(given.resolvedYaml(), "resolved.yaml", List.of());
        assertEquals(given, again);
    }

    @Test
    void anOptionalSectionIsSwitchedOnAndOffByOverridesAndNull() {
        SolverCaseSpec on = solverCase("solver-1d.yaml", "refine.change_point=0.25");
        assertEquals(0.25, on.sections().get("refine").real("change_point"));
        assertEquals(List.of("problem", "kernel", "train"),
                List.copyOf(solverCase("solver-refine.yaml", "refine=null").sections().keySet()));
        String text = resource("good/solver-refine.yaml").replace("{change_point: 0.1}", "~");
        SolverCaseSpec off = assertInstanceOf(SolverCaseSpec.class, CaseFiles.parseAny(text, "off.yaml", List.of()));
        assertEquals(List.of("problem", "kernel", "train"), List.copyOf(off.sections().keySet()));
    }

    @Test
    void equalityComparesListsByElement() {
        SolverCaseSpec c = solverCase("solver-2d.yaml");
        assertEquals(c, solverCase("solver-2d.yaml"));
        assertNotEquals(c, solverCase("solver-2d.yaml", "problem.points=[400, 201]"));
        assertNotEquals(c, solverCase("solver-2d.yaml", "kernel.max_frequency=[20, 30.25]"));
        assertTrue(c.toString().contains("points=[400, 200]"), c.toString());
    }

    @Test
    void theRunIsMadeFromTheSectionsAndSeed() {
        SolverCaseSpec c = solverCase("solver-2d.yaml", "seed=11");
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<String> progress = new ArrayList<>();
        ResultRecorder recorder = new ResultRecorder() {
            @Override
            public void dataset(String path, double[] data, int[] shape, String dims) {
                throw new AssertionError("no datasets expected");
            }

            @Override
            public void attribute(String path, String name, Object value) {
                attributes.put(path + name, value);
            }
        };
        String summary = c.solver().create(c.sections(), c.seed()).run(recorder, progress::add);
        assertEquals("allen-cahn on [400, 200] points, kernel stm, seed 11", summary);
        assertArrayEquals(new long[] {400, 200}, (long[]) attributes.get("/points"));
        assertEquals("sin(x)*sin(y)", attributes.get("/exact"));
        assertEquals(List.of("trained"), progress);
    }

    @Test
    void parseTurnsAwayAValidSolverCaseAtItsSolverKey() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFiles.parse(resource("good/solver-1d.yaml"), "solver-1d.yaml", List.of()));
        assertEquals("solver-1d.yaml:4:9: solver: this is a test-solver case; this reader takes time-stepper cases"
                + " only (read test-solver cases with CaseFiles.loadAny or parseAny)", e.getMessage());
    }

    @Test
    void timeStepperNamedExplicitlyIsTheSameCaseAsNoSolverKey() {
        String text = resource("good/nlse-soliton.yaml");
        CaseSpec plain = CaseFiles.parse(text, "nlse-soliton.yaml", List.of());
        assertEquals(plain, CaseFiles.parse("solver: time-stepper\n" + text, "nlse-soliton.yaml", List.of()));
        assertEquals(plain, CaseFiles.parseAny(text, "nlse-soliton.yaml", List.of()));
        assertEquals(plain, CaseFiles.parseAny(text, "nlse-soliton.yaml", List.of("solver=time-stepper")));
    }

    @Test
    void loadAnyReadsEitherKindOfFile(@TempDir Path dir) throws IOException {
        Path solver = dir.resolve("gp.yaml");
        Files.writeString(solver, resource("good/solver-2d.yaml"));
        assertEquals(solverCase("solver-2d.yaml").sections().keySet(),
                assertInstanceOf(SolverCaseSpec.class, CaseFiles.loadAny(solver, List.of())).sections().keySet());
        assertEquals("gp", CaseFiles.loadAny(solver, List.of()).name());
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.load(solver, List.of()));
        assertEquals(solver + ":2:9: solver", e.getMessage().substring(0, e.getMessage().indexOf(": this is")));

        Path stepper = dir.resolve("kdv.yaml");
        Files.writeString(stepper, resource("good/defaults.yaml"));
        assertEquals(CaseFiles.load(stepper, List.of()), CaseFiles.loadAny(stepper, List.of()));
    }

    @Test
    void aSolverDeclaringASectionThatClashesWithATopLevelKeyIsAProgrammingError() {
        final class Clashing extends NamedComponent implements SolverProvider {
            Clashing() {
                super("clashing", "declares a section named seed");
            }

            @Override
            public List<SectionSpec> sections() {
                return List.of(new SectionSpec("seed", "clashes", List.of()));
            }

            @Override
            public SolverRun create(Map<String, Parameters> sections, long seed) {
                throw new UnsupportedOperationException();
            }
        }
        SolverProvider clashing = new Clashing();
        Locator locator = new Locator("x.yaml");
        Section top = Section.empty("", locator);
        assertThrows(IllegalStateException.class, () -> new SolverCaseReader(new Values(locator))
                .read(top, clashing, "x"));
    }
}
