package dev.jpde.io.casefile;

import dev.jpde.core.spi.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A mapping node read as named entries, with errors for unknown and missing keys. Keys are unique (checked on load). */
final class Section {
    private final MappingNode node;
    private final String path;
    private final Locator locator;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Section(MappingNode node, String path, Locator locator) {
        this.node = node;
        this.path = path;
        this.locator = locator;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw locator.error(t.getKeyNode(), path, "keys must be names, got " + Values.describe(t.getKeyNode()));
            }
            entries.put(key.getValue(), t);
        }
    }

    /** The node as a section; an error unless it is a mapping. */
    static Section of(Node node, String path, Locator locator) {
        if (node instanceof MappingNode m) {
            return new Section(m, path, locator);
        }
        throw locator.error(node, path, "expected a mapping, got " + Values.describe(node));
    }

    /** A section absent from the file: no entries (so no errors), reported at nothing. */
    static Section empty(String path, Locator locator) {
        return new Section(new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.FLOW), path, locator);
    }

    MappingNode node() {
        return node;
    }

    /** Dotted path of an entry. */
    String pathOf(String key) {
        return Locator.child(path, key);
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value of a required key; an error at this mapping when it is missing. */
    Node require(String key) {
        return get(key).orElseThrow(() -> missing(key, "key \"" + key + "\""));
    }

    /** An error at this mapping: {@code missing required <what>}. */
    CaseFileException missing(String key, String what) {
        return locator.error(node, pathOf(key), "missing required " + what);
    }

    /**
     * Rejects any key not in {@code known}, at the first offending key, with the closest known key as a suggestion.
     *
     * @param context appended to "unknown key "x"", e.g. " for equation burgers"; may be empty
     */
    void rejectUnknown(Collection<String> known, String context) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String hint = Suggestions.closest(e.getKey(), known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                throw locator.error(e.getValue().getKeyNode(), pathOf(e.getKey()), "unknown key \"" + e.getKey() + "\""
                        + context + hint + "; known: " + String.join(", ", known));
            }
        }
    }
}
