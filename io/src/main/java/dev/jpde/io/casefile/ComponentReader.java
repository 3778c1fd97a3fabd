package dev.jpde.io.casefile;

import dev.jpde.core.spi.Component;
import dev.jpde.core.spi.ComponentRegistry;
import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a component section: a key naming a registered component ({@code type}, or {@code integrator} in
 * {@code time}), and that component's parameters as its {@link ParameterSpec}s declare them. Unknown keys, missing
 * required parameters, wrong types and out-of-range values are errors at the offending node.
 */
final class ComponentReader {
    private final Values values;

    ComponentReader(Values values) {
        this.values = values;
    }

    /**
     * A component and where it was chosen.
     *
     * @param choice the component and its parameters
     * @param at     the node naming it, or the section when it was a default
     */
    record Chosen<T extends Component>(ComponentChoice<T> choice, Node at) {
    }

    /**
     * @param section     the section
     * @param typeKey     the key that names the component
     * @param registry    where the name is looked up
     * @param defaultName component used when {@code typeKey} is absent; null makes the key required
     * @param ownKeys     other keys the section itself defines (e.g. {@code start}, {@code end} in {@code time})
     */
    <T extends Component> Chosen<T> read(Section section, String typeKey, ComponentRegistry<T> registry,
                                         String defaultName, List<String> ownKeys) {
        Optional<Node> typeNode = section.get(typeKey);
        if (typeNode.isEmpty() && defaultName == null) {
            throw section.missing(typeKey, "key \"" + typeKey + "\" (the " + registry.kind() + ": one of "
                    + String.join(", ", registry.names()) + ")");
        }
        Node at = typeNode.orElse(section.node());
        String name = typeNode.isPresent() ? values.text(typeNode.get(), section.pathOf(typeKey)) : defaultName;
        T provider = registry.find(name).orElseThrow(
                () -> values.locator().error(at, section.pathOf(typeKey), registry.unknownMessage(name)));

        List<String> known = new ArrayList<>(ownKeys);
        known.add(typeKey);
        for (ParameterSpec spec : provider.parameters()) {
            if (known.contains(spec.name())) {
                throw new IllegalStateException(registry.kind() + " " + provider.name() + " declares a parameter \""
                        + spec.name() + "\", which clashes with the case-file key " + section.pathOf(spec.name()));
            }
            known.add(spec.name());
        }
        section.rejectUnknown(known, " for " + registry.kind() + " " + provider.name());

        Parameters parameters = parameters(section, provider.parameters(), registry.kind() + " " + provider.name());
        return new Chosen<>(new ComponentChoice<>(provider, parameters), at);
    }

    /**
     * The declared parameters of a section (whose unknown keys the caller has rejected): each one present is read
     * and checked at its node, each absent one takes its default, and an absent required one is an error at the
     * section.
     *
     * @param owner who declares them, for messages: "integrator rk4", "solver gp-hm"
     */
    Parameters parameters(Section section, List<ParameterSpec> specs, String owner) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            Optional<Node> node = section.get(spec.name());
            Object value;
            if (node.isPresent()) {
                value = values.parameter(spec, node.get(), section.pathOf(spec.name()));
            } else if (spec.required()) {
                throw section.missing(spec.name(), "parameter \"" + spec.name() + "\" of " + owner + ": "
                        + spec.type().description() + ", " + spec.description());
            } else {
                value = Values.canonical(spec, spec.defaultValue());
            }
            parameters.put(spec.name(), value);
        }
        return new Parameters(parameters);
    }
}
