package dev.jpde.io.casefile;

import dev.jpde.core.spi.Parameters;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a case with every default made explicit, one flow mapping per section, in the file format's order (for a
 * solver case: the solver's declared order).
 * Reals are written with {@link Double#toString(double)} (shortest text that reads back to the same double, e.g.
 * {@code 1.0E-9}, which the YAML 1.2 core schema resolves as a float); integers as integers; lists as flow sequences
 * ({@code [400, 400]}, also for a list of one given as a single number); strings plain when the core schema would read
 * them back as the same string, double-quoted otherwise ({@code "sin(6*x)*cos(100*x)"}).
 */
final class ResolvedYaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./+-]*");
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private ResolvedYaml() {
    }

    static String write(CaseSpec c) {
        StringBuilder sb = new StringBuilder();
        line(sb, "name", string(c.name()));
        line(sb, "description", string(c.description()));
        line(sb, "equation", component("type", c.equation()));
        line(sb, "grid", "{start: " + real(c.grid().start()) + ", length: " + real(c.grid().length()) + ", points: "
                + c.grid().points() + "}");
        line(sb, "initial", component("type", c.initial()));
        String integrator = component("integrator", c.time().integrator());
        line(sb, "time", "{start: " + real(c.time().start()) + ", end: " + real(c.time().end()) + ", "
                + integrator.substring(1));
        line(sb, "filter", component("type", c.filter()));
        line(sb, "fft", component("type", c.fft()));
        line(sb, "output", "{count: " + c.output().count() + ", fields: ["
                + String.join(", ", c.output().fields().stream().map(ResolvedYaml::string).toList())
                + "], max_writes: " + c.output().maxWrites() + "}");
        line(sb, "seed", Long.toString(c.seed()));
        return sb.toString();
    }

    /** {@code name}, {@code description}, {@code solver}, each declared section with every parameter, {@code seed}. */
    static String write(SolverCaseSpec c) {
        StringBuilder sb = new StringBuilder();
        line(sb, "name", string(c.name()));
        line(sb, "description", string(c.description()));
        line(sb, "solver", string(c.solver().name()));
        for (Map.Entry<String, Parameters> section : c.sections().entrySet()) {
            line(sb, section.getKey(), parameters(section.getValue()));
        }
        line(sb, "seed", Long.toString(c.seed()));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append(": ").append(value).append('\n');
    }

    private static String component(String typeKey, ComponentChoice<?> choice) {
        StringBuilder sb = new StringBuilder("{").append(typeKey).append(": ").append(string(choice.name()));
        for (Map.Entry<String, Object> e : choice.parameters().asMap().entrySet()) {
            sb.append(", ").append(e.getKey()).append(": ").append(value(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String parameters(Parameters p) {
        return p.asMap().entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return real(d);
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof double[] list) {
            return Arrays.stream(list).mapToObj(ResolvedYaml::real).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof long[] list) {
            return Arrays.stream(list).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v); // Long, Boolean
    }

    private static String real(double v) {
        return Double.toString(v);
    }

    /** Plain when unambiguous (resolves to a string and needs no escaping in a flow context), quoted otherwise. */
    static String string(String s) {
        boolean plain = PLAIN.matcher(s).matches()
                && Tag.STR.equals(RESOLVER.resolve(s, true));
        return plain ? s : Values.quote(s);
    }
}
