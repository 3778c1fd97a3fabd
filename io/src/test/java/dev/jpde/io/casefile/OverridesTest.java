package dev.jpde.io.casefile;

import static dev.jpde.io.casefile.CaseFilesTest.good;
import static dev.jpde.io.casefile.CaseFilesTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --set path=value} overrides: applied before validation, validated the same way, errors name the override. */
class OverridesTest {

    @Test
    void overridesReplaceValuesAsYamlScalars() {
        CaseSpec c = good("nlse-soliton.yaml", "time.rtol=1e-8", "grid.points=256", "name=\"quoted name\"", "seed=7");
        assertEquals(1e-8, c.time().integrator().parameters().real("rtol"));
        assertEquals(256, c.grid().points());
        assertEquals("quoted name", c.name());
        assertEquals(7, c.seed());
    }

    @Test
    void overridesAddKeysAndSectionsAbsentFromTheFile() {
        CaseSpec c = good("defaults.yaml", "time.max_step=0.05", "output.count=11", "output.fields=[u]", "seed=3");
        assertEquals(0.05, c.time().integrator().parameters().real("max_step"));
        assertEquals(new OutputSpec(11, List.of("u"), 11), c.output());
        assertEquals(3, c.seed());
    }

    @Test
    void changingAComponentKeepsParametersItShares() {
        CaseSpec c = good("burgers-cole-hopf.yaml", "initial.type=trigonometric");
        assertEquals("trigonometric", c.initial().name());
        assertEquals(1.5, c.initial().parameters().real("offset"));
    }

    @Test
    void theLaterOfTwoOverridesWins() {
        assertEquals(128, good("nlse-soliton.yaml", "grid.points=256", "grid.points=128").grid().points());
    }

    @Test
    void overriddenCaseRoundTripsThroughResolvedYaml() {
        CaseSpec c = good("nlse-soliton.yaml", "initial={type: two-soliton}", "filter={type: two-thirds}",
                "time={end: 5, integrator: strang, dt: 0.01}");
        assertEquals("two-soliton", c.initial().name());
        assertEquals("two-thirds", c.filter().name());
        assertEquals(Map.of("dt", 0.01), c.time().integrator().parameters().asMap());
        assertEquals(c, CaseFiles.parse(c.resolvedYaml(), "x.yaml", List.of()));
    }

    @Test
    void anErrorAnOverrideCausesNamesTheOverride() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> good("nlse-soliton.yaml", "time.rtol=-1"));
        assertEquals("--set time.rtol=-1: time.rtol: must be > 0, got -1", e.getMessage());
        assertEquals("nlse-soliton.yaml", e.file());
        assertEquals("--set time.rtol=-1", e.override().orElseThrow());
        assertEquals(0, e.line());
        assertEquals(0, e.column());
        assertEquals("time.rtol", e.path());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a quoted number stays a string
        "equation.a=\"0.5\"|--set equation.a=\"0.5\": equation.a: expected a number, got \"0.5\"",
        "grid.points=256x|--set grid.points=256x: grid.points: expected an integer, got \"256x\"",
        "grid.points=no|--set grid.points=no: grid.points: expected an integer, got \"no\"",
        "grid.points=|--set grid.points=: grid.points: expected an integer, got nothing (null)",
        "grid.pionts=256|--set grid.pionts=256: grid.pionts: unknown key \"pionts\" (did you mean \"points\"?); known: start, length, points",
        "time.integrator=dop835|--set time.integrator=dop835: time.integrator: unknown integrator \"dop835\" (did you mean \"dop853\"?); known: dop853, etdrk4, rk4, split-step4, ssprk3, strang",
        "time.end=-3|--set time.end=-3: time.end: must be > time.start (0.0), got -3",
        "filter.type=exponential|--set filter.type=exponential: filter.type: equation kdv takes no filter (it dealiases its own nonlinearity: set equation.dealiasing, one of none, two-thirds, padding); remove the filter section or use type \"none\"",
        "problem.exact=\"sin(6*x)\"|--set problem.exact=\"sin(6*x)\": problem: unknown key \"problem\"; known: name, description, solver, equation, grid, initial, time, filter, fft, output, seed",
        "grid.points.x=1|--set grid.points.x=1: grid.points: cannot set grid.points.x: grid.points is not a mapping (it is 256)",
        "grid.points|--set grid.points: grid.points: expected path=value, e.g. time.rtol=1e-8",
        "=3|--set =3: <root>: expected path=value, e.g. time.rtol=1e-8",
        "grid..points=3|--set grid..points=3: grid..points: empty name in dotted path",
        "grid.points=[1|--set grid.points=[1: grid.points: invalid value: expected ',' or ']', but got <stream end> (while parsing a flow sequence at 1:1)",
        "output={count: 1, count: 2}|--set output={count: 1, count: 2}: output.count: duplicate key \"count\"",
    })
    void overrideErrors(String override, String message) {
        CaseFileException e = assertThrows(CaseFileException.class, () -> good("defaults.yaml", override));
        assertTrue(e.getMessage().startsWith(message), () -> "expected <" + message + "> got <" + e.getMessage() + ">");
        assertEquals("--set " + override, e.override().orElseThrow());
    }

    @Test
    void aMissingParameterAfterChangingTheIntegratorIsReportedAtTheFileSection() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFiles.parse(resource("good/defaults.yaml"), "d.yaml", List.of("time.integrator=rk4")));
        assertEquals("d.yaml:5:7: time.dt: missing required parameter \"dt\" of integrator rk4: a number, time step"
                + " (each output interval is split into equal steps no larger)", e.getMessage());
    }

    @Test
    void aParameterLeftOverFromTheFileIsReportedWhereTheFileHasIt() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> good("nlse-soliton.yaml", "initial.type=pulse"));
        assertTrue(e.getMessage().startsWith("nlse-soliton.yaml:5:43: initial.position: unknown key \"position\" for"
                + " initial condition pulse"), e.getMessage());
    }
}
