package dev.jpde.core.spi;

/**
 * A parameter value that passed its own checks but is wrong in context (for example an expression in a variable the
 * problem does not have, or a list whose length does not match the dimension), found by
 * {@link SolverProvider#check}. The case-file reader reports it at the value's position in the file. The message is
 * {@code "section.key: detail"}.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String section;
    private final String key;
    private final String detail;

    public InvalidParameterException(String section, String key, String detail) {
        this(section, key, detail, null);
    }

    public InvalidParameterException(String section, String key, String detail, Throwable cause) {
        super(section + "." + key + ": " + detail, cause);
        this.section = section;
        this.key = key;
        this.detail = detail;
    }

    /** The section holding the parameter. */
    public String section() {
        return section;
    }

    /** The parameter's key within its section. */
    public String key() {
        return key;
    }

    /** What is wrong, without the {@code section.key: } prefix. */
    public String detail() {
        return detail;
    }
}
