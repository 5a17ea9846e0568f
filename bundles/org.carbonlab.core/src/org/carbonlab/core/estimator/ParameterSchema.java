package org.carbonlab.core.estimator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carbonlab.core.errors.InputException;

/** An estimator's parameters, in the order users should see them. */
public final class ParameterSchema {
    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();

    public ParameterSchema(List<ParameterSpec> specs) {
        for (ParameterSpec s : specs) {
            if (this.specs.put(s.name(), s) != null) {
                throw new IllegalArgumentException("parameter declared twice: " + s.name());
            }
        }
    }

    public static ParameterSchema of(ParameterSpec... specs) {
        return new ParameterSchema(List.of(specs));
    }

    /** A new schema with {@code more} appended (a family's common parameters plus an estimator's own). */
    public ParameterSchema with(List<ParameterSpec> more) {
        List<ParameterSpec> all = new ArrayList<>(specs.values());
        all.addAll(more);
        return new ParameterSchema(all);
    }

    public List<ParameterSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The parameter of that name, or the prefix parameter that accepts it ({@code subsystem.x} gives {@code subsystem.*}). */
    public Optional<ParameterSpec> spec(String name) {
        ParameterSpec s = specs.get(name);
        return Optional.ofNullable(s != null ? s : prefixSpec(name));
    }

    /**
     * Checks raw text values against the schema and resolves defaults. Every problem (unknown
     * names, missing required values, wrong types, values outside the allowed set or range) is
     * collected and reported together.
     */
    public Parameters resolve(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        for (String name : raw.keySet()) {
            if (!specs.containsKey(name) && prefixSpec(name) == null) {
                String hint = org.carbonlab.core.data.Names.suggest(name, specs.keySet()).map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add("unknown parameter '" + name + "'" + hint + "; known parameters: "
                        + String.join(", ", specs.keySet()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> prefixKeys = new HashSet<>();
        for (ParameterSpec s : specs.values()) {
            if (s.isPrefix()) {
                resolvePrefix(s, raw, values, prefixKeys, problems);
                continue;
            }
            String text = raw.get(s.name());
            if (text != null && text.isBlank() && s.type() != ParameterType.STRING) {
                text = null;
            }
            if (text == null) {
                text = s.defaultValue();
            }
            if (text == null) {
                if (s.required()) {
                    problems.add("parameter '" + s.name() + "' is required: " + s.documentation());
                }
                values.put(s.name(), null);
                continue;
            }
            try {
                values.put(s.name(), convert(s, text.trim()));
            } catch (IllegalArgumentException e) {
                problems.add("invalid value for parameter '" + s.name() + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Parameters(Collections.unmodifiableMap(values), prefixKeys);
    }

    /** The prefix parameter that accepts {@code name}, unless a parameter of exactly that name exists. */
    private ParameterSpec prefixSpec(String name) {
        if (specs.containsKey(name)) {
            return null;
        }
        for (ParameterSpec s : specs.values()) {
            if (s.matchesKey(name)) {
                return s;
            }
        }
        return null;
    }

    /** Every key of a prefix parameter, in the order given, each converted by the parameter's type. */
    private void resolvePrefix(ParameterSpec s, Map<String, String> raw, Map<String, Object> values,
            Set<String> prefixKeys, List<String> problems) {
        int found = 0;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (prefixSpec(e.getKey()) != s) {
                continue;
            }
            found++;
            String text = e.getValue();
            if (text == null || (text.isBlank() && s.type() != ParameterType.STRING)) {
                problems.add("parameter '" + e.getKey() + "' has no value: " + s.documentation());
                continue;
            }
            try {
                values.put(e.getKey(), convert(s, text.trim()));
                prefixKeys.add(e.getKey());
            } catch (IllegalArgumentException ex) {
                problems.add("invalid value for parameter '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        if (found == 0 && s.required()) {
            problems.add("parameter '" + s.name() + "' is required (give one or more " + s.keyPrefix()
                    + "<name>=...): " + s.documentation());
        }
    }

    private static Object convert(ParameterSpec s, String text) {
        switch (s.type()) {
            case INTEGER: {
                long v;
                try {
                    v = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
                checkRange(s, v, text);
                return v;
            }
            case DOUBLE: {
                double v;
                try {
                    v = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("'" + text + "' is not a finite number");
                }
                checkRange(s, v, text);
                return v;
            }
            case BOOLEAN: {
                String t = text.toLowerCase(Locale.ROOT);
                if (t.equals("true") || t.equals("yes") || t.equals("1")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("no") || t.equals("0")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            }
            case CHOICE: {
                for (String allowed : s.allowedValues()) {
                    if (allowed.equalsIgnoreCase(text)) {
                        return allowed;
                    }
                }
                throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", s.allowedValues()));
            }
            case LIST:
            case COLUMN_LIST: {
                List<String> items = new ArrayList<>();
                for (String item : text.split(",")) {
                    String t = item.trim();
                    if (!t.isEmpty()) {
                        items.add(t);
                    }
                }
                return List.copyOf(items);
            }
            default:
                return text;
        }
    }

    private static void checkRange(ParameterSpec s, double v, String text) {
        if (s.min() != null && v < s.min()) {
            throw new IllegalArgumentException("'" + text + "' is below the minimum " + format(s.min()));
        }
        if (s.max() != null && v > s.max()) {
            throw new IllegalArgumentException("'" + text + "' is above the maximum " + format(s.max()));
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

}
