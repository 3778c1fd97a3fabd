package dev.jpde.io.casefile;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 text to a SnakeYAML Engine node tree (core schema, marks on every node), with syntax errors and duplicate
 * keys turned into one-line {@link CaseFileException}s. The path of a syntax error is where the parser had got to:
 * the key whose value it was reading, or the mapping it was in.
 */
final class YamlText {
    private YamlText() {
    }

    /**
     * Composes one document.
     *
     * @return the root node, empty for a document with no content
     * @throws CaseFileException on a syntax error or a duplicate key (at the second occurrence)
     */
    static Optional<Node> compose(String text, Locator locator) {
        LoadSettings settings = settings(locator.file());
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            throw locator.at(mark, pathAt(text, settings, mark), describe(e));
        } catch (ReaderException e) {
            throw locator.at(Optional.of(markAt(text, e.getPosition())), "", e.getMessage());
        } catch (YamlEngineException e) {
            throw locator.at(Optional.empty(), "", e.getMessage());
        }
        root.ifPresent(node -> rejectDuplicates(node, "", locator));
        return root;
    }

    static LoadSettings settings(String label) {
        return LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).setAllowNonScalarKeys(true)
                .setUseMarks(true).build();
    }

    /** "problem (context at line:col)", without SnakeYAML's multi-line snippet. */
    static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        if (context.isEmpty()) {
            return problem;
        }
        String where = e.getContextMark().map(m -> " at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("");
        return problem.isEmpty() ? context + where : problem + " (" + context + where + ")";
    }

    /** Rejects a key repeated in any mapping of the tree, at its second occurrence. */
    static void rejectDuplicates(Node root, String path, Locator locator) {
        rejectDuplicates(root, path, locator, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void rejectDuplicates(Node node, String path, Locator locator, Set<Node> seen) {
        if (!seen.add(node)) {
            return; // an alias to a node already checked
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    Node first = keys.putIfAbsent(key.getValue(), key);
                    if (first != null) {
                        String where = first.getStartMark().map(m -> " (first at " + (m.getLine() + 1) + ":"
                                + (m.getColumn() + 1) + ")").orElse("");
                        throw locator.error(key, Locator.child(path, key.getValue()),
                                "duplicate key \"" + key.getValue() + "\"" + where);
                    }
                    rejectDuplicates(t.getValueNode(), Locator.child(path, key.getValue()), locator, seen);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                rejectDuplicates(sequence.getValue().get(i), path + "[" + i + "]", locator, seen);
            }
        }
    }

    /** Replays the parser's events up to {@code mark} (or to the error) and returns the path reached. */
    private static String pathAt(String text, LoadSettings settings, Optional<Mark> mark) {
        PathTracker tracker = new PathTracker();
        int stop = mark.map(Mark::getIndex).orElse(Integer.MAX_VALUE);
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                if (event.getStartMark().map(Mark::getIndex).orElse(0) >= stop) {
                    break;
                }
                tracker.accept(event);
            }
        } catch (YamlEngineException expected) {
            // the same syntax error, reached again: the tracker holds the path at that point
        }
        return tracker.path();
    }

    private static Mark markAt(String text, int codePointIndex) {
        int line = 0;
        int column = 0;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < Math.min(codePointIndex, cps.length); i++) {
            if (cps[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Mark("", codePointIndex, line, column, cps, codePointIndex);
    }

    /** Follows mapping keys and sequence indices through a stream of parser events. */
    private static final class PathTracker {
        private static final class Frame {
            final boolean mapping;
            boolean keyRead;
            String key = "?";
            int index = -1;

            Frame(boolean mapping) {
                this.mapping = mapping;
            }
        }

        private final Deque<Frame> stack = new ArrayDeque<>();

        void accept(Event event) {
            switch (event.getEventId()) {
                case MappingStart -> {
                    nodeStarted(null);
                    stack.push(new Frame(true));
                }
                case SequenceStart -> {
                    nodeStarted(null);
                    stack.push(new Frame(false));
                }
                case Scalar -> {
                    nodeStarted(((ScalarEvent) event).getValue());
                    nodeEnded();
                }
                case Alias -> {
                    nodeStarted("*");
                    nodeEnded();
                }
                case MappingEnd, SequenceEnd -> {
                    stack.pop();
                    nodeEnded();
                }
                default -> {
                }
            }
        }

        private void nodeStarted(String scalar) {
            Frame top = stack.peek();
            if (top == null) {
                return;
            }
            if (!top.mapping) {
                top.index++;
            } else if (!top.keyRead) {
                top.key = scalar == null ? "?" : scalar;
            }
        }

        private void nodeEnded() {
            Frame top = stack.peek();
            if (top != null && top.mapping) {
                top.keyRead = !top.keyRead;
            }
        }

        String path() {
            StringBuilder sb = new StringBuilder();
            var frames = stack.descendingIterator();
            while (frames.hasNext()) {
                Frame f = frames.next();
                if (f.mapping && f.keyRead) {
                    sb.append(sb.length() == 0 ? "" : ".").append(f.key);
                } else if (!f.mapping && f.index >= 0) {
                    sb.append('[').append(f.index).append(']');
                }
            }
            return sb.toString();
        }
    }
}
