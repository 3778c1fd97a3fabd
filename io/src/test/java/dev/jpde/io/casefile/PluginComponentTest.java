package dev.jpde.io.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A component from "another jar" (a class loader holding only a {@code META-INF/services} entry for
 * {@link RampInitial}) is found, validated from its own {@link dev.jpde.core.spi.ParameterSpec}s, and written to the
 * resolved YAML, with no change to io.
 */
class PluginComponentTest {
    private static final String CASE = """
            equation: {type: burgers, viscosity: 0.1}
            grid: {length: 6.28, points: 64}
            initial: {type: ramp, slope: 2, %s}
            time: {end: 1}
            """;

    @TempDir
    Path jar;

    private <T> T withPlugin(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            Path services = Files.createDirectories(jar.resolve("META-INF/services"));
            Files.writeString(services.resolve("dev.jpde.core.spi.InitialConditionProvider"),
                    RampInitial.class.getName() + "\n");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
                thread.setContextClassLoader(loader);
                return action.get();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void pluginComponentIsValidatedFromItsDeclarations() {
        CaseSpec c = withPlugin(() -> CaseFiles.parse(CASE.formatted("steps: 5, periodic: false"), "ramp.yaml",
                List.of("initial.shape=smooth")));
        assertEquals("ramp", c.initial().name());
        assertEquals(Map.of("slope", 2.0, "steps", 5L, "periodic", false, "shape", "smooth"),
                c.initial().parameters().asMap());
        assertEquals(c, withPlugin(() -> CaseFiles.parse(c.resolvedYaml(), "resolved.yaml", List.of())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "steps: 2.5|3:40: initial.steps: expected an integer, got 2.5",
        "steps: 0|3:40: initial.steps: must be >= 1, got 0",
        "periodic: yes|3:43: initial.periodic: expected true or false, got \"yes\"",
        "shape: round|3:40: initial.shape: must be one of linear, smooth, got \"round\"",
        "stpes: 4|3:33: initial.stpes: unknown key \"stpes\" for initial condition ramp (did you mean \"steps\"?)",
    })
    void pluginParametersAreCheckedLikeBuiltIns(String entry, String expected) {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> withPlugin(() -> CaseFiles.parse(CASE.formatted(entry), "ramp.yaml", List.of())));
        assertEquals("ramp.yaml:" + expected, e.getMessage().substring(0, Math.min(e.getMessage().length(),
                ("ramp.yaml:" + expected).length())));
    }

    @Test
    void withoutThePluginTheNameIsUnknown() {
        CaseFileException e = assertThrows(CaseFileException.class,
                () -> CaseFiles.parse(CASE.formatted("steps: 5"), "ramp.yaml", List.of()));
        assertEquals("ramp.yaml:3:17: initial.type", e.getMessage().substring(0, e.getMessage().indexOf(": unknown")));
    }
}
