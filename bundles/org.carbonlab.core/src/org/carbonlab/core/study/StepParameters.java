package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.ParameterValue;

/** The parameters of a study step as written in the study file, checked against the names the step knows. */
final class StepParameters {
    private final String step;
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param prefixes parameter names that may carry any suffix (e.g. {@code variant:} of study.robustness)
     */
    StepParameters(Analysis a, String stepName, Set<String> known, Set<String> prefixes) {
        this.step = a.getEstimatorId() + " '" + stepName + "'";
        List<String> problems = new ArrayList<>();
        for (ParameterValue p : a.getParameters()) {
            String n = p.getName() == null ? "" : p.getName().strip();
            boolean ok = known.contains(n) || prefixes.stream().anyMatch(x -> n.startsWith(x) && n.length() > x.length());
            if (!ok) {
                problems.add(step + ": unknown parameter '" + n + "'; it takes " + String.join(", ", known)
                        + (prefixes.isEmpty() ? "" : ", " + String.join(", ", prefixes.stream().map(x -> x + "NAME").toList())));
            } else if (values.put(n, p.getValue() == null ? "" : p.getValue().strip()) != null) {
                problems.add(step + ": parameter '" + n + "' is given twice");
            }
        }
        if (!a.getOutputs().isEmpty()) {
            problems.add(step + ": a study step has no output bindings; bind the per-unit table of the analysis it reads");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    String step() {
        return step;
    }

    Map<String, String> all() {
        return values;
    }

    String optional(String name, String fallback) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            throw new InputException(step + ": parameter '" + name + "' is required");
        }
        return v;
    }

    /** A comma-separated list, items stripped; empty when absent. */
    List<String> list(String name) {
        String v = values.get(name);
        List<String> out = new ArrayList<>();
        if (v != null && !v.isEmpty()) {
            for (String s : v.split(",")) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A list that must have one item per column when given. */
    List<String> listOfSize(String name, int size) {
        List<String> l = list(name);
        if (!l.isEmpty() && l.size() != size) {
            throw new InputException(step + ": parameter '" + name + "' has " + l.size() + " items for " + size
                    + " columns; give one per column (comma-separated)");
        }
        return l;
    }
}
