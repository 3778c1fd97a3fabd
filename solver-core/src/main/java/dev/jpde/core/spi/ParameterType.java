package dev.jpde.core.spi;

/** The value type of a component parameter. */
public enum ParameterType {
    REAL("a number"), INTEGER("an integer"), TEXT("a string"), BOOLEAN("true or false"),
    /** A list of numbers (one per dimension, say); a single number is accepted as a list of one. */
    REAL_LIST("a number or a list of numbers"),
    /** A list of integers; a single integer is accepted as a list of one. */
    INTEGER_LIST("an integer or a list of integers");

    private final String description;

    ParameterType(String description) {
        this.description = description;
    }

    /** How an error message names this type ("a number", ...). */
    public String description() {
        return description;
    }
}
