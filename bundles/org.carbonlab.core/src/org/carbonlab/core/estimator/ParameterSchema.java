package org.carbonlab.core.estimator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    public Optional<ParameterSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /**
     * Checks raw text values against the schema and resolves defaults. Every problem (unknown
     * names, missing required values, wrong types, values outside the allowed set or range) is
     * collected and reported together.
     */
    public Parameters resolve(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        for (String name : raw.keySet()) {
            if (!specs.containsKey(name)) {
                String hint = closest(name).map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add("unknown parameter '" + name + "'" + hint + "; known parameters: "
                        + String.join(", ", specs.keySet()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
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
        return new Parameters(Collections.unmodifiableMap(values));
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

    private Optional<String> closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : specs.keySet()) {
            int d = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance, for "did you mean" hints. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
