package dev.jpde.core.catalog;

import dev.jpde.core.equation.Dealiasing;
import dev.jpde.core.spi.Parameters;

/** Maps the {@code dealiasing} parameter to {@link Dealiasing}. */
final class Dealiasings {
    private Dealiasings() {
    }

    static Dealiasing of(Parameters p) {
        return switch (p.text("dealiasing")) {
            case "none" -> Dealiasing.NONE;
            case "two-thirds" -> Dealiasing.TWO_THIRDS;
            default -> Dealiasing.PADDING;
        };
    }
}
