package dev.jpde.core.spi;

/** The value type of a component parameter. */
public enum ParameterType {
    REAL("a number"), INTEGER("an integer"), TEXT("a string"), BOOLEAN("true or false");

    private final String description;

    ParameterType(String description) {
        this.description = description;
    }

    /** How an error message names this type ("a number", ...). */
    public String description() {
        return description;
    }
}
