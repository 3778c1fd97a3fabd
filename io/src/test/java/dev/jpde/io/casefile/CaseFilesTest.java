package dev.jpde.io.casefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.core.grid.PeriodicGrid1D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid case files, the defaults they rely on, and the resolved YAML that round-trips. */
class CaseFilesTest {

    static String resource(String name) {
        try (InputStream in = CaseFilesTest.class.getResourceAsStream("/casefiles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CaseSpec good(String name, String... overrides) {
        return CaseFiles.parse(resource("good/" + name), name, List.of(overrides));
    }

    @Test
    void nlseSolitonReadsEveryValue() {
        CaseSpec c = good("nlse-soliton.yaml");
        assertEquals("nlse-soliton", c.name());
        assertEquals("Single NLSE soliton", c.description());
        assertEquals(42, c.seed());
        assertEquals("nlse", c.equation().name());
        assertEquals(Map.of("dispersion", 0.5, "nonlinearity", 1.0), c.equation().parameters().asMap());
        assertEquals(new GridSpec(-25.0, 50.0, 512), c.grid());
        assertEquals("soliton", c.initial().name());
        assertEquals(List.of(2.0, -10.0, 1.0), List.copyOf(c.initial().parameters().asMap().values()));
        assertEquals(0.0, c.time().start());
        assertEquals(20.0, c.time().end());
        assertEquals("dop853", c.time().integrator().name());
        assertEquals(1e-9, c.time().integrator().parameters().real("rtol"));
        assertEquals(1e-11, c.time().integrator().parameters().real("atol"));
        assertEquals(0.1, c.time().integrator().parameters().real("max_step"));
        assertEquals("exponential", c.filter().name());
        // integers where reals are declared become doubles; the undeclared cutoff takes its default
        assertEquals(Map.of("strength", 36.0, "order", 36.0, "cutoff", 2.0 / 3.0), c.filter().parameters().asMap());
        assertEquals(new OutputSpec(100, List.of("psi"), 100), c.output());
    }

    @Test
    void burgersColeHopfStartsAtZeroWithDefaultsElsewhere() {
        CaseSpec c = good("burgers-cole-hopf.yaml");
        assertEquals("burgers-cole-hopf", c.name()); // from the file name
        assertEquals("Cole-Hopf exact solution", c.description());
        assertEquals(0, c.seed());
        assertEquals(Map.of("viscosity", 0.1, "dealiasing", "two-thirds"), c.equation().parameters().asMap());
        assertEquals(new GridSpec(0.0, 2 * Math.PI, 128), c.grid());
        assertEquals(Map.of("offset", 1.5), c.initial().parameters().asMap());
        assertEquals(0.0, c.time().start());
        assertEquals(2.0, c.time().end());
        assertEquals("etdrk4", c.time().integrator().name());
        assertEquals(Map.of("dt", 1e-3), c.time().integrator().parameters().asMap());
        assertEquals("none", c.filter().name());
        assertEquals(new OutputSpec(21, List.of("u"), 21), c.output());
    }

    @Test
    void minimalCaseTakesEveryDefault() {
        CaseSpec c = good("defaults.yaml");
        assertEquals("defaults", c.name());
        assertEquals("", c.description());
        assertEquals(0, c.seed());
        assertEquals(Map.of("a", 6.0, "b", 1.0, "dealiasing", "padding"), c.equation().parameters().asMap());
        assertEquals(new GridSpec(-20.0, 40.0, 256), c.grid());
        assertEquals(Map.of("speed", 1.0, "position", 0.0), c.initial().parameters().asMap());
        assertEquals(new GridSpec(-20.0, 40.0, 256).toGrid().x(0), c.grid().toGrid().x(0));
        assertEquals(0.0, c.time().start());
        assertEquals("dop853", c.time().integrator().name());
        assertEquals(Map.of("rtol", 1e-9, "atol", 1e-11, "max_step", Double.MAX_VALUE),
                c.time().integrator().parameters().asMap());
        assertEquals("none", c.filter().name());
        assertEquals(new OutputSpec(101, List.of("u"), 101), c.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nlse-soliton.yaml", "burgers-cole-hopf.yaml", "defaults.yaml"})
    void resolvedYamlParsesBackToAnEqualCase(String name) {
        CaseSpec c = good(name);
        CaseSpec again = CaseFiles.parse(c.resolvedYaml(), "resolved.yaml", List.of());
        assertEquals(c, again);
        assertEquals(c.resolvedYaml(), again.resolvedYaml());
    }

    @Test
    void resolvedYamlListsEverySectionAndParameter() {
        assertEquals("""
                name: nlse-soliton
                description: "Single NLSE soliton"
                equation: {type: nlse, dispersion: 0.5, nonlinearity: 1.0}
                grid: {start: -25.0, length: 50.0, points: 512}
                initial: {type: soliton, amplitude: 2.0, position: -10.0, velocity: 1.0}
                time: {start: 0.0, end: 20.0, integrator: dop853, rtol: 1.0E-9, atol: 1.0E-11, max_step: 0.1}
                filter: {type: exponential, strength: 36.0, order: 36.0, cutoff: 0.6666666666666666}
                fft: {type: jtransforms}
                output: {count: 100, fields: [psi], max_writes: 100}
                seed: 42
                """, good("nlse-soliton.yaml").resolvedYaml());
    }

    @Test
    void resolvedYamlQuotesStringsTheCoreSchemaWouldNotReadBack() {
        CaseSpec c = good("defaults.yaml", "name=\"true\"", "description=\"a: b # \\\"c\\\"\\n\"", "seed=4294967295",
                "grid.start=-0.0", "time.end=1.0e300");
        assertEquals("true", c.name());
        assertEquals("a: b # \"c\"\n", c.description());
        assertEquals(c, CaseFiles.parse(c.resolvedYaml(), "resolved.yaml", List.of()));
    }

    @Test
    void loadReadsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-case.yml");
        Files.writeString(file, resource("good/defaults.yaml"));
        assertEquals("my-case", CaseFiles.load(file, List.of()).name());

        Files.writeString(file, "equation: {type: kdv}\ngrid: {length: 40, points: 255}\n");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.load(file, List.of()));
        assertEquals(file + ":2:28: grid.points: must be even, got 255", e.getMessage());
        assertThrows(UncheckedIOException.class, () -> CaseFiles.load(dir.resolve("missing.yaml"), List.of()));
    }

    @Test
    void outputTimesAreLinspaceEndingExactlyAtEnd() {
        TimeSpec t = new TimeSpec(0.1, 0.7, null);
        double[] times = t.outputTimes(7);
        assertEquals(7, times.length);
        assertEquals(0.1, times[0]);
        assertEquals(0.7, times[6]); // exact, not 0.1 + 6 * 0.1
        for (int i = 0; i < 7; i++) {
            assertEquals(0.1 + i * (0.6 / 6), times[i], 1e-15);
        }
        assertArrayEquals(new double[] {0.7}, t.outputTimes(1));
        assertThrows(IllegalArgumentException.class, () -> t.outputTimes(0));
    }

    @Test
    void gridSpecMakesThePeriodicGrid() {
        PeriodicGrid1D g = good("burgers-cole-hopf.yaml").grid().toGrid();
        assertEquals(128, g.size());
        assertEquals(0.0, g.start());
        assertEquals(2 * Math.PI / 128, g.dx());
    }

    @Test
    void filterIsRejectedAlsoWhenTheEquationHasNoDealiasingParameter() {
        String text = "equation: {type: allen-cahn, epsilon: 0.01}\ngrid: {length: 6.28, points: 64}\n"
                + "initial: {type: trigonometric}\ntime: {end: 1}\nfilter: {type: two-thirds}\n";
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFiles.parse(text, "ac.yaml", List.of()));
        assertEquals("ac.yaml:5:16: filter.type: equation allen-cahn takes no filter; remove the filter section or use"
                + " type \"none\"", e.getMessage());
        String none = text.replace("two-thirds}", "none}");
        assertEquals("none", CaseFiles.parse(none, "ac.yaml", List.of()).filter().name());
    }
}
