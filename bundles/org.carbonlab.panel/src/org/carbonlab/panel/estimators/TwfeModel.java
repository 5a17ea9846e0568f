package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.FixedEffect;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.CovarianceParameters;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.RobustMeaning;
import org.carbonlab.core.inference.SmallSampleCorrection;
import org.carbonlab.core.inference.TwoWayClustering;
import org.carbonlab.core.inference.VcovType;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.Result;
import org.carbonlab.panel.numerics.FitOptions;
import org.carbonlab.panel.numerics.FixedEffects;
import org.carbonlab.panel.numerics.FixedEffectsResult;
import org.carbonlab.panel.numerics.PanelEffect;
import org.carbonlab.panel.numerics.TwoWayAnnihilator;

/**
 * The two-way fixed-effects regression behind {@code panel.did}, {@code panel.eventstudy} and {@code panel.placebo}:
 * y on the treatment column(s), the formula's controls and the dummies of any further absorbed factor, with entity
 * and period effects absorbed. It is fitted by {@code panel.fe}'s own fit ({@link FixedEffectsEstimator#fit}, effect
 * twoways) so the numbers equal {@code panel.fe} with the same dummy exactly. Two-way clustering replaces the
 * coefficient table; the within columns, residuals and the annihilator are kept for the wild bootstrap and the
 * placebo refits.
 */
final class TwfeModel {
    /** Prefix of the generated codes of further absorbed factors (their dummies are not reported). */
    static final String ABSORBED_PREFIX = "absorbed_";

    final PanelFrame data;
    final ModelFrame mf;
    final List<String> labels;
    final double[][] slopes;
    final FixedEffectsResult fit;
    final Result result;
    final CoefficientTable table;
    final int[] clusters;
    final int[] clusters2;
    final CovarianceSpec covariance;
    final TwoWayAnnihilator annihilator;
    final List<String> absorbedExtra;

    private TwfeModel(PanelFrame data, ModelFrame mf, List<String> labels, double[][] slopes, FixedEffectsResult fit,
            Result result, CoefficientTable table, int[] clusters, int[] clusters2, CovarianceSpec covariance,
            List<String> absorbedExtra) {
        this.data = data;
        this.mf = mf;
        this.labels = labels;
        this.slopes = slopes;
        this.fit = fit;
        this.result = result;
        this.table = table;
        this.clusters = clusters;
        this.clusters2 = clusters2;
        this.covariance = covariance;
        this.annihilator = TwoWayAnnihilator.of(mf.entityIndex(), mf.timeIndex());
        this.absorbedExtra = absorbedExtra;
    }

    /** Problems of the formula and covariance parameters (validate). */
    static List<String> problems(Parameters p, PanelFrame data) {
        List<String> problems = new ArrayList<>();
        String text = p.string(PanelParameters.FORMULA);
        try {
            Formula f = Formula.parse(text);
            if (f.hasInstruments()) {
                problems.add("formula '" + text + "': the instrument part is not supported by a DID; use panel.iv");
            }
            Formula withoutFe = Formula.parse(rebuild(f, List.of(), List.of()));
            problems.addAll(withoutFe.check(data));
            for (FixedEffect fe : f.fixedEffects()) {
                for (String c : fe.columns()) {
                    if (!data.hasColumn(c) && !c.equals(data.entityColumn()) && !c.equals(data.timeColumn())) {
                        problems.add("formula '" + text + "': absorbed factor column '" + c + "' is not in the data");
                    }
                }
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(CovarianceSpec.problems(p, data));
        String c2 = p.string(DidParameters.CLUSTER2);
        if (c2 != null && !data.hasColumn(c2) && !c2.equals(data.timeColumn()) && !c2.equals(data.entityColumn())) {
            problems.add("cluster2 column '" + c2 + "' is not in the data; columns: "
                    + String.join(", ", data.columnNames()));
        }
        if (c2 != null && "classical".equals(p.string(CovarianceParameters.VCOV))) {
            problems.add("cluster2=" + c2 + " needs vcov=cluster (two-way clustering)");
        }
        return problems;
    }

    /**
     * Fits y ~ treatmentColumns + controls (+ extra absorbed dummies) with two-way effects.
     *
     * @param data             the data with the treatment columns added
     * @param treatmentColumns names of the added columns, first in the design
     */
    static TwfeModel fit(PanelFrame data, Parameters p, List<String> treatmentColumns) {
        Formula user = Formula.parse(p.string(PanelParameters.FORMULA));
        List<String> extraTerms = new ArrayList<>();
        PanelFrame d = data;
        List<String> absorbedExtra = new ArrayList<>();
        for (FixedEffect fe : user.fixedEffects()) {
            List<String> cols = fe.columns();
            if (cols.size() == 1 && (cols.get(0).equals(data.entityColumn()) || cols.get(0).equals(data.timeColumn()))) {
                continue; // always absorbed
            }
            String name = ABSORBED_PREFIX + String.join("_x_", cols).replaceAll("[^A-Za-z0-9_]", "_");
            d = d.withColumn(name, combinationCodes(d, cols));
            extraTerms.add("factor(" + name + ")");
            absorbedExtra.add(fe.label());
        }
        Formula f = Formula.parse(rebuild(user, treatmentColumns, extraTerms));
        ModelFrame mf = f.modelFrame(d);

        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(PanelParameters.FORMULA, f.text());
        raw.put(PanelParameters.EFFECT, "twoways");
        raw.put(CovarianceParameters.VCOV, p.string(CovarianceParameters.VCOV));
        if (p.isSet(CovarianceParameters.CLUSTER)) {
            raw.put(CovarianceParameters.CLUSTER, p.string(CovarianceParameters.CLUSTER));
        }
        raw.put(CovarianceParameters.SSC, p.string(CovarianceParameters.SSC));
        raw.put(CovarianceParameters.LEVEL, Double.toString(p.number(CovarianceParameters.LEVEL)));
        Parameters inner = new FixedEffectsEstimator().parameters().resolve(raw);
        Result result = FixedEffectsEstimator.fit(mf, inner);

        List<String> all = mf.columnLabels();
        int offset = mf.hasIntercept() ? 1 : 0;
        List<String> labels = new ArrayList<>(all.subList(offset, all.size()));
        double[][] x = mf.x();
        double[][] slopes = new double[x.length][labels.size()];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], offset, slopes[i], 0, labels.size());
        }
        FixedEffectsResult fit = FixedEffects.fit(mf.y(), slopes, mf.entityIndex(), mf.timeIndex(),
                PanelEffect.TWOWAYS, FitOptions.defaults().withConfidenceLevel(p.number(CovarianceParameters.LEVEL)));
        CovarianceSpec covariance = CovarianceSpec.from(inner, mf.data(), RobustMeaning.CLUSTERED_BY_ENTITY);
        int[] clusters = covariance.clusterCodes(mf);
        CoefficientTable table = clusters == null ? fit.classical()
                : fit.cluster(clusters, covariance.clusterCorrection());
        int[] clusters2 = null;
        if (p.isSet(DidParameters.CLUSTER2)) {
            clusters2 = codes(mf, p.string(DidParameters.CLUSTER2));
            table = twoWay(fit, slopes, mf, clusters, clusters2, covariance, p.number(CovarianceParameters.LEVEL));
            replaceCoefficients(result, labels, table);
            String description = "two-way clustered by " + covariance.clusterColumn() + " and "
                    + p.string(DidParameters.CLUSTER2) + " (G = min = " + table.clusters() + "), "
                    + (covariance.ssc() == SmallSampleCorrection.STATA ? "Stata small-sample correction"
                            : "no small-sample correction");
            Inference inference = Inference.of(table, VcovType.CLUSTER, description);
            result.inference(inference);
            result.statistic("vcov_description", description);
            result.statistic("n_clusters", table.clusters());
            result.statistic("ssc_factor", table.smallSampleFactor());
            result.statistic("p_value_df", inference.df());
            result.warn("two-way clustering: the intercept and the F test of panel.fe are not reported");
            result.tests().removeIf(t -> t.name().equals("f_slopes"));
        }
        hideAbsorbedDummies(result);
        result.tables().remove("fixed_effects");
        return new TwfeModel(d, mf, labels, slopes, fit, result, table, clusters, clusters2, covariance,
                absorbedExtra);
    }

    /** The formula text y ~ treatment + controls + extra, with the user's terms as written. */
    static String rebuild(Formula user, List<String> treatment, List<String> extra) {
        // a treatment column the user also wrote among the controls is fitted once, first
        java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>(treatment);
        terms.addAll(user.termLabels());
        terms.addAll(extra);
        return user.responseLabel() + " ~ " + (terms.isEmpty() ? "1" : String.join(" + ", terms));
    }

    /** Position of {@code label} among the kept within columns, or −1 if it was dropped. */
    int keptPosition(String label) {
        int j = labels.indexOf(label);
        int[] kept = fit.keptColumns();
        for (int a = 0; a < kept.length; a++) {
            if (kept[a] == j) {
                return a;
            }
        }
        return -1;
    }

    /** The within-transformed kept columns (column-major), as the fit saw them. */
    double[][] withinKept() {
        int[] kept = fit.keptColumns();
        double[][] out = new double[kept.length][];
        for (int a = 0; a < kept.length; a++) {
            double[] col = new double[slopes.length];
            for (int i = 0; i < col.length; i++) {
                col[i] = slopes[i][kept[a]];
            }
            out[a] = annihilator.apply(col);
        }
        return out;
    }

    /** The raw kept columns other than {@code skip} (the controls of a placebo refit). */
    double[][] keptColumnsExcept(int skipLabel) {
        List<double[]> out = new ArrayList<>();
        for (int j : fit.keptColumns()) {
            if (j == skipLabel) {
                continue;
            }
            double[] col = new double[slopes.length];
            for (int i = 0; i < col.length; i++) {
                col[i] = slopes[i][j];
            }
            out.add(col);
        }
        return out.toArray(double[][]::new);
    }

    private static CoefficientTable twoWay(FixedEffectsResult fit, double[][] slopes, ModelFrame mf, int[] a, int[] b,
            CovarianceSpec covariance, double level) {
        if (a == null) {
            a = mf.entityIndex();
        }
        int[] kept = fit.keptColumns();
        TwoWayAnnihilator m = TwoWayAnnihilator.of(mf.entityIndex(), mf.timeIndex());
        double[][] within = new double[kept.length][];
        for (int c = 0; c < kept.length; c++) {
            double[] col = new double[slopes.length];
            for (int i = 0; i < col.length; i++) {
                col[i] = slopes[i][kept[c]];
            }
            within[c] = m.apply(col);
        }
        double[][] bread = LinAlg.timesOwnTranspose(LinAlg.upperInverse(LinAlg.rFactor(within)));
        TwoWayClustering.Meat meat = TwoWayClustering.meat(within, fit.residuals(), a, b);
        int g = meat.minClusters();
        int n = fit.nObs();
        double factor;
        double df;
        int k = -1;
        if (covariance.clusterCorrection() == ClusterCorrection.STATA) {
            k = fit.stataClusterK(a);
            factor = ClusterCorrection.stataFactor(g, n, k);
            df = g - 1;
        } else {
            factor = 1;
            df = fit.dfResid();
        }
        double[][] v = LinAlg.sandwich(bread, meat.meat());
        for (double[] row : v) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= factor;
            }
        }
        double[] beta = new double[kept.length];
        double[] all = fit.coefficients();
        for (int c = 0; c < kept.length; c++) {
            beta[c] = all[kept[c]];
        }
        int[] pos = new int[kept.length];
        for (int c = 0; c < pos.length; c++) {
            pos[c] = c;
        }
        return CoefficientTable.of("cluster2", slopes.length == 0 ? 0 : slopes[0].length, kept, beta, v, df, level,
                pos, g - 1, factor, k, g);
    }

    private static void replaceCoefficients(Result result, List<String> labels, CoefficientTable table) {
        result.coefficients().clear();
        RegressionBinding.addCoefficients(result, labels, table);
    }

    /** Removes the dummies of further absorbed factors from the coefficients, vcov and warnings. */
    private static void hideAbsorbedDummies(Result result) {
        result.coefficients().removeIf(c -> c.term().contains(ABSORBED_PREFIX));
        List<String> terms = result.vcovTerms();
        if (terms != null && terms.stream().anyMatch(t -> t.contains(ABSORBED_PREFIX))) {
            double[][] v = result.vcov();
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                if (!terms.get(i).contains(ABSORBED_PREFIX)) {
                    keep.add(i);
                }
            }
            double[][] sub = new double[keep.size()][keep.size()];
            List<String> names = new ArrayList<>();
            for (int a = 0; a < keep.size(); a++) {
                names.add(terms.get(keep.get(a)));
                for (int b = 0; b < keep.size(); b++) {
                    sub[a][b] = v[keep.get(a)][keep.get(b)];
                }
            }
            result.vcov(names, sub);
        }
        for (Iterator<String> it = result.warnings().iterator(); it.hasNext();) {
            String w = it.next();
            if (w.startsWith("dropped ") && w.contains(ABSORBED_PREFIX)) {
                it.remove();
            }
        }
        Object dropped = result.statistic("dropped_terms");
        if (dropped instanceof List<?> l) {
            List<String> visible = new ArrayList<>();
            for (Object o : l) {
                if (!o.toString().contains(ABSORBED_PREFIX)) {
                    visible.add(o.toString());
                }
            }
            result.statistic("dropped_terms", visible);
            if (!visible.isEmpty()) {
                result.warn("dropped " + visible.size() + " term(s): " + String.join(", ", visible)
                        + " (collinear or absorbed by the fixed effects)");
            }
        }
    }

    /** Codes 0, 1, ... of the combinations of the columns' values (NaN where one is missing). */
    private static double[] combinationCodes(PanelFrame d, List<String> cols) {
        List<String[]> texts = new ArrayList<>();
        for (String c : cols) {
            if (c.equals(d.entityColumn())) {
                String[] t = new String[d.rows()];
                for (int r = 0; r < t.length; r++) {
                    t[r] = d.entityLabel(r);
                }
                texts.add(t);
            } else if (c.equals(d.timeColumn())) {
                String[] t = new String[d.rows()];
                for (int r = 0; r < t.length; r++) {
                    t[r] = Long.toString(d.time(r));
                }
                texts.add(t);
            } else {
                texts.add(d.text(c));
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        double[] out = new double[d.rows()];
        for (int r = 0; r < out.length; r++) {
            StringBuilder key = new StringBuilder();
            boolean missing = false;
            for (String[] t : texts) {
                if (t[r] == null || t[r].isEmpty()) {
                    missing = true;
                    break;
                }
                key.append(t[r]).append('\u0001');
            }
            out[r] = missing ? Double.NaN : ids.computeIfAbsent(key.toString(), k -> ids.size());
        }
        return out;
    }

    /** Codes of a cluster column for the frame's rows (entity and time columns map to their indices). */
    private static int[] codes(ModelFrame mf, String column) {
        PanelFrame data = mf.data();
        if (column.equals(data.entityColumn())) {
            return mf.entityIndex();
        }
        if (column.equals(data.timeColumn())) {
            return mf.timeIndex();
        }
        String[] values = data.text(column);
        int[] rows = mf.frameRows();
        int[] out = new int[rows.length];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            String v = values[rows[i]];
            if (v == null || v.isEmpty()) {
                throw new InputException("cluster2 column '" + column + "' is missing in " + data.describe(rows[i]));
            }
            out[i] = ids.computeIfAbsent(v, k -> ids.size());
        }
        return out;
    }

    /** The coefficient of a term, or an exception naming it when it was dropped. */
    Coefficient coefficient(String term) {
        return result.coefficient(term).orElseThrow(() -> new org.carbonlab.core.errors.EstimationException(
                "the treatment term " + term + " was dropped (collinear with the fixed effects or the controls)"));
    }
}
