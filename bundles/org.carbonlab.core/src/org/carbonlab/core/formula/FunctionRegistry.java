package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The functions formulas may call, by name. {@link #standard()} holds the built-in ones
 * ({@link BuiltinFunctions}) and, when running under OSGi, the functions plug-ins contribute to
 * the extension point {@value #EXTENSION_POINT} (schema {@code schema/functions.exsd}: a
 * {@code function} element whose {@code class} implements {@link FormulaFunction}).
 * {@link #with} makes a registry with more (for code that parses with its own functions).
 * Immutable.
 *
 * <p><b>Name clashes.</b> A contribution may not replace a built-in or take a name the grammar
 * reserves ({@code factor}, {@code i}, {@code c}, {@code inlist}): the built-in wins, and the contribution is
 * ignored with a warning (logged, and listed in {@link #problems()}). Of two contributions of the
 * same name the first read wins, likewise with a warning. Contributions are read once, at the
 * first call of {@link #standard()}.
 */
public final class FunctionRegistry {
    /** The extension point for contributed formula functions. */
    public static final String EXTENSION_POINT = "org.carbonlab.core.functions";
    /** Names the grammar uses itself (factor terms and literal vectors). */
    static final Set<String> RESERVED = reserved();

    private static Set<String> reserved() {
        Set<String> s = new java.util.HashSet<>(Set.of("factor", "i", "c"));
        s.addAll(Parser.GRAMMAR_FUNCTIONS); // inlist takes strings: the grammar parses it
        return Set.copyOf(s);
    }

    private static final FunctionRegistry BUILTINS = new FunctionRegistry(BuiltinFunctions.all(), List.of());
    private static volatile FunctionRegistry standard;

    private final Map<String, FormulaFunction> functions;
    private final List<String> problems;

    private FunctionRegistry(Collection<FormulaFunction> fns, List<String> problems) {
        Map<String, FormulaFunction> m = new LinkedHashMap<>();
        for (FormulaFunction f : fns) {
            m.put(f.name(), f);
        }
        this.functions = Collections.unmodifiableMap(m);
        this.problems = List.copyOf(problems);
    }

    /** The built-in functions and, under OSGi, the contributed ones. */
    public static FunctionRegistry standard() {
        FunctionRegistry s = standard;
        if (s == null) {
            synchronized (FunctionRegistry.class) {
                s = standard;
                if (s == null) {
                    s = withContributions();
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The built-in functions only. */
    public static FunctionRegistry builtins() {
        return BUILTINS;
    }

    private static FunctionRegistry withContributions() {
        IExtensionRegistry extensions;
        try {
            extensions = RegistryFactory.getRegistry();
        } catch (RuntimeException | LinkageError e) {
            return BUILTINS; // no extension registry outside OSGi
        }
        if (extensions == null) {
            return BUILTINS;
        }
        List<FormulaFunction> contributed = new ArrayList<>();
        List<String> contributors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"function".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            try {
                contributed.add((FormulaFunction) e.createExecutableExtension("class"));
                contributors.add(contributor);
            } catch (CoreException | ClassCastException ex) {
                problems.add("formula function " + e.getAttribute("class") + " contributed by " + contributor
                        + " cannot be created: " + ex.getMessage() + "; ignored");
            }
        }
        return BUILTINS.plusContributions(contributed, contributors, problems);
    }

    /** This registry plus contributed functions, applying the clash rules of the class comment. */
    FunctionRegistry plusContributions(List<FormulaFunction> contributed, List<String> contributors,
            List<String> problems) {
        Map<String, FormulaFunction> m = new LinkedHashMap<>(functions);
        Map<String, String> from = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(this.problems);
        all.addAll(problems);
        for (int k = 0; k < contributed.size(); k++) {
            FormulaFunction f = contributed.get(k);
            String who = contributors.get(k);
            String name = f.name();
            if (name == null || !Expression.isPlainName(name) || RESERVED.contains(name)) {
                all.add("formula function '" + name + "' contributed by " + who + " is ignored: the name is reserved"
                        + " or not a plain name");
            } else if (functions.containsKey(name)) {
                all.add("formula function '" + name + "' contributed by " + who + " is ignored: a built-in function"
                        + " has that name");
            } else if (from.containsKey(name)) {
                all.add("formula function '" + name + "' is contributed by " + from.get(name) + " and " + who
                        + "; the second is ignored");
            } else {
                m.put(name, f);
                from.put(name, who);
            }
        }
        System.Logger log = System.getLogger(FunctionRegistry.class.getName());
        for (int k = this.problems.size(); k < all.size(); k++) {
            log.log(System.Logger.Level.WARNING, all.get(k));
        }
        return new FunctionRegistry(m.values(), all);
    }

    /** A registry with these functions added (replacing any of the same name). */
    public FunctionRegistry with(FormulaFunction... more) {
        Map<String, FormulaFunction> m = new LinkedHashMap<>(functions);
        for (FormulaFunction f : more) {
            m.put(f.name(), f);
        }
        return new FunctionRegistry(m.values(), problems);
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

    /** Contributions that were ignored (name clashes, classes that could not be created), one message each. */
    public List<String> problems() {
        return problems;
    }
}
