package dev.jpde.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of named cases: YAML resources under {@code dev/jpde/cases/named/}, listed in {@code index.txt}.
 * {@code jpde describe NAME} prints a case's text so users can copy and edit it.
 */
public final class NamedCases {
    private static final String ROOT = "/dev/jpde/cases/named/";

    private NamedCases() {
    }

    /** Names of all named cases, in catalogue order. */
    public static List<String> names() {
        return read("index.txt").map(s -> s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .orElseThrow(() -> new IllegalStateException("case index missing from the class path"));
    }

    /** The YAML text of a named case, if it exists. */
    public static Optional<String> text(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return read(name + ".yaml");
    }

    /** The description line of a named case (its {@code description:} value), or "". */
    public static String description(String name) {
        return text(name).flatMap(t -> t.lines().filter(l -> l.startsWith("description:")).findFirst())
                .map(l -> l.substring("description:".length()).strip().replaceAll("^\"|\"$", "")).orElse("");
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = NamedCases.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
