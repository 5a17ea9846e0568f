package org.carbonlab.panel.numerics;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.CoefficientTable;
import org.carbonlab.core.inference.ClusterCorrection;
import org.carbonlab.core.inference.Sandwich;
import org.carbonlab.core.inference.OlsCore;
import org.carbonlab.core.inference.LinAlg;

/**
 * Hausman tests of fixed against random effects (matrices in, numbers out), both built on one
 * {@link RandomEffectsResult} (which holds the within fit on the same rows and columns).
 * <ul>
 * <li>{@link #classical}: H = |d'(V_FE − V_RE)^{-1} d|, d = b_FE − b_RE over the slopes both models estimate (the
 * within-identified ones), each V the model's own classical covariance; chi-square with df = number of compared
 * slopes. This is {@code plm::phtest(fe, re)} (plm also takes the absolute value). If V_FE − V_RE is singular, a
 * Moore–Penrose inverse is used and df = its rank (as Stata's {@code hausman} does).</li>
 * <li>{@link #regression}: the regression-based (Mundlak/Wooldridge) test. The quasi-demeaned response y* of the
 * random-effects fit is regressed by OLS on all quasi-demeaned columns X* (the intercept column is 1 − θ_i) and on
 * the quasi-demeaned entity means (1 − θ_i)·x̄_i of every within-identified column, with the same θ_i; the Wald
 * statistic that the coefficients of the means are zero, with a classical or cluster-robust covariance, is
 * chi-square with df = number of means. This is random-effects GLS of the Mundlak-augmented model
 * y = X b + x̄ g + u + e. The coefficients of the time-varying columns equal the within estimates exactly. For
 * balanced panels (θ the same for all entities) it is identical to {@code plm::phtest(formula, data,
 * method="aux", vcov=...)}, whose auxiliary regression has a constant 1 instead of 1 − θ_i; for unbalanced panels
 * plm's variant differs and this class keeps the GLS form.</li>
 * </ul>
 */
public final class Hausman {

    private Hausman() {
    }

    /** Result of the classical (contrast) test. */
    public static final class Contrast {
        private final double statistic;
        private final int df;
        private final double p;
        private final int[] columns;
        private final double[] fe;
        private final double[] re;
        private final double[][] differenceVcov;
        private final boolean positiveDefinite;
        private final boolean singular;

        Contrast(double statistic, int df, int[] columns, double[] fe, double[] re, double[][] differenceVcov,
                boolean positiveDefinite, boolean singular) {
            this.statistic = statistic;
            this.df = df;
            this.p = Distributions.chiSquaredUpperP(statistic, df);
            this.columns = columns;
            this.fe = fe;
            this.re = re;
            this.differenceVcov = differenceVcov;
            this.positiveDefinite = positiveDefinite;
            this.singular = singular;
        }

        public double statistic() {
            return statistic;
        }

        /** Degrees of freedom: the number of compared slopes (the rank of V_FE − V_RE if it is singular). */
        public int df() {
            return df;
        }

        public double pValue() {
            return p;
        }

        /** Input columns compared, ascending. */
        public int[] columns() {
            return columns.clone();
        }

        /** Fixed-effects estimates of the compared columns. */
        public double[] fixedEffects() {
            return fe.clone();
        }

        /** Random-effects estimates of the compared columns. */
        public double[] randomEffects() {
            return re.clone();
        }

        /** V_FE − V_RE over the compared columns. */
        public double[][] differenceVcov() {
            double[][] out = new double[differenceVcov.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = differenceVcov[i].clone();
            }
            return out;
        }

        /** Whether V_FE − V_RE is positive definite (if not, the test is not well behaved in this sample). */
        public boolean positiveDefinite() {
            return positiveDefinite;
        }

        /** Whether V_FE − V_RE was singular, so that a generalized inverse and df = rank were used. */
        public boolean singular() {
            return singular;
        }
    }

    /** Result of the regression-based test. */
    public static final class Auxiliary {
        private final double statistic;
        private final int df;
        private final double p;
        private final CoefficientTable table;
        private final int k;
        private final int[] meanOf;
        private final int droppedMeans;

        Auxiliary(double statistic, int df, CoefficientTable table, int k, int[] meanOf, int droppedMeans) {
            this.statistic = statistic;
            this.df = df;
            this.p = Distributions.chiSquaredUpperP(statistic, df);
            this.table = table;
            this.k = k;
            this.meanOf = meanOf;
            this.droppedMeans = droppedMeans;
        }

        /** Wald chi-square that the coefficients of the entity means are zero (NaN if their covariance is singular). */
        public double statistic() {
            return statistic;
        }

        /** Number of entity means tested. */
        public int df() {
            return df;
        }

        public double pValue() {
            return p;
        }

        /**
         * The auxiliary regression: columns 0..k−1 are the quasi-demeaned input columns (same order as X), column
         * k + m is the quasi-demeaned mean of input column {@link #meanOf()}[m]. z statistics (normal p-values).
         */
        public CoefficientTable table() {
            return table;
        }

        /** Number of input columns k (the means follow them in {@link #table()}). */
        public int nInputColumns() {
            return k;
        }

        /** For each mean column of the auxiliary regression, the input column it averages. */
        public int[] meanOf() {
            return meanOf.clone();
        }

        /** Number of mean columns dropped as collinear (they are not tested). */
        public int droppedMeans() {
            return droppedMeans;
        }
    }

    /** The classical test from the classical covariances of both models (plm::phtest). */
    public static Contrast classical(RandomEffectsResult re) {
        FixedEffectsResult fe = re.within();
        double[] bFe = fe.coefficients();
        double[] bRe = re.coefficients();
        double[][] vFe = fe.classical().vcov();
        double[][] vRe = re.classical().vcov();
        int k = bFe.length;
        int[] cols = new int[k];
        int q = 0;
        for (int j = 0; j < k; j++) {
            if (j != re.interceptColumn() && !Double.isNaN(bFe[j]) && !Double.isNaN(bRe[j])) {
                cols[q++] = j;
            }
        }
        if (q == 0) {
            throw new IllegalArgumentException("no coefficient is estimated by both models: no regressor varies "
                    + "within entities");
        }
        cols = Arrays.copyOf(cols, q);
        double[] d = new double[q];
        double[] fe1 = new double[q];
        double[] re1 = new double[q];
        double[][] dv = new double[q][q];
        for (int a = 0; a < q; a++) {
            fe1[a] = bFe[cols[a]];
            re1[a] = bRe[cols[a]];
            d[a] = fe1[a] - re1[a];
            for (int b = 0; b < q; b++) {
                dv[a][b] = vFe[cols[a]][cols[b]] - vRe[cols[a]][cols[b]];
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                double m = 0.5 * (dv[a][b] + dv[b][a]);
                dv[a][b] = m;
                dv[b][a] = m;
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(dv, true);
        double[] eig = new EigenDecomposition(m).getRealEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double e : eig) {
            min = Math.min(min, e);
        }
        boolean pd = min > 0;
        RealVector dvec = new ArrayRealVector(d, true);
        LUDecomposition lu = new LUDecomposition(m);
        double stat;
        int df = q;
        boolean singular = !lu.getSolver().isNonSingular();
        if (!singular) {
            stat = Math.abs(dvec.dotProduct(lu.getSolver().solve(dvec)));
        } else {
            SingularValueDecomposition svd = new SingularValueDecomposition(m);
            stat = Math.abs(dvec.dotProduct(svd.getSolver().getInverse().operate(dvec)));
            df = svd.getRank();
        }
        return new Contrast(stat, df, cols, fe1, re1, dv, pd, singular);
    }

    /** The regression-based test with the classical covariance sigma2 (Z'Z)^{-1}, sigma2 = SSR/(N − rank). */
    public static Auxiliary regression(RandomEffectsResult re) {
        return regression(re, null, ClusterCorrection.NONE);
    }

    /**
     * The regression-based test with a cluster-robust covariance of the auxiliary regression: the HC0 cluster
     * sandwich times 1 ({@link ClusterCorrection#NONE}, as {@code plm::vcovHC(method="arellano", type="HC0")} on
     * plm's auxiliary model) or times G/(G−1)·(N−1)/(N−K) with K = all kept auxiliary columns
     * ({@link ClusterCorrection#STATA}, as Stata's {@code xtreg y x xbar, re vce(cluster c)} computes its VCE).
     *
     * @param cluster cluster code per row, or null for the classical covariance
     */
    public static Auxiliary regression(RandomEffectsResult re, int[] cluster, ClusterCorrection correction) {
        FixedEffectsResult fe = re.within();
        int[] varying = fe.keptColumns();
        int q = varying.length;
        if (q == 0) {
            throw new IllegalArgumentException("no regressor varies within entities: there are no entity means to test");
        }
        int k = re.nColumns();
        int n = re.nObs();
        Codes ent = re.ent;
        double[][] cols = new double[k + q][];
        double[] norms = new double[k + q];
        for (int j = 0; j < k; j++) {
            cols[j] = re.star[j];
            norms[j] = LinAlg.norm(re.raw[j]);
        }
        for (int m = 0; m < q; m++) {
            int j = varying[m];
            double[] means = ent.levelMeans(re.raw[j]);
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = (1.0 - re.thetaObs[i]) * means[ent.code[i]];
            }
            cols[k + m] = c;
            norms[k + m] = norms[j];
        }
        OlsCore core = OlsCore.fit(cols, re.yStar, norms, null, re.options().collinearityTolerance());
        int r = core.rank();
        int[] tested = new int[r];
        int t = 0;
        for (int a = 0; a < r; a++) {
            if (core.keptColumn(a) >= k) {
                tested[t++] = a;
            }
        }
        tested = Arrays.copyOf(tested, t);
        double[][] v;
        double factor;
        int kSsc = -1;
        int clusters = 0;
        String kind;
        if (cluster == null) {
            double sigma2 = n > r ? core.ssr() / (n - r) : Double.NaN;
            v = Sandwich.scale(core.xtxInv(), sigma2);
            factor = Double.NaN;
            kind = "classical";
        } else {
            Codes c = Codes.of(cluster, n, "cluster");
            clusters = c.levels;
            boolean stata = correction == ClusterCorrection.STATA;
            factor = stata ? ClusterCorrection.stataFactor(c.levels, n, r) : 1.0;
            kSsc = stata ? r : -1;
            double[][] kept = new double[r][];
            for (int a = 0; a < r; a++) {
                kept[a] = cols[core.keptColumn(a)];
            }
            v = Sandwich.scale(LinAlg.sandwich(core.xtxInv(), Sandwich.clusterMeat(kept, core.residuals(), c.code, c.levels)), factor);
            kind = "cluster";
        }
        CoefficientTable table = CoefficientTable.of(kind, k + q, core.kept(), core.beta(), v, Double.POSITIVE_INFINITY,
                re.options().confidenceLevel(), tested, Double.POSITIVE_INFINITY, factor, kSsc, clusters);
        double[] bq = new double[t];
        double[][] vq = new double[t][t];
        for (int a = 0; a < t; a++) {
            bq[a] = core.coefficient(tested[a]);
            for (int b = 0; b < t; b++) {
                vq[a][b] = v[tested[a]][tested[b]];
            }
        }
        boolean rankOk = clusters == 0 || t <= clusters - 1;
        double stat = rankOk && t > 0 ? LinAlg.quadFormInverse(vq, bq) : Double.NaN;
        return new Auxiliary(stat, t, table, k, varying, q - t);
    }
}
