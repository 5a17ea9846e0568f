package org.carbonlab.core.result;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every estimator's {@link Result} must satisfy before the platform writes, tabulates or shows it. Checked
 * by the runner after each estimation, so that a faulty (third-party) estimator is reported by name instead of
 * breaking the writers further down.
 */
public final class ResultContract {

    private ResultContract() {
    }

    /** Every way {@code result} breaks the contract, one message each; empty when it is valid. */
    public static List<String> violations(Result result) {
        List<String> problems = new ArrayList<>();
        if (result == null) {
            problems.add("it returned no result (null)");
            return problems;
        }
        checkModel("the main model", result, problems);
        for (int i = 0; i < result.models().size(); i++) {
            ModelResult m = result.models().get(i);
            if (m == null) {
                problems.add("model " + (i + 1) + " is null");
            } else {
                checkModel("model '" + m.name() + "'", m, problems);
            }
        }
        result.tables().forEach((name, table) -> {
            if (name == null || name.isBlank()) {
                problems.add("a result table has no name");
            }
            if (table == null) {
                problems.add("result table '" + name + "' is null");
            }
        });
        return problems;
    }

    private static void checkModel(String label, ModelResult model, List<String> problems) {
        Set<String> terms = new HashSet<>();
        for (Coefficient c : model.coefficients()) {
            if (c == null || c.term() == null || c.term().isBlank()) {
                problems.add(label + " has a coefficient without a term name");
            } else if (!terms.add(c.term())) {
                problems.add(label + " has term '" + c.term() + "' twice");
            }
        }
        for (String key : model.statistics().keySet()) {
            if (key == null || key.isBlank()) {
                problems.add(label + " has a statistic without a name");
            }
        }
        double[][] vcov = model.vcov();
        if (vcov != null) {
            int k = model.vcovTerms() == null ? -1 : model.vcovTerms().size();
            boolean square = vcov.length == k;
            for (double[] row : vcov) {
                square &= row != null && row.length == k;
            }
            if (!square) {
                problems.add(label + " has a covariance matrix that is not " + k + " x " + k
                        + " (one row and column per covariance term)");
            }
        }
    }
}
