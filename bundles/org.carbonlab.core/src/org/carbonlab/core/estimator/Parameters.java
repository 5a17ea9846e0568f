package org.carbonlab.core.estimator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validated parameter values with defaults resolved, typed as the schema declares. */
public final class Parameters {
    private final Map<String, Object> values;
    private final Set<String> prefixKeys;

    Parameters(Map<String, Object> values) {
        this(values, Set.of());
    }

    Parameters(Map<String, Object> values, Set<String> prefixKeys) {
        this.values = values;
        this.prefixKeys = Set.copyOf(prefixKeys);
    }

    /**
     * Every parameter of the schema, in schema order; absent optional values map to null. A prefix parameter
     * contributes one entry per key given ({@code subsystem.economy}, ...) at its place in the schema.
     */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isSet(String name) {
        return values.get(name) != null;
    }

    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    public long integer(String name) {
        return ((Number) require(name)).longValue();
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    /**
     * The values of a prefix parameter ({@link ParameterSpec#prefix}), keyed by what follows the prefix, in the
     * order given: for {@code subsystem.economy=a,b} and {@code subsystem.innovation=c,d},
     * {@code prefixed("subsystem")} is {economy=[a, b], innovation=[c, d]}. Accepts {@code subsystem},
     * {@code subsystem.} or {@code subsystem.*}. Empty when no key was given.
     */
    public Map<String, Object> prefixed(String prefix) {
        String p = prefix.endsWith(ParameterSpec.PREFIX_MARK) ? prefix.substring(0, prefix.length() - 1)
                : prefix.endsWith(".") ? prefix : prefix + ".";
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().startsWith(p) && e.getKey().length() > p.length() && e.getValue() != null
                    && prefixKeys.contains(e.getKey())) {
                out.put(e.getKey().substring(p.length()), e.getValue());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter '" + name + "' has no value and no default");
        }
        return v;
    }
}
