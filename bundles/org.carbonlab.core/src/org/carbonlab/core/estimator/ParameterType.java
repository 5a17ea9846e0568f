package org.carbonlab.core.estimator;

/** The value kinds a parameter can take; command line, dialogs and docs are generated from it. */
public enum ParameterType {
    /** Free text. */
    STRING,
    /** An R-style model formula, e.g. {@code y ~ x1 + log(x2)}. */
    FORMULA,
    /** The name of a dataset column. */
    COLUMN,
    /** Comma-separated column names. */
    COLUMN_LIST,
    /** Comma-separated free values. */
    LIST,
    /** One of {@link ParameterSpec#allowedValues()}. */
    CHOICE,
    INTEGER,
    DOUBLE,
    BOOLEAN;

    /** The lower-case name used in listings and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
