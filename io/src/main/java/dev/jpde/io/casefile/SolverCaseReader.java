package dev.jpde.io.casefile;

import dev.jpde.core.spi.ComponentRegistry;
import dev.jpde.core.spi.InvalidParameterException;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.SectionSpec;
import dev.jpde.core.spi.SolverProvider;
import dev.jpde.core.spi.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The walk over a case that names a registered solver ({@code solver: NAME}): its top-level keys are {@code name},
 * {@code description}, {@code solver}, {@code seed} and the sections the {@link SolverProvider} declares, each a
 * mapping checked against its {@link SectionSpec}'s parameters as component sections are. A section may be left out
 * when every one of its parameters has a default. An {@linkplain SectionSpec#optional optional} section that is left
 * out or given as {@code null} (e.g. {@code --set extra_gp=null}) is not passed to the solver at all.
 */
final class SolverCaseReader {
    /** The {@code solver} value (and the default) that selects the built-in time stepper and {@link CaseReader}. */
    static final String TIME_STEPPER = "time-stepper";
    static final List<String> OWN_KEYS = List.of("name", "description", "solver", "seed");

    /**
     * A solver a case names, and the node that names it.
     *
     * @param provider the registered solver
     * @param at       the {@code solver} value node
     */
    record Selected(SolverProvider provider, Node at) {
    }

    private final Values values;
    private final ComponentReader components;

    SolverCaseReader(Values values) {
        this.values = values;
        this.components = new ComponentReader(values);
    }

    /**
     * The registered solver the top-level {@code solver} key names; empty when the key is absent or names the time
     * stepper. An unknown name is an error at the key's value, suggesting the closest known solver.
     */
    Optional<Selected> select(Section top) {
        Optional<Node> node = top.get("solver");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String name = values.text(node.get(), "solver");
        if (TIME_STEPPER.equals(name)) {
            return Optional.empty();
        }
        ComponentRegistry<SolverProvider> solvers = ComponentRegistry.solvers();
        SolverProvider provider = solvers.find(name).orElse(null);
        if (provider == null) {
            List<String> known = new ArrayList<>();
            known.add(TIME_STEPPER);
            known.addAll(solvers.names());
            String hint = Suggestions.closest(name, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            throw values.locator().error(node.get(), "solver", "unknown solver \"" + name + "\"" + hint + "; known: "
                    + String.join(", ", known));
        }
        return Optional.of(new Selected(provider, node.get()));
    }

    /** Reads and checks the case; {@code resolvedYaml} of the result is null (see {@link ResolvedYaml}). */
    SolverCaseSpec read(Section top, SolverProvider solver, String defaultName) {
        List<SectionSpec> sections = solver.sections();
        List<String> known = new ArrayList<>(OWN_KEYS.subList(0, 3));
        for (SectionSpec section : sections) {
            if (OWN_KEYS.contains(section.name()) || known.contains(section.name())) {
                throw new IllegalStateException("solver " + solver.name() + " declares a section \"" + section.name()
                        + "\", which clashes with another top-level key of its case files");
            }
            known.add(section.name());
        }
        known.add("seed");
        top.rejectUnknown(known, " for solver " + solver.name());

        String name = top.get("name").map(n -> values.text(n, "name")).orElse(defaultName);
        String description = top.get("description").map(n -> values.text(n, "description")).orElse("");
        Map<String, Parameters> read = new LinkedHashMap<>();
        for (SectionSpec section : sections) {
            if (section.optional() && top.get(section.name()).map(SolverCaseReader::isNull).orElse(true)) {
                continue;
            }
            read.put(section.name(), section(top, section, solver));
        }
        try {
            solver.check(read);
        } catch (InvalidParameterException e) {
            throw located(top, e);
        }
        long seed = top.get("seed").map(n -> values.integer(n, "seed", 0, CaseReader.SEED_BOUND - 1)).orElse(0L);
        return new SolverCaseSpec(name, description, seed, solver, read, null);
    }

    /** The solver's cross-parameter complaint at the offending value, else at its section, else at the top. */
    private CaseFileException located(Section top, InvalidParameterException e) {
        String path = e.section() + "." + e.key();
        Optional<Node> sectionNode = top.get(e.section());
        if (sectionNode.isPresent()) {
            Section section = Section.of(sectionNode.get(), e.section(), values.locator());
            Node at = section.get(e.key()).orElse(sectionNode.get());
            return values.locator().error(at, path, e.detail());
        }
        return values.locator().error(top.node(), path, e.detail());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private Parameters section(Section top, SectionSpec spec, SolverProvider solver) {
        String owner = "solver " + solver.name();
        Optional<Node> node = top.get(spec.name());
        if (node.isEmpty()) {
            String required = spec.parameters().stream().filter(ParameterSpec::required).map(ParameterSpec::name)
                    .collect(Collectors.joining(", "));
            if (!required.isEmpty()) {
                throw top.missing(spec.name(), "section \"" + spec.name() + "\" of " + owner + " (" + spec.description()
                        + "; required: " + required + ")");
            }
        }
        Section section = node.map(n -> Section.of(n, spec.name(), values.locator()))
                .orElseGet(() -> Section.empty(spec.name(), values.locator()));
        List<String> keys = spec.parameters().stream().map(ParameterSpec::name).toList();
        section.rejectUnknown(keys, " in section " + spec.name() + " of " + owner);
        return components.parameters(section, spec.parameters(), owner);
    }
}
