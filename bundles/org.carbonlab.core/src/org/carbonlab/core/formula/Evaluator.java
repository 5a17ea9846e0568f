package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carbonlab.core.data.Names;
import org.carbonlab.core.data.PanelFrame;

/** Evaluates expressions over one frame, caching columns and collecting warnings. */
final class Evaluator {
    private final PanelFrame frame;
    private final Map<String, double[]> columns = new HashMap<>();
    private final Map<String, String[]> texts = new HashMap<>();
    private final Map<String, String> warnings = new LinkedHashMap<>();
    private String term;

    Evaluator(PanelFrame frame) {
        this.frame = frame;
    }

    PanelFrame frame() {
        return frame;
    }

    int rows() {
        return frame.rows();
    }

    /** Evaluates {@code e} as (part of) the term or variable labelled {@code termLabel}. */
    double[] evaluate(Expression e, String termLabel) {
        this.term = termLabel;
        return e.eval(this);
    }

    double[] variable(String name) {
        return columns.computeIfAbsent(name, n -> {
            double[] v = frame.numeric(n);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    v[i] = Double.NaN;
                }
            }
            return v;
        }).clone();
    }

    /** The column as text, null for missing (see {@link PanelFrame#text}). */
    String[] text(String name) {
        return texts.computeIfAbsent(name, frame::text);
    }

    /** Records that {@code node} gave no valid value in {@code count} rows, the first being {@code firstRow}. */
    void invalid(Expression node, int count, int firstRow, String reason) {
        String nodeLabel = node.label();
        String key = nodeLabel + "\u0000" + reason;
        if (warnings.containsKey(key)) {
            return;
        }
        String prefix = term == null || term.equals(nodeLabel) ? "" : term + ": ";
        warnings.put(key, prefix + nodeLabel + " " + reason + " in " + count + " of " + rows()
                + " rows of " + frame.origin() + " (first: " + frame.describe(firstRow)
                + "); these values are treated as missing");
    }

    List<String> warnings() {
        return new ArrayList<>(warnings.values());
    }

    /**
     * Problems with the variables an expression or formula uses: one message listing every
     * unknown name (with suggestions and the available columns), then non-numeric and entirely
     * missing columns.
     */
    static List<String> checkVariables(PanelFrame frame, Collection<String> variables, String where) {
        return checkVariables(frame, variables, List.of(), where);
    }

    /**
     * As {@link #checkVariables(PanelFrame, Collection, String)}, with {@code levelVariables}
     * (factor and fixed-effect columns) that may hold text but must exist and have values.
     */
    static List<String> checkVariables(PanelFrame frame, Collection<String> variables,
            Collection<String> levelVariables, String where) {
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> known = new ArrayList<>();
        java.util.Set<String> all = new java.util.LinkedHashSet<>(variables);
        all.addAll(levelVariables);
        for (String v : all) {
            if (!frame.hasColumn(v)) {
                unknown.add(v);
            } else if (variables.contains(v)) {
                known.add(v);
            }
        }
        if (!unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder(unknown.size() == 1 ? "unknown variable " : "unknown variables ");
            for (int i = 0; i < unknown.size(); i++) {
                String u = unknown.get(i);
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append('\'').append(u).append('\'');
                Optional<String> s = Names.suggest(u, frame.columnNames());
                s.ifPresent(x -> sb.append(" (did you mean '").append(x).append("'?)"));
            }
            sb.append(" in ").append(where).append(": no such column in ").append(frame.origin())
                    .append("; available columns: ").append(Names.list(frame.columnNames()));
            problems.add(sb.toString());
        }
        problems.addAll(frame.checkNumeric(known));
        for (String v : levelVariables) {
            if (frame.hasColumn(v) && !variables.contains(v) && frame.allMissing(v)) {
                problems.add("variable '" + v + "' has no values in " + frame.origin() + ": it is missing in all "
                        + frame.rows() + " rows");
            }
        }
        return problems;
    }
}
