package org.carbonlab.core.estimator;

import java.util.List;

/**
 * One typed parameter of an estimator.
 *
 * @param name          the name used with {@code --set NAME=VALUE}; a name ending in {@code .*} (e.g.
 *                      {@code subsystem.*}) declares a prefix parameter: it accepts any number of keys
 *                      {@code subsystem.<x>} (x non-empty), each converted by {@code type}; see {@link #prefix}
 * @param type          value kind
 * @param defaultValue  the default as text, or {@code null} when there is none
 * @param required      whether a value must be given (for a prefix parameter: at least one key)
 * @param allowedValues for {@link ParameterType#CHOICE} the accepted values, else empty
 * @param min           inclusive lower bound for numbers, or {@code null}
 * @param max           inclusive upper bound for numbers, or {@code null}
 * @param documentation one or two sentences for users
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, boolean required,
        List<String> allowedValues, Double min, Double max, String documentation) {

    public ParameterSpec {
        allowedValues = List.copyOf(allowedValues);
    }

    /** The suffix that marks a prefix parameter's name. */
    public static final String PREFIX_MARK = ".*";

    /**
     * A prefix parameter: {@code prefix("subsystem", COLUMN_LIST, true, doc)} is named {@code subsystem.*} and
     * accepts {@code subsystem.economy=gdp,income}, {@code subsystem.innovation=patents,rd}, ... Values are
     * read with {@link Parameters#prefixed(String)}. A prefix parameter has no default.
     */
    public static ParameterSpec prefix(String prefix, ParameterType type, boolean required, String doc) {
        if (prefix == null || prefix.isBlank() || prefix.endsWith(".")) {
            throw new IllegalArgumentException("a prefix parameter needs a prefix such as 'subsystem', got '" + prefix + "'");
        }
        return new ParameterSpec(prefix + PREFIX_MARK, type, null, required, List.of(), null, null, doc);
    }

    /** True for a prefix parameter (name ending in {@code .*}). */
    public boolean isPrefix() {
        return name.endsWith(PREFIX_MARK) && name.length() > PREFIX_MARK.length();
    }

    /** For a prefix parameter the key prefix including the dot ({@code subsystem.}); else {@code null}. */
    public String keyPrefix() {
        return isPrefix() ? name.substring(0, name.length() - 1) : null;
    }

    /** Whether {@code key} is one of this prefix parameter's keys ({@code subsystem.x}, x non-empty). */
    public boolean matchesKey(String key) {
        String kp = keyPrefix();
        return kp != null && key != null && key.startsWith(kp) && key.length() > kp.length();
    }

    public static ParameterSpec required(String name, ParameterType type, String doc) {
        return new ParameterSpec(name, type, null, true, List.of(), null, null, doc);
    }

    public static ParameterSpec optional(String name, ParameterType type, String defaultValue, String doc) {
        return new ParameterSpec(name, type, defaultValue, false, List.of(), null, null, doc);
    }

    public static ParameterSpec choice(String name, String defaultValue, List<String> allowed, String doc) {
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, false, allowed, null, null, doc);
    }

    public static ParameterSpec integer(String name, Integer defaultValue, Integer min, Integer max, String doc) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue == null ? null : defaultValue.toString(),
                false, List.of(), min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(), doc);
    }

    public static ParameterSpec number(String name, Double defaultValue, Double min, Double max, String doc) {
        return new ParameterSpec(name, ParameterType.DOUBLE, defaultValue == null ? null : defaultValue.toString(),
                false, List.of(), min, max, doc);
    }
}
