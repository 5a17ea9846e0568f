package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.AbsorbedFactor;
import org.carbonlab.core.formula.Demeaned;
import org.carbonlab.core.formula.Formula;
import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.formula.Term;
import org.carbonlab.core.inference.CovarianceSpec;
import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.SmallSampleCorrection;
import org.carbonlab.panel.numerics.IvCovariance;

/**
 * The columns of an IV model ({@code panel.iv}, the shift-share diagnostics) after the checks that name what is
 * wrong: an instrument part is required; an excluded instrument that does not vary within the absorbed fixed effects
 * (demeaned to zero) and an endogenous regressor absorbed by them are input errors; collinear exogenous regressors
 * and redundant instruments are dropped with a warning; fewer excluded instruments than endogenous regressors is an
 * input error naming both lists. Columns are demeaned under fixed effects.
 */
record IvDesign(double[] y, List<String> exogLabels, double[][] exog, List<String> endogLabels, double[][] endog,
        List<String> excludedLabels, double[][] excluded) {

    /** Relative size below which a demeaned column counts as absorbed, and the collinearity tolerance. */
    static final double TOLERANCE = 1e-9;

    /** The regressor labels in the numerics' order: exogenous (intercept first) then endogenous. */
    List<String> regressorLabels() {
        List<String> out = new ArrayList<>(exogLabels);
        out.addAll(endogLabels);
        return out;
    }

    /** Problems visible in the formula alone. */
    static List<String> formulaProblems(Formula f, String text) {
        List<String> problems = new ArrayList<>();
        if (!f.hasInstruments()) {
            problems.add("formula '" + text + "' has no instrument part: panel.iv needs '| endogenous ~ instruments' "
                    + "as the last part, e.g. y ~ x | id + year | robots ~ bartik");
            return problems;
        }
        if (!f.hasFactorTerms() && f.instruments().size() < f.endogenous().size()) {
            problems.add(fewer(labels(f.instruments()), labels(f.endogenous())));
        }
        return problems;
    }

    private static List<String> labels(List<Term> terms) {
        List<String> out = new ArrayList<>();
        terms.forEach(t -> out.add(t.label()));
        return out;
    }

    private static String fewer(List<String> instruments, List<String> endogenous) {
        return "fewer excluded instruments (" + instruments.size() + ": " + String.join(", ", instruments)
                + ") than endogenous regressors (" + endogenous.size() + ": " + String.join(", ", endogenous)
                + "): the model is under-identified; add instruments or instrument fewer regressors";
    }

    static IvDesign of(ModelFrame mf, Demeaned d, Consumer<String> warn) {
        String absorbed = absorbedLabel(mf);
        double[] y = d.y();
        // endogenous regressors absorbed by the fixed effects
        List<String> endogLabels = mf.endogenousLabels();
        double[][] rawEndog = mf.endogenous();
        double[][] endog = d.endogenous();
        List<String> problems = new ArrayList<>();
        if (mf.hasFixedEffects()) {
            for (int j = 0; j < endogLabels.size(); j++) {
                if (absorbedColumn(rawEndog, endog, j)) {
                    problems.add("endogenous regressor '" + endogLabels.get(j) + "' does not vary within the absorbed "
                            + "fixed effects (" + absorbed + "): its effect is absorbed and cannot be estimated");
                }
            }
        }
        List<String> zLabels = mf.instrumentLabels();
        double[][] rawZ = mf.instruments();
        double[][] z = d.instruments();
        if (mf.hasFixedEffects()) {
            for (int j = 0; j < zLabels.size(); j++) {
                if (absorbedColumn(rawZ, z, j)) {
                    problems.add("instrument '" + zLabels.get(j) + "' does not vary within the absorbed fixed effects ("
                            + absorbed + "): demeaned it is zero in every row, so it explains nothing of the "
                            + "endogenous regressors; use an instrument that changes within units (e.g. shares times "
                            + "period shocks, as a shift-share instrument does) or drop that fixed effect");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        // exogenous columns: drop collinear ones (Stata keeps the earlier)
        List<String> xLabels = mf.columnLabels();
        double[][] rawX = mf.x();
        double[][] x = d.x();
        int[] keptX = keep(x, rawX, y);
        warnDropped(warn, "exogenous regressor", xLabels, keptX, absorbed);
        double[][] exog = columns(x, keptX);
        List<String> exogLabels = pick(xLabels, keptX);
        // excluded instruments: drop those collinear with the exogenous regressors or earlier instruments
        double[][] both = IvEstimator.hstack(exog, z);
        double[][] rawBoth = IvEstimator.hstack(columns(rawX, keptX), rawZ);
        int[] keptBoth = keep(both, rawBoth, y);
        List<Integer> keptZ = new ArrayList<>();
        for (int c : keptBoth) {
            if (c >= exog[0].length) {
                keptZ.add(c - exog[0].length);
            }
        }
        int[] keptZArr = keptZ.stream().mapToInt(Integer::intValue).toArray();
        warnDropped(warn, "excluded instrument", zLabels, keptZArr, absorbed);
        List<String> excludedLabels = pick(zLabels, keptZArr);
        if (excludedLabels.size() < endogLabels.size()) {
            throw new InputException(fewer(excludedLabels, endogLabels));
        }
        // endogenous regressors must not be collinear with the exogenous ones or each other
        int[] keptE = keep(IvEstimator.hstack(exog, endog), IvEstimator.hstack(columns(rawX, keptX), rawEndog), y);
        if (keptE.length < exog[0].length + endog[0].length) {
            throw new EstimationException("the endogenous regressors " + endogLabels + " are collinear with the "
                    + "exogenous regressors " + exogLabels + " or with each other");
        }
        return new IvDesign(y, exogLabels, exog, endogLabels, endog, excludedLabels, columns(z, keptZArr));
    }

    /** The model's covariance convention in the numerics' terms. */
    static IvCovariance covariance(CovarianceSpec spec, int[] clusters, ModelFrame mf, int absorbedDf, boolean normal) {
        IvCovariance.Kind kind = switch (spec.vcov()) {
            case CLASSICAL -> IvCovariance.Kind.CLASSICAL;
            case ROBUST -> IvCovariance.Kind.ROBUST;
            case CLUSTER -> IvCovariance.Kind.CLUSTER;
        };
        int g = 0;
        boolean nested = true;
        if (clusters != null) {
            for (int c : clusters) {
                g = Math.max(g, c + 1);
            }
            for (AbsorbedFactor a : mf.absorbedFactors()) {
                nested &= nestedIn(a.codes(), a.nLevels(), clusters);
            }
        } else {
            nested = false;
        }
        return new IvCovariance(kind, spec.ssc() == SmallSampleCorrection.STATA, normal, clusters, g, absorbedDf,
                nested);
    }

    /** Whether every level of {@code codes} lies in one cluster. */
    static boolean nestedIn(int[] codes, int levels, int[] clusters) {
        int[] seen = new int[levels];
        Arrays.fill(seen, -1);
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (seen[c] < 0) {
                seen[c] = clusters[i];
            } else if (seen[c] != clusters[i]) {
                return false;
            }
        }
        return true;
    }

    private static String absorbedLabel(ModelFrame mf) {
        List<String> l = new ArrayList<>();
        mf.absorbedFactors().forEach(a -> l.add(a.label()));
        return String.join(" + ", l);
    }

    private static boolean absorbedColumn(double[][] raw, double[][] demeaned, int j) {
        double r = 0;
        double dm = 0;
        for (int i = 0; i < raw.length; i++) {
            r = Math.max(r, Math.abs(raw[i][j]));
            dm = Math.max(dm, Math.abs(demeaned[i][j]));
        }
        return dm <= TOLERANCE * r;
    }

    /** Kept column indices (ascending) by OlsCore's rank decision, relative to the raw columns' norms. */
    private static int[] keep(double[][] cols, double[][] raw, double[] y) {
        int n = cols.length;
        int k = n == 0 ? 0 : cols[0].length;
        if (k == 0) {
            return new int[0];
        }
        double[][] c = new double[k][n];
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                c[j][i] = cols[i][j];
                s += raw[i][j] * raw[i][j];
            }
            norms[j] = Math.sqrt(s);
        }
        return OlsCore.fit(c, y, norms, null, TOLERANCE).kept();
    }

    private static void warnDropped(Consumer<String> warn, String what, List<String> labels, int[] kept,
            String absorbed) {
        List<String> dropped = new ArrayList<>();
        int m = 0;
        for (int j = 0; j < labels.size(); j++) {
            if (m < kept.length && kept[m] == j) {
                m++;
            } else {
                dropped.add(labels.get(j));
            }
        }
        if (!dropped.isEmpty()) {
            warn.accept("dropped " + what + "(s) " + String.join(", ", dropped) + " (collinear with earlier columns"
                    + (absorbed.isEmpty() ? "" : " or absorbed by " + absorbed) + ")");
        }
    }

    private static double[][] columns(double[][] a, int[] idx) {
        double[][] out = new double[a.length][idx.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = a[i][idx[j]];
            }
        }
        return out;
    }

    private static List<String> pick(List<String> labels, int[] idx) {
        List<String> out = new ArrayList<>();
        for (int j : idx) {
            out.add(labels.get(j));
        }
        return out;
    }
}
