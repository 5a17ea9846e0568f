package org.carbonlab.core.formula;

import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.transform.Percentiles;
import org.carbonlab.core.transform.Winsorize;

/**
 * The built-in functions of formulas and expressions.
 * <ul>
 * <li>{@code log(x)}, {@code log10(x)}, {@code exp(x)}, {@code sqrt(x)}, {@code abs(x)}:
 * element-wise; a non-positive argument of log, a negative one of sqrt, or an overflow gives a
 * missing value, counted in a warning.</li>
 * <li>{@code I(e)}: the arithmetic expression e as one term ({@code I(x^2)}, {@code I(a/b)}).</li>
 * <li>{@code lag(x[, k])}: x of the same entity in period t − k (k = 1 by default; a negative k
 * looks ahead), missing when the panel has no row for that period — lags follow time values, not
 * row positions, so gaps give missing values. {@code lead(x[, k])} = {@code lag(x, -k)};
 * {@code diff(x[, k])} = x − lag(x, k) with k ≥ 1. Labels always show k: {@code lag(x,1)}.</li>
 * <li>{@code scale(x)}: (x − mean)/sd over the non-missing values (sd with n − 1).</li>
 * <li>{@code winsor(x, lo, hi[, type])}: x winsorized at its lo and hi quantiles (probabilities,
 * e.g. 0.01 and 0.99) computed over all non-missing values of x in the data, under percentile
 * definition {@code type} (R's numbering: 2 = Stata's {@code _pctile} and {@code winsor2}, the
 * default; 1, 6 and 7 also available; see {@link Percentiles}). {@code trim(x, lo, hi[, type])}
 * sets the values beyond the cuts to missing instead. {@code winsor_by_period(x, lo, hi[, type])}
 * computes the cuts within each period.</li>
 * <li>{@code mean_by_entity(x)}, {@code mean_by_period(x)}: the mean of the non-missing values of
 * x within the row's entity or period.</li>
 * <li>{@code ifelse(cond, a, b)}: a where cond is true (not zero), b where it is zero, missing where cond is
 * missing (the branch not taken may be missing). {@code cond(c, a, b[, m])}: the same, with m where c is
 * missing (Stata's {@code cond()} gives a for a missing c when m is omitted; CarbonLab gives missing).</li>
 * <li>Group statistics ({@link GroupFunction}): {@code mean_by(x, g...)}, {@code sum_by}, {@code sd_by},
 * {@code min_by}, {@code max_by}, {@code count_by}, {@code share(x[, g...])}, {@code rank(x[, g...])}; g is a
 * column, {@code entity} or {@code time}.</li>
 * <li>{@code inlist(x, v1, ...)} (and the operator {@code %in%}) is parsed by the grammar itself, because its
 * values may be strings (its name is reserved); comparisons and logic are operators. See
 * {@link Expression}.</li>
 * <li>{@code deflate(x, p, base_year)}: nominal x in constant prices of {@code base_year},
 * x × p(base_year) / p(t), with p a price-index level column (any base; each entity's index is
 * rebased to its own value in the base year, so regional indices work). An entity without a
 * positive index in the base year is an input error that names it; a row with a missing or
 * non-positive index is missing.</li>
 * </ul>
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static List<FormulaFunction> all() {
        List<FormulaFunction> all = new java.util.ArrayList<>(List.of(
                FormulaFunction.elementwise("log", Math::log, "is undefined for a non-positive argument",
                        "log(x): natural logarithm"),
                FormulaFunction.elementwise("log10", Math::log10, "is undefined for a non-positive argument",
                        "log10(x): base-10 logarithm"),
                FormulaFunction.elementwise("exp", Math::exp, "overflows", "exp(x): exponential"),
                FormulaFunction.elementwise("sqrt", Math::sqrt, "is undefined for a negative argument",
                        "sqrt(x): square root"),
                FormulaFunction.elementwise("abs", Math::abs, "is not finite", "abs(x): absolute value"),
                FormulaFunction.elementwise("I", v -> v, "is not finite",
                        "I(e): the arithmetic expression e as one term, e.g. I(x^2)"),
                new Shift("lag", 1, "lag(x[, k]): x of the same entity in period t-k (k = 1 by default)"),
                new Shift("lead", -1, "lead(x[, k]): x of the same entity in period t+k (k = 1 by default)"),
                new Diff(),
                new Scale(),
                new Winsor("winsor", false, false,
                        "winsor(x, lo, hi[, type]): x winsorized at its lo/hi quantiles (type 2 = Stata, default)"),
                new Winsor("trim", true, false,
                        "trim(x, lo, hi[, type]): x with values beyond its lo/hi quantiles set to missing"),
                new Winsor("winsor_by_period", false, true,
                        "winsor_by_period(x, lo, hi[, type]): x winsorized at quantiles computed per period"),
                new GroupMean("mean_by_entity", true, "mean_by_entity(x): mean of x within the entity"),
                new GroupMean("mean_by_period", false, "mean_by_period(x): mean of x within the period"),
                new Deflate(),
                new Choose("ifelse", 3, "ifelse(cond, a, b): a where cond is true (not 0), b where it is 0, missing"
                        + " where cond is missing"),
                new Choose("cond", 4, "cond(c, a, b[, m]): as ifelse(c, a, b), and m where c is missing (Stata's"
                        + " four-argument cond; with three arguments a missing c gives missing, not a)")));
        all.addAll(GroupFunction.all());
        return List.copyOf(all);
    }

    /** Base for functions of one vector followed by constants. */
    private abstract static class VectorThenConstants implements FormulaFunction {
        private final String name;
        private final int min;
        private final int max;
        private final String usage;

        VectorThenConstants(String name, int min, int max, String usage) {
            this.name = name;
            this.min = min;
            this.max = max;
            this.usage = usage;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int minArgs() {
            return min;
        }

        @Override
        public int maxArgs() {
            return max;
        }

        @Override
        public ArgKind argKind(int index) {
            return index == 0 ? ArgKind.VECTOR : ArgKind.CONSTANT;
        }

        @Override
        public String usage() {
            return usage;
        }
    }

    static boolean whole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9;
    }

    /** x of the same entity in period t - sign*k. */
    static double[] shift(double[] x, long k, PanelFrame frame) {
        double[] out = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            int src = frame.rowOf(frame.entityIndex(r), frame.time(r) - k);
            out[r] = src < 0 ? Double.NaN : x[src];
        }
        return out;
    }

    private static final class Shift extends VectorThenConstants {
        private final int sign;

        Shift(String name, int sign, String usage) {
            super(name, 1, 2, usage);
            this.sign = sign;
        }

        @Override
        public double defaultValue(int index) {
            return 1;
        }

        @Override
        public boolean labelWithDefaults() {
            return true;
        }

        @Override
        public String checkConstants(double[] c) {
            return whole(c[1]) ? null : "k must be a whole number of periods, not " + Expression.formatNumber(c[1]);
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            return shift(v[0], sign * (long) c[1], frame);
        }
    }

    private static final class Diff extends VectorThenConstants {
        Diff() {
            super("diff", 1, 2, "diff(x[, k]): x - lag(x, k) (k = 1 by default)");
        }

        @Override
        public double defaultValue(int index) {
            return 1;
        }

        @Override
        public boolean labelWithDefaults() {
            return true;
        }

        @Override
        public String checkConstants(double[] c) {
            return whole(c[1]) && c[1] >= 1 ? null
                    : "k must be a whole number of periods of at least 1, not " + Expression.formatNumber(c[1]);
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            double[] lagged = shift(v[0], (long) c[1], frame);
            double[] out = new double[lagged.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[0][i] - lagged[i];
            }
            return out;
        }
    }

    private static final class Scale extends VectorThenConstants {
        Scale() {
            super("scale", 1, 1, "scale(x): (x - mean)/sd over the non-missing values");
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            double[] x = v[0];
            double sum = 0;
            int n = 0;
            for (double d : x) {
                if (!Double.isNaN(d)) {
                    sum += d;
                    n++;
                }
            }
            double mean = sum / n;
            double ss = 0;
            for (double d : x) {
                if (!Double.isNaN(d)) {
                    ss += (d - mean) * (d - mean);
                }
            }
            double sd = Math.sqrt(ss / (n - 1));
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = (x[i] - mean) / sd;
            }
            return out;
        }
    }

    private static final class Winsor extends VectorThenConstants {
        private final boolean trim;
        private final boolean byPeriod;

        Winsor(String name, boolean trim, boolean byPeriod, String usage) {
            super(name, 3, 4, usage);
            this.trim = trim;
            this.byPeriod = byPeriod;
        }

        @Override
        public double defaultValue(int index) {
            return 2;
        }

        @Override
        public String checkConstants(double[] c) {
            double lo = c[1];
            double hi = c[2];
            if (!(lo >= 0 && lo <= 1 && hi >= 0 && hi <= 1)) {
                return "lo and hi are probabilities between 0 and 1 (e.g. 0.01 and 0.99), not "
                        + Expression.formatNumber(lo) + " and " + Expression.formatNumber(hi);
            }
            if (lo >= hi) {
                return "lo (" + Expression.formatNumber(lo) + ") must be below hi (" + Expression.formatNumber(hi) + ")";
            }
            int t = (int) c[3];
            if (t != c[3] || (t != 1 && t != 2 && t != 6 && t != 7)) {
                return "type must be 1, 2 (Stata's _pctile, the default), 6 or 7 (R's default), not "
                        + Expression.formatNumber(c[3]);
            }
            return null;
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            Percentiles.Type type = Percentiles.Type.of((int) c[3]);
            if (byPeriod) {
                int[] group = new int[frame.rows()];
                for (int r = 0; r < group.length; r++) {
                    group[r] = frame.timeIndex(r);
                }
                return trim ? Winsorize.trimByGroup(v[0], group, c[1], c[2], type).values()
                        : Winsorize.winsorizeByGroup(v[0], group, c[1], c[2], type).values();
            }
            return trim ? Winsorize.trim(v[0], c[1], c[2], type).values()
                    : Winsorize.winsorize(v[0], c[1], c[2], type).values();
        }
    }

    private static final class GroupMean extends VectorThenConstants {
        private final boolean byEntity;

        GroupMean(String name, boolean byEntity, String usage) {
            super(name, 1, 1, usage);
            this.byEntity = byEntity;
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            double[] x = v[0];
            int g = byEntity ? frame.nEntities() : frame.nPeriods();
            double[] sum = new double[g];
            int[] count = new int[g];
            for (int r = 0; r < x.length; r++) {
                if (!Double.isNaN(x[r])) {
                    int k = byEntity ? frame.entityIndex(r) : frame.timeIndex(r);
                    sum[k] += x[r];
                    count[k]++;
                }
            }
            double[] out = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                int k = byEntity ? frame.entityIndex(r) : frame.timeIndex(r);
                out[r] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
            }
            return out;
        }
    }

    /** Nominal to real: x × p(entity, base year) / p(entity, t). */
    private static final class Deflate implements FormulaFunction {
        @Override
        public String name() {
            return "deflate";
        }

        @Override
        public int minArgs() {
            return 3;
        }

        @Override
        public int maxArgs() {
            return 3;
        }

        @Override
        public ArgKind argKind(int index) {
            return index < 2 ? ArgKind.VECTOR : ArgKind.CONSTANT;
        }

        @Override
        public String usage() {
            return "deflate(x, p, base_year): x in constant prices of base_year, x * p[base_year] / p[t] within each entity";
        }

        @Override
        public String checkConstants(double[] c) {
            return whole(c[2]) ? null : "base_year must be a whole number (a period), not " + Expression.formatNumber(c[2]);
        }

        @Override
        public double[] apply(double[][] v, double[] c, PanelFrame frame) {
            double[] x = v[0];
            double[] p = v[1];
            long base = (long) c[2];
            double[] out = new double[x.length];
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int e = 0; e < frame.nEntities(); e++) {
                int lo = frame.firstRow(e);
                int hi = frame.endRow(e);
                if (lo >= hi) {
                    continue;
                }
                int br = frame.rowOf(e, base);
                double pb = br < 0 ? Double.NaN : p[br];
                if (!(pb > 0)) {
                    missing.add(frame.entityLabel(lo));
                }
                for (int r = lo; r < hi; r++) {
                    out[r] = p[r] > 0 && pb > 0 ? x[r] * pb / p[r] : Double.NaN;
                }
            }
            if (!missing.isEmpty()) {
                throw new org.carbonlab.core.errors.InputException("deflate(): the price index has no positive value in base year "
                        + base + " for " + frame.entityColumn() + " " + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                        + (missing.size() > 20 ? " and " + (missing.size() - 20) + " more" : ""));
            }
            return out;
        }
    }

    /** ifelse(cond, a, b) and cond(c, a, b[, m]): element-wise choice; missing in, missing out. */
    private static final class Choose implements FormulaFunction {
        private final String name;
        private final int max;
        private final String usage;

        Choose(String name, int max, String usage) {
            this.name = name;
            this.max = max;
            this.usage = usage;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int minArgs() {
            return 3;
        }

        @Override
        public int maxArgs() {
            return max;
        }

        @Override
        public ArgKind argKind(int index) {
            return ArgKind.VECTOR;
        }

        @Override
        public String usage() {
            return usage;
        }

        @Override
        public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
            double[] c = vectors[0];
            double[] out = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(c[i])) {
                    out[i] = vectors.length > 3 && vectors[3] != null ? vectors[3][i] : Double.NaN;
                } else {
                    out[i] = c[i] != 0 ? vectors[1][i] : vectors[2][i];
                }
            }
            return out;
        }
    }
}
