package org.carbonlab.core.estimator;

import java.util.List;
import java.util.Map;

/** Validated parameter values with defaults resolved, typed as the schema declares. */
public final class Parameters {
    private final Map<String, Object> values;

    Parameters(Map<String, Object> values) {
        this.values = values;
    }

    /** Every parameter of the schema, in schema order; absent optional values map to null. */
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

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter '" + name + "' has no value and no default");
        }
        return v;
    }
}
