package org.carbonlab.core.estimator;

import java.util.List;

/**
 * One typed parameter of an estimator.
 *
 * @param name          the name used with {@code --set NAME=VALUE}
 * @param type          value kind
 * @param defaultValue  the default as text, or {@code null} when there is none
 * @param required      whether a value must be given
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
