package org.carbonlab.core.formula;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions formulas may call, by name. {@link #standard()} holds the built-in ones
 * ({@link BuiltinFunctions}); {@link #with} makes a registry with more (a bundle that needs a
 * transform of its own registers it there and parses with that registry). Immutable.
 */
public final class FunctionRegistry {
    private static final FunctionRegistry STANDARD = new FunctionRegistry(BuiltinFunctions.all());

    private final Map<String, FormulaFunction> functions;

    private FunctionRegistry(Collection<FormulaFunction> fns) {
        Map<String, FormulaFunction> m = new LinkedHashMap<>();
        for (FormulaFunction f : fns) {
            m.put(f.name(), f);
        }
        this.functions = Collections.unmodifiableMap(m);
    }

    /** The built-in functions. */
    public static FunctionRegistry standard() {
        return STANDARD;
    }

    /** A registry with these functions added (replacing any of the same name). */
    public FunctionRegistry with(FormulaFunction... more) {
        Map<String, FormulaFunction> m = new LinkedHashMap<>(functions);
        for (FormulaFunction f : more) {
            m.put(f.name(), f);
        }
        return new FunctionRegistry(m.values());
    }

    public Optional<FormulaFunction> get(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Set<String> names() {
        return functions.keySet();
    }

    public Collection<FormulaFunction> functions() {
        return functions.values();
    }
}
