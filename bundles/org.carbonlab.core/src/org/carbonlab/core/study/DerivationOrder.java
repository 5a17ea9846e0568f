package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.Variable;

/**
 * The order in which a study's up-front variables (derived, produced by no analysis) are computed:
 * each after the variables its derivation uses, otherwise in the order written. A study may so
 * define a variable after one that uses it; variables that use each other are reported as a cycle.
 */
final class DerivationOrder {
    private DerivationOrder() {
    }

    /** {@code firstDataset}: the dataset of variables that name none. */
    static List<Variable> of(List<Variable> variables, Dataset firstDataset) {
        // variables of different datasets never depend on each other
        Map<Dataset, Map<String, Variable>> byKey = new LinkedHashMap<>();
        List<Variable> derived = new ArrayList<>();
        for (Variable v : variables) {
            if (v.getProducedBy() == null && v.getDerivation() != null && !v.getDerivation().isBlank()) {
                byKey.computeIfAbsent(datasetOf(v, firstDataset), d -> new HashMap<>()).putIfAbsent(v.getName(), v);
                derived.add(v);
            }
        }
        Map<Variable, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        List<Variable> order = new ArrayList<>();
        for (Variable v : derived) {
            visit(v, byKey.get(datasetOf(v, firstDataset)), state, new ArrayList<>(), order);
        }
        return order;
    }

    private static void visit(Variable v, Map<String, Variable> byName, Map<Variable, Integer> state,
            List<Variable> path, List<Variable> order) {
        Integer s = state.get(v);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>();
            for (Variable p : path.subList(path.indexOf(v), path.size())) {
                cycle.add("'" + p.getName() + "' = " + p.getDerivation());
            }
            cycle.add("'" + v.getName() + "'");
            throw new InputException("variables defined through each other (a cycle): " + String.join(" uses ", cycle)
                    + "; no order can compute them");
        }
        state.put(v, 1);
        path.add(v);
        for (String used : uses(v)) {
            Variable dep = byName.get(used);
            // a derivation that uses its own name means the data column of that name
            if (dep != null && dep != v) {
                visit(dep, byName, state, path, order);
            }
        }
        path.remove(path.size() - 1);
        state.put(v, 2);
        order.add(v);
    }

    /** The names a derivation uses; none if it does not parse (deriving it then reports the syntax error). */
    private static Set<String> uses(Variable v) {
        try {
            return Expression.parse(v.getDerivation()).columns(); // text uses too: mean_by(x, derived_group)
        } catch (InputException e) {
            return Set.of();
        }
    }

    private static Dataset datasetOf(Variable v, Dataset firstDataset) {
        return v.getDataset() != null ? v.getDataset() : firstDataset;
    }
}
