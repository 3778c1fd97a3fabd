package dev.jpde.io.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * {@code --set a.b=value} overrides, grafted onto the composed tree before validation. The value is read as YAML 1.2
 * ({@code 1e-8} a float, {@code 256} an int, {@code "0.5"} a string; a flow list such as {@code [psi]} is accepted
 * too). Missing mappings on the way are created. Every grafted node is marked, so an error it causes names the
 * override instead of a line and column.
 */
final class Overrides {
    private Overrides() {
    }

    /** Applies the overrides in order (a later one wins) to the root mapping. */
    static void apply(MappingNode root, List<String> overrides, Locator locator) {
        for (String override : overrides) {
            apply(root, override, locator);
        }
    }

    private static void apply(MappingNode root, String override, Locator locator) {
        String source = "--set " + override;
        int eq = override.indexOf('=');
        String key = eq < 0 ? override.strip() : override.substring(0, eq).strip();
        if (eq <= 0 || key.isEmpty()) {
            throw CaseFileException.inOverride(locator.file(), source, key,
                    "expected path=value, e.g. time.rtol=1e-8");
        }
        String[] segments = key.split("\\.", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw CaseFileException.inOverride(locator.file(), source, key, "empty name in dotted path");
            }
        }
        Node value = parseValue(override.substring(eq + 1), source, key, locator);
        markAll(value, source);
        YamlText.rejectDuplicates(value, key, locator);

        MappingNode mapping = root;
        String path = "";
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            path = Locator.child(path, segment);
            int at = indexOf(mapping, segment);
            if (i == segments.length - 1) {
                List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
                if (at >= 0) {
                    tuples.set(at, new NodeTuple(tuples.get(at).getKeyNode(), value));
                } else {
                    tuples.add(new NodeTuple(keyNode(segment, source), value));
                }
                mapping.setValue(tuples);
            } else if (at >= 0) {
                Node child = mapping.getValue().get(at).getValueNode();
                if (!(child instanceof MappingNode m)) {
                    throw CaseFileException.inOverride(locator.file(), source, path, "cannot set " + key
                            + ": " + path + " is not a mapping (it is " + Values.describe(child) + ")");
                }
                mapping = m;
            } else {
                MappingNode created = new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.FLOW);
                Locator.markOverride(created, source);
                List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
                tuples.add(new NodeTuple(keyNode(segment, source), created));
                mapping.setValue(tuples);
                mapping = created;
            }
        }
    }

    private static Node parseValue(String text, String source, String key, Locator locator) {
        Optional<Node> node;
        try {
            node = new Compose(YamlText.settings(source)).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw CaseFileException.inOverride(locator.file(), source, key, "invalid value: " + YamlText.describe(e));
        } catch (YamlEngineException e) {
            throw CaseFileException.inOverride(locator.file(), source, key, "invalid value: " + e.getMessage());
        }
        return node.orElseGet(() -> new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN));
    }

    private static int indexOf(MappingNode mapping, String key) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Node keyNode(String key, String source) {
        ScalarNode node = new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN);
        Locator.markOverride(node, source);
        return node;
    }

    private static void markAll(Node node, String source) {
        if (source.equals(node.getProperty(Locator.OVERRIDE))) {
            return; // an alias already marked
        }
        Locator.markOverride(node, source);
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                markAll(t.getKeyNode(), source);
                markAll(t.getValueNode(), source);
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> markAll(n, source));
        }
    }
}
