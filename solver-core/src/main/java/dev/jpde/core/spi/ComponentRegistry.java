package dev.jpde.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The components found on the class path by {@link ServiceLoader}, by kind and name.
 *
 * @param <T> the provider kind
 */
public final class ComponentRegistry<T extends Component> {
    private final String kind;
    private final Map<String, T> byName;

    private ComponentRegistry(String kind, Map<String, T> byName) {
        this.kind = kind;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Loads every provider of the given service type visible to its class loader. */
    public static <T extends Component> ComponentRegistry<T> load(String kind, Class<T> service) {
        Map<String, T> map = new LinkedHashMap<>();
        List<T> found = new ArrayList<>();
        ServiceLoader.load(service, service.getClassLoader()).forEach(found::add);
        if (Thread.currentThread().getContextClassLoader() != null
                && Thread.currentThread().getContextClassLoader() != service.getClassLoader()) {
            ServiceLoader.load(service).forEach(found::add);
        }
        found.sort(Comparator.comparing(Component::name));
        for (T t : found) {
            T previous = map.putIfAbsent(t.name(), t);
            if (previous != null && previous.getClass() != t.getClass()) {
                throw new IllegalStateException("two " + kind + "s named " + t.name() + ": " + previous.getClass().getName()
                        + " and " + t.getClass().getName());
            }
        }
        return new ComponentRegistry<>(kind, map);
    }

    public static ComponentRegistry<EquationProvider> equations() {
        return load("equation", EquationProvider.class);
    }

    public static ComponentRegistry<InitialConditionProvider> initialConditions() {
        return load("initial condition", InitialConditionProvider.class);
    }

    public static ComponentRegistry<IntegratorProvider> integrators() {
        return load("integrator", IntegratorProvider.class);
    }

    public static ComponentRegistry<FilterProvider> filters() {
        return load("filter", FilterProvider.class);
    }

    public static ComponentRegistry<SolverProvider> solvers() {
        return load("solver", SolverProvider.class);
    }

    public static ComponentRegistry<FftProvider> ffts() {
        return load("FFT backend", FftProvider.class);
    }

    /** What this registry holds, e.g. "integrator". */
    public String kind() {
        return kind;
    }

    public Optional<T> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The component, or an IllegalArgumentException naming the known ones and the closest match. */
    public T get(String name) {
        T t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException(unknownMessage(name));
        }
        return t;
    }

    /** "unknown integrator "dop835" (did you mean "dop853"?); known: ...". */
    public String unknownMessage(String name) {
        String hint = Suggestions.closest(name, byName.keySet()).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        return "unknown " + kind + " \"" + name + "\"" + hint + "; known: " + String.join(", ", byName.keySet());
    }

    public List<T> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
