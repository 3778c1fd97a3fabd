package dev.jpde.io.casefile;

import dev.jpde.core.spi.EquationProvider;
import dev.jpde.core.spi.FftProvider;
import dev.jpde.core.spi.FilterProvider;
import dev.jpde.core.spi.InitialConditionProvider;
import dev.jpde.core.spi.IntegratorProvider;
import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The walk over a case's node tree that checks every section and builds the {@link CaseSpec}. Sections are read in
 * file-format order, so the first error reported is the first one a reader of the format meets.
 */
final class CaseReader {
    /** Top-level keys; {@code solver} is only ever {@code time-stepper} here (see {@link SolverCaseReader#select}). */
    static final List<String> SECTIONS = List.of("name", "description", "solver", "equation", "grid", "initial",
            "time", "filter", "fft", "output", "seed");
    static final String DEFAULT_INTEGRATOR = "dop853";
    static final String NO_FILTER = "none";
    static final String DEFAULT_FFT = "jtransforms";
    static final int DEFAULT_OUTPUT_COUNT = 101;
    static final long SEED_BOUND = 1L << 32;

    private final Catalog catalog;
    private final Values values;
    private final ComponentReader components;

    CaseReader(Catalog catalog, Locator locator) {
        this.catalog = catalog;
        this.values = new Values(locator);
        this.components = new ComponentReader(values);
    }

    /** Reads and checks a case; {@code resolvedYaml} of the result is null (see {@link ResolvedYaml}). */
    CaseSpec read(Node root, String defaultName) {
        if (!(root instanceof MappingNode)) {
            throw values.locator().error(root, "", "a case file must be a mapping of sections ("
                    + String.join(", ", SECTIONS) + "), got " + Values.describe(root));
        }
        Section top = Section.of(root, "", values.locator());
        top.rejectUnknown(SECTIONS, "");

        String name = top.get("name").map(n -> values.text(n, "name")).orElse(defaultName);
        String description = top.get("description").map(n -> values.text(n, "description")).orElse("");

        var equation = components.read(section(top, "equation"), "type", catalog.equations(), null, List.of());
        EquationProvider eq = equation.choice().provider();
        GridSpec grid = grid(section(top, "grid"));
        var initial = components.read(section(top, "initial"), "type", catalog.initials(), null, List.of());
        checkInitialFits(initial, eq);
        TimeSpec time = time(section(top, "time"));
        ComponentChoice<FilterProvider> filter = filter(top, eq);
        ComponentChoice<FftProvider> fft = fft(top);
        OutputSpec output = output(top, eq);
        long seed = top.get("seed").map(n -> values.integer(n, "seed", 0, SEED_BOUND - 1)).orElse(0L);

        return new CaseSpec(name, description, seed, equation.choice(), grid, initial.choice(), time, filter, fft,
                output, null);
    }

    private Section section(Section top, String key) {
        Node node = top.get(key).orElseThrow(() -> top.missing(key, "section \"" + key + "\""));
        return Section.of(node, key, values.locator());
    }

    private GridSpec grid(Section s) {
        s.rejectUnknown(List.of("start", "length", "points"), "");
        Node lengthNode = s.require("length");
        double length = values.real(lengthNode, "grid.length");
        if (!(length > 0)) {
            throw values.locator().error(lengthNode, "grid.length", "must be > 0, got " + Values.describe(lengthNode));
        }
        Node pointsNode = s.require("points");
        long points = values.integer(pointsNode, "grid.points", 4, Integer.MAX_VALUE - 1);
        if (points % 2 != 0) {
            throw values.locator().error(pointsNode, "grid.points", "must be even, got " + points);
        }
        double start = s.get("start").map(n -> values.real(n, "grid.start")).orElse(-length / 2);
        return new GridSpec(start, length, (int) points);
    }

    private void checkInitialFits(ComponentReader.Chosen<InitialConditionProvider> initial, EquationProvider eq) {
        InitialConditionProvider ic = initial.choice().provider();
        if (ic.equations().contains(eq.name())) {
            return;
        }
        String fitting = catalog.initials().all().stream().filter(i -> i.equations().contains(eq.name()))
                .map(InitialConditionProvider::name).collect(Collectors.joining(", "));
        throw values.locator().error(initial.at(), "initial.type", "initial condition \"" + ic.name() + "\" is for "
                + String.join(", ", ic.equations().stream().sorted().toList()) + ", not " + eq.name()
                + "; initial conditions for " + eq.name() + ": " + (fitting.isEmpty() ? "none registered" : fitting));
    }

    private TimeSpec time(Section s) {
        var integrator = components.read(s, "integrator", catalog.integrators(), DEFAULT_INTEGRATOR,
                List.of("start", "end"));
        double start = s.get("start").map(n -> values.real(n, "time.start")).orElse(0.0);
        Node endNode = s.require("end");
        double end = values.real(endNode, "time.end");
        if (!(end > start)) {
            throw values.locator().error(endNode, "time.end", "must be > time.start (" + start + "), got "
                    + Values.describe(endNode));
        }
        return new TimeSpec(start, end, integrator.choice());
    }

    private ComponentChoice<FilterProvider> filter(Section top, EquationProvider eq) {
        Optional<Node> node = top.get("filter");
        if (node.isEmpty()) {
            FilterProvider none = catalog.filters().find(NO_FILTER)
                    .orElseThrow(() -> new IllegalStateException("no filter named \"none\" is registered"));
            return new ComponentChoice<>(none, new Parameters(Map.of()));
        }
        var filter = components.read(Section.of(node.get(), "filter", values.locator()), "type", catalog.filters(),
                null, List.of());
        if (!eq.acceptsFilter() && !NO_FILTER.equals(filter.choice().name())) {
            String dealiasing = eq.parameters().stream().filter(p -> p.name().equals("dealiasing")).findFirst()
                    .map(p -> " (it dealiases its own nonlinearity: set equation.dealiasing"
                            + (p.choices().isEmpty() ? "" : ", one of " + String.join(", ", p.choices())) + ")")
                    .orElse("");
            throw values.locator().error(filter.at(), "filter.type", "equation " + eq.name() + " takes no filter"
                    + dealiasing + "; remove the filter section or use type \"none\"");
        }
        return filter.choice();
    }

    private ComponentChoice<FftProvider> fft(Section top) {
        Optional<Node> node = top.get("fft");
        if (node.isEmpty()) {
            FftProvider fallback = catalog.ffts().find(DEFAULT_FFT)
                    .orElseThrow(() -> new IllegalStateException("no FFT backend named \"" + DEFAULT_FFT + "\" is registered"));
            return new ComponentChoice<>(fallback, new Parameters(Map.of()));
        }
        return components.read(Section.of(node.get(), "fft", values.locator()), "type", catalog.ffts(), DEFAULT_FFT,
                List.of()).choice();
    }

    private OutputSpec output(Section top, EquationProvider eq) {
        String field = eq.complexField() ? "psi" : "u";
        Optional<Node> node = top.get("output");
        if (node.isEmpty()) {
            return new OutputSpec(DEFAULT_OUTPUT_COUNT, List.of(field), DEFAULT_OUTPUT_COUNT);
        }
        Section s = Section.of(node.get(), "output", values.locator());
        s.rejectUnknown(List.of("count", "fields", "max_writes"), "");
        int count = s.get("count").map(n -> (int) values.integer(n, "output.count", 1, Integer.MAX_VALUE))
                .orElse(DEFAULT_OUTPUT_COUNT);
        List<String> fields = s.get("fields").map(n -> fields(n, field, eq)).orElse(List.of(field));
        int maxWrites = s.get("max_writes").map(n -> (int) values.integer(n, "output.max_writes", 1, Integer.MAX_VALUE))
                .orElse(count);
        return new OutputSpec(count, fields, maxWrites);
    }

    private List<String> fields(Node node, String field, EquationProvider eq) {
        if (!(node instanceof SequenceNode seq)) {
            throw values.locator().error(node, "output.fields", "expected a list of field names, e.g. [" + field
                    + "], got " + Values.describe(node));
        }
        if (seq.getValue().isEmpty()) {
            throw values.locator().error(node, "output.fields", "must name at least one field: " + field);
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String path = "output.fields[" + i + "]";
            String name = values.text(item, path);
            if (!name.equals(field)) {
                String hint = Suggestions.closest(name, List.of(field))
                        .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                throw values.locator().error(item, path, "unknown output field \"" + name + "\"" + hint + "; equation "
                        + eq.name() + " has: " + field);
            }
            if (fields.contains(name)) {
                throw values.locator().error(item, path, "field \"" + name + "\" is listed twice");
            }
            fields.add(name);
        }
        return fields;
    }
}
