package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.persistence.StudyNames;

/**
 * Checks the output bindings of a study before anything runs, so that a typo costs no estimation:
 * each binding names a table, a column and a variable; the variable is a safe name and does not
 * overwrite a column of its dataset, a derived variable or another binding's variable. Whether the
 * estimator's result has that table and column is only known after it ran.
 */
final class BindingCheck {
    private BindingCheck() {
    }

    /** @return one message per problem, naming the analysis and the output; empty when all is well */
    static List<String> problems(Study study, Map<Dataset, PanelFrame> frames) {
        List<String> problems = new ArrayList<>();
        Map<String, String> boundBy = new HashMap<>();
        Map<String, Variable> derived = new HashMap<>();
        for (Variable v : study.getVariables()) {
            if (v.getName() != null && v.getDerivation() != null && !v.getDerivation().isBlank()) {
                derived.put(v.getName(), v);
            }
        }
        int index = 0;
        for (Analysis a : study.getAnalyses()) {
            index++;
            String analysis = a.getName() == null || a.getName().isBlank() ? "analysis" + index : a.getName();
            Dataset d = a.getDataset() != null ? a.getDataset() : study.getDatasets().get(0);
            PanelFrame frame = frames.get(d);
            int k = 0;
            for (OutputBinding o : a.getOutputs()) {
                k++;
                String where = "analysis '" + analysis + "', output " + k;
                if (blank(o.getTable())) {
                    problems.add(where + ": no table given (table=\"...\" names the estimator's output table)");
                }
                if (blank(o.getColumn())) {
                    problems.add(where + ": no column given (column=\"...\" names the column of the output table)");
                }
                String variable = o.getVariable();
                if (blank(variable)) {
                    problems.add(where + ": no variable given (variable=\"...\" names the new variable)");
                    continue;
                }
                if (!StudyNames.isSafe(variable)) {
                    problems.add(where + ": the variable name '" + variable + "' is not allowed: " + StudyNames.RULE);
                    continue;
                }
                String earlier = boundBy.putIfAbsent(variable, where);
                if (earlier != null) {
                    problems.add(where + ": the variable '" + variable + "' is already defined by " + earlier);
                } else if (frame != null && frame.hasColumn(variable)) {
                    problems.add(where + ": the variable '" + variable + "' is already a column of dataset '"
                            + d.getName() + "'; binding it would overwrite that column; choose another name");
                } else if (derived.containsKey(variable)) {
                    problems.add(where + ": the variable '" + variable + "' is also a derived variable ("
                            + derived.get(variable).getDerivation() + "); choose another name");
                }
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
