package org.carbonlab.efficiency.estimators;

import static org.carbonlab.efficiency.estimators.DeaFixtures.column;
import static org.carbonlab.efficiency.estimators.DeaFixtures.doubles;
import static org.carbonlab.efficiency.estimators.DeaFixtures.flags;
import static org.carbonlab.efficiency.estimators.DeaFixtures.matrix;
import static org.carbonlab.efficiency.estimators.DeaFixtures.params;
import static org.carbonlab.efficiency.estimators.DeaFixtures.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.efficiency.numerics.dea.DeaEngine;
import org.carbonlab.efficiency.numerics.dea.DeaSpec;
import org.carbonlab.efficiency.numerics.dea.DmuSolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * efficiency.dea against the DEA reference cases in resources/dea (R/lpSolve values with their script.R and NOTES.md): scores abs 1e-9, slacks
 * abs 1e-7·max(1, |x|) and λ abs 1e-7 on the rows NOTES.md marks unique. Prints the worst errors per case.
 */
class DeaReferenceTest {
    static final double SCORE_TOL = 1e-9;
    static final double SLACK_TOL = 1e-7;
    static final double LAMBDA_TOL = 1e-7;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ccr_bcc", "coelli1998_small.csv", "small_coelli1998", "CCR_input"),
                Arguments.of("ccr_bcc", "coelli1998_small.csv", "small_coelli1998", "BCC_input"),
                Arguments.of("ccr_bcc", "charnes1981_medium.csv", "medium_charnes1981", "CCR_input"),
                Arguments.of("ccr_bcc", "charnes1981_medium.csv", "medium_charnes1981", "BCC_input"),
                Arguments.of("sbm", "tone2001_small.csv", "small_tone2001", "SBM_nonoriented_CRS"),
                Arguments.of("sbm", "tone2001_small.csv", "small_tone2001", "SBM_nonoriented_VRS"),
                Arguments.of("sbm", "charnes1981_medium.csv", "medium_charnes1981", "SBM_nonoriented_CRS"),
                Arguments.of("sbm", "charnes1981_medium.csv", "medium_charnes1981", "SBM_nonoriented_VRS"),
                Arguments.of("super_sbm", "tone2001_small.csv", "small_tone2001", "super_SBM_nonoriented_CRS"),
                Arguments.of("super_sbm", "tone2001_small.csv", "small_tone2001", "super_SBM_nonoriented_VRS"),
                Arguments.of("super_sbm", "charnes1981_medium.csv", "medium_charnes1981", "super_SBM_nonoriented_CRS"),
                Arguments.of("super_sbm", "charnes1981_medium.csv", "medium_charnes1981", "super_SBM_nonoriented_VRS"),
                Arguments.of("sbm_undesirable", "tone2003_small.csv", "small_tone2003", "SBM_undesirable_CRS"),
                Arguments.of("sbm_undesirable", "tone2003_small.csv", "small_tone2003", "SBM_undesirable_VRS"),
                Arguments.of("sbm_undesirable", "huabian2007_medium.csv", "medium_huabian2007", "SBM_undesirable_CRS"),
                Arguments.of("sbm_undesirable", "huabian2007_medium.csv", "medium_huabian2007", "SBM_undesirable_VRS"),
                Arguments.of("sbm_undesirable", "synthetic_carbon30.csv", "synthetic_carbon30", "SBM_undesirable_CRS"),
                Arguments.of("sbm_undesirable", "synthetic_carbon30.csv", "synthetic_carbon30", "SBM_undesirable_VRS"));
    }

    @ParameterizedTest(name = "{0}/{2}/{3}")
    @MethodSource("cases")
    void matchesReference(String dir, String csv, String dataset, String model) throws IOException {
        JsonObject root = DeaFixtures.json("dea/" + dir + "/expected.json").getAsJsonObject(dataset);
        JsonObject exp = root.getAsJsonObject(model);
        PanelFrame data = DeaFixtures.panel("dea/" + dir + "/" + csv);
        List<String> inputs = strings(root.getAsJsonArray("inputs"));
        boolean undesirable = root.has("good_outputs");
        List<String> outputs = strings(root.getAsJsonArray(undesirable ? "good_outputs" : "outputs"));
        List<String> bad = undesirable ? strings(root.getAsJsonArray("bad_outputs")) : List.of();
        boolean vrs = model.contains("VRS") || model.startsWith("BCC");
        boolean radial = dir.equals("ccr_bcc");
        boolean superEff = exp.has("combined_score");

        List<String> kv = new ArrayList<>(List.of("inputs", String.join(",", inputs), "outputs",
                String.join(",", outputs), "model", radial ? "radial" : "sbm", "orientation",
                radial ? "input" : "nonoriented", "rts", vrs ? "vrs" : "crs", "super", Boolean.toString(superEff),
                "frontier", "global"));
        if (!bad.isEmpty()) {
            kv.addAll(List.of("undesirable", String.join(",", bad)));
        }
        Result r = DeaFixtures.run(new DeaEstimator(), data, params(kv.toArray(String[]::new)));
        ResultTable t = r.tables().get("scores");
        int n = data.rows();
        assertEquals(n, t.rows().size());
        // rows come in frame order; the reference is in file order: map by entity label
        List<String> ids = strings(root.getAsJsonArray("dmu"));
        int[] row = new int[n];
        List<Object> ent = DeaFixtures.cells(t, "entity");
        for (int i = 0; i < n; i++) {
            row[i] = ent.indexOf(ids.get(i));
            assertTrue(row[i] >= 0, "no row for " + ids.get(i));
        }
        double[] score = column(t, "score");
        double worstScore = 0;
        String scoreKey = radial ? "theta" : exp.has("rho") ? "rho" : "sbm_rho";
        double[] expScore = doubles(exp.getAsJsonArray(scoreKey));
        for (int i = 0; i < n; i++) {
            worstScore = Math.max(worstScore, Math.abs(score[row[i]] - expScore[i]));
        }
        double worstCombined = 0;
        if (superEff) {
            double[] combined = column(t, "combined");
            double[] expCombined = doubles(exp.getAsJsonArray("combined_score"));
            double[] superScore = column(t, "super_score");
            double[] expDelta = doubles(exp.getAsJsonArray("super_delta_all_dmus"));
            for (int i = 0; i < n; i++) {
                worstCombined = Math.max(worstCombined, Math.abs(combined[row[i]] - expCombined[i]));
                if (!Double.isNaN(superScore[row[i]])) {
                    worstCombined = Math.max(worstCombined, Math.abs(superScore[row[i]] - expDelta[i]));
                }
            }
        }
        // slacks
        double worstSlack = 0;
        String inKey = radial ? "slack_input_maxslack" : "slack_input";
        String outKey = radial ? "slack_output_maxslack" : undesirable ? "slack_good" : "slack_output";
        boolean[] slackUnique = exp.has("slacks_unique_on_optimal_set")
                ? flags(exp.getAsJsonArray("slacks_unique_on_optimal_set")) : null;
        if (exp.has(inKey)) {
            double[][] si = matrix(exp.getAsJsonArray(inKey));
            double[][] so = matrix(exp.getAsJsonArray(outKey));
            double[][] sb = undesirable ? matrix(exp.getAsJsonArray("slack_bad")) : new double[n][0];
            for (int i = 0; i < n; i++) {
                if (slackUnique != null && !slackUnique[i]) {
                    continue;
                }
                worstSlack = Math.max(worstSlack, slackError(t, data, inputs, si[i], row[i]));
                worstSlack = Math.max(worstSlack, slackError(t, data, outputs, so[i], row[i]));
                worstSlack = Math.max(worstSlack, slackError(t, data, bad, sb[i], row[i]));
            }
        }
        // λ on unique rows, from the numerics directly (frame order = reference order for these ids?)
        double worstLambda = 0;
        String lamKey = radial ? "lambda_maxslack" : "lambda";
        String uniqKey = radial ? "lambda_unique_on_optimal_face" : "lambda_unique_on_optimal_set";
        if (exp.has(lamKey) && exp.has(uniqKey)) {
            double[][] lam = matrix(exp.getAsJsonArray(lamKey));
            boolean[] uq = flags(exp.getAsJsonArray(uniqKey));
            double[][] x = fileOrder(data, inputs, row);
            double[][] g = fileOrder(data, outputs, row);
            double[][] b = fileOrder(data, bad, row);
            int[] all = new int[n];
            Arrays.setAll(all, k -> k);
            int[][] refs = new int[n][];
            Arrays.fill(refs, all);
            DeaSpec spec = new DeaSpec(radial ? DeaSpec.Model.RADIAL : DeaSpec.Model.SBM,
                    radial ? DeaSpec.Orientation.INPUT : DeaSpec.Orientation.NONORIENTED, vrs, false,
                    DeaSpec.Fallback.SCORE, new boolean[] {false, true, true}, false);
            DmuSolution[] s = DeaEngine.run(spec, x, g, b, refs, null, null);
            for (int i = 0; i < n; i++) {
                if (!uq[i]) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    worstLambda = Math.max(worstLambda, Math.abs(s[i].lambda()[j] - lam[i][j]));
                }
            }
        }
        System.out.printf("dea reference %s/%s/%s: worst |score| %.3g, |combined/super| %.3g, slack (rel) %.3g, "
                + "lambda %.3g%n", dir, dataset, model, worstScore, worstCombined, worstSlack, worstLambda);
        assertTrue(worstScore <= SCORE_TOL, "score error " + worstScore);
        assertTrue(worstCombined <= SCORE_TOL, "combined/super error " + worstCombined);
        assertTrue(worstSlack <= SLACK_TOL, "slack error " + worstSlack);
        assertTrue(worstLambda <= LAMBDA_TOL, "lambda error " + worstLambda);
        for (Object st : DeaFixtures.cells(t, "status")) {
            assertEquals("optimal", st);
        }
    }

    private static double slackError(ResultTable t, PanelFrame data, List<String> vars, double[] expected, int row) {
        double worst = 0;
        for (int k = 0; k < vars.size(); k++) {
            double got = ((Number) t.rows().get(row).get(t.columnIndex("slack_" + vars.get(k)))).doubleValue();
            double x = data.numeric(vars.get(k))[row];
            worst = Math.max(worst, Math.abs(got - expected[k]) / Math.max(1, Math.abs(x)));
        }
        return worst;
    }

    /** Columns reordered to the reference file order (row[i] = frame row of the i-th reference DMU). */
    private static double[][] fileOrder(PanelFrame data, List<String> vars, int[] row) {
        double[][] m = new double[vars.size()][row.length];
        for (int k = 0; k < vars.size(); k++) {
            double[] v = data.numeric(vars.get(k));
            for (int i = 0; i < row.length; i++) {
                m[k][i] = v[row[i]];
            }
        }
        return m;
    }
}
