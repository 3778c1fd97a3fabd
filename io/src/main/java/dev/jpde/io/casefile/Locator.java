package dev.jpde.io.casefile;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns a node and a message into a positioned {@link CaseFileException}. A node grafted by an override carries the
 * override's text as a property and is reported with that text instead of a line and column.
 */
final class Locator {
    static final String OVERRIDE = "jpde.override";

    private final String file;

    Locator(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Marks {@code node} as coming from {@code overrideText}. */
    static void markOverride(Node node, String overrideText) {
        node.setProperty(OVERRIDE, overrideText);
    }

    /** An error about {@code node}, at its start (or at its override). */
    CaseFileException error(Node node, String path, String message) {
        Object override = node.getProperty(OVERRIDE);
        if (override != null) {
            return CaseFileException.inOverride(file, (String) override, path, message);
        }
        return at(node.getStartMark(), path, message);
    }

    /** An error at a mark; 1:1 when there is none. */
    CaseFileException at(Optional<Mark> mark, String path, String message) {
        int line = mark.map(m -> m.getLine() + 1).orElse(1);
        int column = mark.map(m -> m.getColumn() + 1).orElse(1);
        return CaseFileException.at(file, line, column, path, message);
    }

    /** {@code parent.key}, or {@code key} at the top level. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
