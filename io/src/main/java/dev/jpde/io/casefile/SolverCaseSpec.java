package dev.jpde.io.casefile;

import dev.jpde.core.spi.Parameters;
import dev.jpde.core.spi.SolverProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One validated run of a registered solver: a case file with {@code solver: NAME}, read by {@link CaseFiles#parseAny}.
 * Pass {@link #sections()} and {@link #seed()} to {@link SolverProvider#create}.
 *
 * <p>Two specs are equal when they name the same provider class and hold the same sections, in the same order, with
 * equal values (lists element by element); providers are compared by class because every registry load makes new
 * instances.
 *
 * @param name         case name (the file's base name unless the file sets {@code name})
 * @param description  free text, empty by default
 * @param seed         seed, in {@code [0, 2^32)}
 * @param solver       the solver the case names
 * @param sections     one entry per required section the solver declares and per optional section the case gives,
 *                     in declared order, every parameter present (defaults filled in)
 * @param resolvedYaml this case with every default written out, as YAML that parses back to an equal spec
 */
public record SolverCaseSpec(String name, String description, long seed, SolverProvider solver,
                             Map<String, Parameters> sections, String resolvedYaml) implements RunSpec {

    public SolverCaseSpec {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SolverCaseSpec other
                && name.equals(other.name)
                && description.equals(other.description)
                && seed == other.seed
                && solver.getClass() == other.solver.getClass()
                && solver.name().equals(other.solver.name())
                && sameSections(other.sections)
                && Objects.equals(resolvedYaml, other.resolvedYaml);
    }

    private boolean sameSections(Map<String, Parameters> others) {
        List<String> keys = new ArrayList<>(sections.keySet());
        if (!keys.equals(new ArrayList<>(others.keySet()))) {
            return false;
        }
        for (String key : keys) {
            if (!ParameterValues.equal(sections.get(key), others.get(key))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(name, description, seed, solver.getClass().getName(), resolvedYaml);
        for (Map.Entry<String, Parameters> e : sections.entrySet()) {
            h = 31 * h + e.getKey().hashCode();
            h = 31 * h + ParameterValues.hash(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SolverCaseSpec[name=").append(name).append(", description=")
                .append(description).append(", solver=")
                .append(solver.name()).append(", seed=").append(seed);
        sections.forEach((k, v) -> sb.append(", ").append(k).append('=').append(ParameterValues.show(v)));
        return sb.append(']').toString();
    }
}
