package dev.jpde.io.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads case files. The format (YAML 1.2; {@code ?} marks an optional key, with its default):
 * <pre>
 * name: nlse-soliton              # ? the file's base name
 * description: "Single soliton"   # ? ""
 * solver: time-stepper            # ? time-stepper: the built-in solver, read in the format below
 * equation: {type: nlse, dispersion: 0.5, nonlinearity: 1.0}   # type: an EquationProvider; other keys: its parameters
 * grid:     {length: 50.0, points: 512, start: -25.0}          # length > 0; points even, >= 4; ? start = -length/2
 * initial:  {type: soliton, amplitude: 2.0}                    # an InitialConditionProvider meant for the equation
 * time:     {start: 0.0, end: 20.0, integrator: dop853, rtol: 1.0e-9}  # ? start = 0; end > start;
 *                                                              # ? integrator = dop853; other keys: its parameters
 * filter:   {type: exponential, strength: 36}                  # ? {type: none}; only for equations that accept one
 * output:   {count: 101, fields: [psi], max_writes: 101}       # ? count = 101 (>= 1); ? fields = [psi] for a complex
 *                                                              # field, [u] for a real one; ? max_writes = count
 * seed: 42                                                     # ? 0; in [0, 2^32)
 * </pre>
 * A case naming another registered {@link dev.jpde.core.spi.SolverProvider} ({@code solver: gp-hm}) has the keys
 * {@code name}, {@code description}, {@code solver}, {@code seed} and the sections that solver declares, each a
 * mapping of that section's parameters (a section whose parameters all have defaults may be left out); list
 * parameters take a flow or block sequence of numbers, or one number:
 * <pre>
 * solver: gp-hm
 * problem: {pde: allen-cahn, exact: "sin(6*x)*cos(100*x)", points: [400, 400]}
 * </pre>
 * {@link #parseAny} and {@link #loadAny} read both kinds; {@link #parse} and {@link #load} only time-stepper cases.
 *
 * <p>Component parameters take the defaults their {@link dev.jpde.core.spi.ParameterSpec}s declare. Every problem is a
 * {@link CaseFileException} whose message is one line, {@code file:line:col: path: message}.
 */
public final class CaseFiles {
    private CaseFiles() {
    }

    /**
     * Reads and validates a time-stepper case file (UTF-8). Errors name the file as {@code file.toString()}.
     *
     * @param overrides {@code path=value} strings, as given to {@code --set}
     * @throws CaseFileException    if the case is malformed or invalid, or is a valid case of another solver (an
     *                              error at its {@code solver} key; read such files with {@link #loadAny})
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CaseSpec load(Path file, List<String> overrides) {
        return parse(read(file), file.toString(), overrides);
    }

    /**
     * Reads and validates a case file (UTF-8) of any solver. Errors name the file as {@code file.toString()}.
     *
     * @param overrides {@code path=value} strings, as given to {@code --set}
     * @return a {@link CaseSpec} for the time stepper, a {@link SolverCaseSpec} for a registered solver
     * @throws CaseFileException    if the case is malformed or invalid
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RunSpec loadAny(Path file, List<String> overrides) {
        return parseAny(read(file), file.toString(), overrides);
    }

    /**
     * Reads and validates a time-stepper case from text.
     *
     * @param sourceName the name errors show (e.g. the resource name); its base name is the default case name
     * @param overrides  {@code path=value} strings, as given to {@code --set}
     * @throws CaseFileException if the case is malformed or invalid, or is a valid case of another solver (an error
     *                           at its {@code solver} key; read such text with {@link #parseAny})
     */
    public static CaseSpec parse(String yamlText, String sourceName, List<String> overrides) {
        return (CaseSpec) read(yamlText, sourceName, overrides, false);
    }

    /**
     * Reads and validates a case of any solver from text.
     *
     * @param sourceName the name errors show (e.g. the resource name); its base name is the default case name
     * @param overrides  {@code path=value} strings, as given to {@code --set}
     * @return a {@link CaseSpec} for the time stepper, a {@link SolverCaseSpec} for a registered solver
     * @throws CaseFileException if the case is malformed or invalid
     */
    public static RunSpec parseAny(String yamlText, String sourceName, List<String> overrides) {
        return read(yamlText, sourceName, overrides, true);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Composes, applies the overrides, and reads the case the {@code solver} key selects. A solver case is validated
     * in full before {@code solverCases == false} rejects it, so a malformed one reports its own error first.
     */
    private static RunSpec read(String yamlText, String sourceName, List<String> overrides, boolean solverCases) {
        Locator locator = new Locator(sourceName);
        Node root = YamlText.compose(yamlText, locator).orElseThrow(() -> CaseFileException.at(sourceName, 1, 1, "",
                "empty case file; expected a mapping of sections (" + String.join(", ", CaseReader.SECTIONS) + ")"));
        if (root instanceof MappingNode mapping) {
            Overrides.apply(mapping, overrides, locator);
            Section top = Section.of(mapping, "", locator);
            SolverCaseReader reader = new SolverCaseReader(new Values(locator));
            Optional<SolverCaseReader.Selected> solver = reader.select(top);
            if (solver.isPresent()) {
                SolverCaseSpec c = reader.read(top, solver.get().provider(), baseName(sourceName));
                if (!solverCases) {
                    String name = c.solver().name();
                    throw locator.error(solver.get().at(), "solver", "this is a " + name + " case; this reader takes"
                            + " time-stepper cases only (read " + name + " cases with CaseFiles.loadAny or parseAny)");
                }
                return new SolverCaseSpec(c.name(), c.description(), c.seed(), c.solver(), c.sections(),
                        ResolvedYaml.write(c));
            }
        }
        CaseSpec c = new CaseReader(Catalog.load(), locator).read(root, baseName(sourceName));
        return new CaseSpec(c.name(), c.description(), c.seed(), c.equation(), c.grid(), c.initial(), c.time(),
                c.filter(), c.fft(), c.output(), ResolvedYaml.write(c));
    }

    /** "cases/nlse-soliton.yaml" gives "nlse-soliton". */
    static String baseName(String sourceName) {
        String s = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
