package org.carbonlab.efficiency.numerics.dea;

import java.util.Arrays;
import java.util.List;

import org.carbonlab.efficiency.numerics.LinearProgram;
import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.carbonlab.efficiency.numerics.LinearProgram.Solution;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Fallback;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Model;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Orientation;

/**
 * Envelopment programs for one DMU against a reference set. Name-free: matrices in (variables × DMUs), numbers out.
 * Data are expected scaled (each variable divided by its mean); {@code slackWeight*} are the scale factors, so that the
 * max-slack phase maximises the sum of slacks in the original units (as the references do).
 *
 * <p>Formulations (o = the evaluated DMU, sums over the reference set R; with {@code superEff}: R \ {o}):
 * <ul>
 * <li>radial input: min θ s.t. Xλ ≤ θx_o, Yλ ≥ y_o (VRS: Σλ = 1); then max Σs⁻ + Σs⁺ s.t. Xλ + s⁻ = θ*x_o,
 * Yλ − s⁺ = y_o. Output: max φ s.t. Xλ ≤ x_o, Yλ ≥ φy_o, score 1/φ; then max slacks at φ*. Bad outputs, if any, enter
 * radial models as inputs.</li>
 * <li>SBM (Tone 2001; with bad outputs Tone 2003): ρ = (1 − (1/m)Σs⁻/x_o) / (1 + 1/(s₁+s₂)(Σs^g/y^g_o + Σs^b/y^b_o)),
 * Xλ + s⁻ = x_o, Y^gλ − s^g = y^g_o, Y^bλ + s^b = y^b_o; Charnes–Cooper linearised. Input orientation drops the
 * denominator, output orientation the numerator.</li>
 * <li>super-SBM (Tone 2002; bad outputs as in the reference NOTES): δ = (1 + (1/m)Σt⁻/x_o) / (1 − 1/(s₁+s₂)(Σt^g/y^g_o
 * + Σt^b/y^b_o)), Σ_{j≠o}λx − t⁻ ≤ x_o, Σλy^g + t^g ≥ y^g_o, Σλy^b − t^b ≤ y^b_o, t^g ≤ y^g_o.</li>
 * <li>DDF: max β s.t. Xλ ≤ x_o − βg_x, Y^gλ ≥ y^g_o + βg_y, Y^bλ = y^b_o − βg_b (weak disposability of bad outputs);
 * β free so that super-efficiency (o left out) can be negative.</li>
 * </ul>
 */
public final class DeaSolver {
    /** Efficiency threshold: score ≥ 1 − EFFICIENT_TOL (DDF: β ≤ EFFICIENT_TOL). */
    public static final double EFFICIENT_TOL = 1e-9;

    private final DeaSpec spec;
    private final double[][] x;
    private final double[][] g;
    private final double[][] b;
    private final double[] wx;
    private final double[] wg;
    private final double[] wb;
    private final double[] zeroX;
    private final double[] zeroG;
    private final double[] zeroB;

    /**
     * @param x  inputs, x[i][j]
     * @param g  desirable outputs
     * @param b  undesirable outputs (may have zero rows)
     * @param wx scale of each input (slack weights of the max-slack phase), or null for ones
     */
    public DeaSolver(DeaSpec spec, double[][] x, double[][] g, double[][] b, double[] wx, double[] wg, double[] wb) {
        this.spec = spec;
        this.x = x;
        this.g = g;
        this.b = b;
        this.wx = wx == null ? ones(x.length) : wx;
        this.wg = wg == null ? ones(g.length) : wg;
        this.wb = wb == null ? ones(b.length) : wb;
        this.zeroX = minPositive(x);
        this.zeroG = minPositive(g);
        this.zeroB = minPositive(b);
    }

    private static double[] ones(int k) {
        double[] o = new double[k];
        Arrays.fill(o, 1.0);
        return o;
    }

    /** Tone's replacement for a zero in an SBM denominator: the smallest positive value of the variable / 100. */
    private static double[] minPositive(double[][] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double mn = Double.POSITIVE_INFINITY;
            for (double d : v[i]) {
                if (d > 0 && d < mn) {
                    mn = d;
                }
            }
            out[i] = mn == Double.POSITIVE_INFINITY ? 1.0 : mn / 100.0;
        }
        return out;
    }

    /**
     * SBM reference sets of at least {@code min} DMUs are solved by column generation ({@link Integer#MAX_VALUE}:
     * always the full program). Same optimum either way; this only changes the speed.
     */
    public DeaSolver columnGenerationFrom(int min) {
        this.columnGenerationMin = min;
        return this;
    }

    /** Solves DMU {@code o} against the reference set {@code ref} (which contains o), then its super-efficiency. */
    public DmuSolution solve(int o, int[] ref) {
        DmuSolution s = switch (spec.model()) {
            case RADIAL -> radial(o, ref);
            case SBM -> sbm(o, ref);
            case DDF -> ddf(o, ref, false);
        };
        if (!spec.superEff() || !s.optimal() || !isEfficient(s.score())) {
            return s;
        }
        int[] others = Arrays.stream(ref).filter(j -> j != o).toArray();
        double sup;
        String st;
        if (others.length == 0) {
            sup = Double.NaN;
            st = "infeasible";
        } else {
            double[] r = switch (spec.model()) {
                case RADIAL -> radialPhase1(o, others);
                case SBM -> superSbm(o, others, spec.orientation());
                case DDF -> {
                    DmuSolution d = ddf(o, others, true);
                    yield new double[] {d.score(), d.optimal() ? 1 : 0, "infeasible".equals(d.state()) ? 1 : 0};
                }
            };
            sup = r[0];
            st = r[1] == 1 ? "optimal" : r[2] == 1 ? "infeasible" : "failed";
        }
        if ("optimal".equals(st)) {
            return s.withSuper(sup, st);
        }
        if (spec.fallback() == Fallback.LCZ && lczApplies() && others.length > 0) {
            double[] r = lcz(o, others);
            if (r[1] == 1) {
                return s.withSuper(r[0], "fallback");
            }
        }
        if (spec.fallback() == Fallback.SBM && spec.model() != Model.DDF && others.length > 0) {
            double[] r = superSbm(o, others, Orientation.NONORIENTED);
            if (r[1] == 1) {
                return s.withSuper(r[0], "fallback");
            }
        }
        return s.withSuper(s.score(), st.equals("optimal") ? st : "infeasible".equals(st) ? "infeasible" : st);
    }

    public boolean isEfficient(double score) {
        return spec.model() == Model.DDF ? score <= EFFICIENT_TOL : score >= 1 - EFFICIENT_TOL;
    }

    // ------------------------------------------------------------------ radial

    /** Radial inputs: the inputs followed by the bad outputs. */
    private double[][] radialInputs() {
        if (b.length == 0) {
            return x;
        }
        double[][] r = new double[x.length + b.length][];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(b, 0, r, x.length, b.length);
        return r;
    }

    /** Phase 1: {score, optimal?1:0, infeasible?1:0, θ or φ}. */
    private double[] radialPhase1(int o, int[] ref) {
        double[][] in = radialInputs();
        int nr = ref.length;
        LinearProgram lp = new LinearProgram(1 + nr);
        boolean input = spec.orientation() != Orientation.OUTPUT;
        lp.objective(0, input ? 1.0 : -1.0);
        int[] idx = new int[nr + 1];
        for (int k = 0; k <= nr; k++) {
            idx[k] = k;
        }
        double[] c = new double[nr + 1];
        for (double[] row : in) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = input ? -row[o] : 0.0;
            lp.row(idx, c, Sense.LE, input ? 0.0 : row[o]);
        }
        for (double[] row : g) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = input ? 0.0 : -row[o];
            lp.row(idx, c, Sense.GE, input ? row[o] : 0.0);
        }
        if (spec.vrs()) {
            Arrays.fill(c, 1.0);
            c[0] = 0.0;
            lp.row(idx, c, Sense.EQ, 1.0);
        }
        Solution s = lp.minimise();
        double v = s.x()[0];
        double score = input ? v : 1.0 / v;
        return new double[] {score, s.optimal() ? 1 : 0, s.infeasible() ? 1 : 0, v};
    }

    /** Whether {@link Fallback#LCZ} is defined for this spec: radial, input orientation (bad outputs as inputs). */
    public boolean lczApplies() {
        return spec.model() == Model.RADIAL && spec.orientation() != Orientation.OUTPUT;
    }

    /**
     * Lee, Chu and Zhu (2011, EJOR 212:141-147), input orientation, o left out of the reference set R. Stage 1:
     * min Σ_r β_r s.t. Σ_R λ_j x_ij ≤ θ x_io, Σ_R λ_j y_rj ≥ (1 − β_r) y_ro, β ≥ 0, θ free (VRS: Σλ = 1): the least
     * output shortfall that makes the radial program feasible. Stage 2: min θ s.t. the same rows with β = β*. Score
     * θ* + (1/s)Σβ*_r (input saving plus mean output surplus); equal to the Andersen-Petersen score when β* = 0.
     *
     * @return {score, optimal?1:0, infeasible?1:0, θ*, Σβ*}
     */
    private double[] lcz(int o, int[] ref) {
        double[][] in = radialInputs();
        int s = g.length;
        int nr = ref.length;
        LinearProgram lp1 = lczProgram(in, o, ref, null);
        for (int r = 0; r < s; r++) {
            lp1.objective(1 + nr + r, 1.0);
        }
        Solution s1 = lp1.minimise();
        if (!s1.optimal()) {
            return new double[] {Double.NaN, 0, s1.infeasible() ? 1 : 0, Double.NaN, Double.NaN};
        }
        double[] beta = new double[s];
        double sum = 0;
        for (int r = 0; r < s; r++) {
            beta[r] = Math.max(0.0, s1.x()[1 + nr + r]);
            sum += beta[r];
        }
        Solution s2 = null;
        for (double relax : new double[] {0.0, 1e-10, 1e-8}) {
            double[] b2 = new double[s];
            for (int r = 0; r < s; r++) {
                b2[r] = beta[r] > 0 ? beta[r] + relax : 0.0;
            }
            LinearProgram lp2 = lczProgram(in, o, ref, b2);
            lp2.objective(0, 1.0);
            s2 = lp2.minimise();
            if (s2.optimal()) {
                break;
            }
        }
        if (!s2.optimal()) {
            return new double[] {Double.NaN, 0, s2.infeasible() ? 1 : 0, Double.NaN, sum};
        }
        double theta = s2.x()[0];
        double score = theta + (s > 0 ? sum / s : 0.0);
        return new double[] {score, 1, 0, theta, sum};
    }

    /**
     * Variables θ (free), λ over ref, then β_r (bounds [0, ∞) in stage 1, fixed at {@code beta} in stage 2). No
     * objective is set.
     */
    private LinearProgram lczProgram(double[][] in, int o, int[] ref, double[] beta) {
        int nr = ref.length;
        int s = g.length;
        LinearProgram lp = new LinearProgram(1 + nr + s);
        lp.bounds(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        for (int r = 0; r < s; r++) {
            if (beta != null) {
                lp.bounds(1 + nr + r, beta[r], beta[r]);
            }
        }
        int[] idx = new int[nr + 1];
        double[] c = new double[nr + 1];
        for (int k = 0; k <= nr; k++) {
            idx[k] = k;
        }
        for (double[] row : in) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = -row[o];
            lp.row(idx, c, Sense.LE, 0.0);
        }
        int[] oi = new int[nr + 1];
        double[] oc = new double[nr + 1];
        for (int r = 0; r < s; r++) {
            for (int k = 0; k < nr; k++) {
                oi[k] = 1 + k;
                oc[k] = g[r][ref[k]];
            }
            oi[nr] = 1 + nr + r;
            oc[nr] = g[r][o];
            lp.row(oi, oc, Sense.GE, g[r][o]);
        }
        if (spec.vrs()) {
            int[] li = new int[nr];
            double[] lc = new double[nr];
            for (int k = 0; k < nr; k++) {
                li[k] = 1 + k;
                lc[k] = 1.0;
            }
            lp.row(li, lc, Sense.EQ, 1.0);
        }
        return lp;
    }

    private DmuSolution radial(int o, int[] ref) {
        double[] p1 = radialPhase1(o, ref);
        if (p1[1] != 1) {
            return failed(p1[2] == 1 ? "infeasible" : "failed", ref.length);
        }
        boolean input = spec.orientation() != Orientation.OUTPUT;
        double level = p1[3];
        DmuSolution s = radialPhase2(o, ref, level, input);
        if (!s.optimal()) {
            // θ* may be a hair below the exact optimum: relax the level by one part in 1e10 and retry
            s = radialPhase2(o, ref, input ? level * (1 + 1e-10) : level * (1 - 1e-10), input);
        }
        return new DmuSolution(p1[0], s.state(), s.lambda(), s.slackX(), s.slackG(), s.slackB(), Double.NaN, null);
    }

    private DmuSolution radialPhase2(int o, int[] ref, double level, boolean input) {
        double[][] in = radialInputs();
        int nr = ref.length;
        int m = in.length;
        int s = g.length;
        LinearProgram lp = new LinearProgram(nr + m + s);
        for (int i = 0; i < m; i++) {
            lp.objective(nr + i, -(i < x.length ? wx[i] : wb[i - x.length]));
        }
        for (int r = 0; r < s; r++) {
            lp.objective(nr + m + r, -wg[r]);
        }
        int[] idx = new int[nr + 1];
        double[] c = new double[nr + 1];
        for (int k = 0; k < nr; k++) {
            idx[k] = k;
        }
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < nr; k++) {
                c[k] = in[i][ref[k]];
            }
            idx[nr] = nr + i;
            c[nr] = 1.0;
            lp.row(idx, c, Sense.EQ, input ? level * in[i][o] : in[i][o]);
        }
        for (int r = 0; r < s; r++) {
            for (int k = 0; k < nr; k++) {
                c[k] = g[r][ref[k]];
            }
            idx[nr] = nr + m + r;
            c[nr] = -1.0;
            lp.row(idx, c, Sense.EQ, input ? g[r][o] : level * g[r][o]);
        }
        if (spec.vrs()) {
            int[] li = Arrays.copyOf(idx, nr);
            double[] lc = new double[nr];
            Arrays.fill(lc, 1.0);
            lp.row(li, lc, Sense.EQ, 1.0);
        }
        Solution sol = lp.minimise();
        double[] v = sol.x();
        double[] sx = new double[x.length];
        double[] sb = new double[b.length];
        double[] sg = new double[s];
        for (int i = 0; i < m; i++) {
            if (i < x.length) {
                sx[i] = v[nr + i];
            } else {
                sb[i - x.length] = v[nr + i];
            }
        }
        for (int r = 0; r < s; r++) {
            sg[r] = v[nr + m + r];
        }
        return new DmuSolution(Double.NaN, sol.state(), Arrays.copyOf(v, nr), sx, sg, sb, Double.NaN, null);
    }

    private DmuSolution failed(String state, int nr) {
        return new DmuSolution(Double.NaN, state, new double[nr], fill(x.length), fill(g.length), fill(b.length),
                Double.NaN, null);
    }

    private static double[] fill(int k) {
        double[] d = new double[k];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    // ------------------------------------------------------------------ SBM

    private double weightIn(int i, int o, Orientation or) {
        if (or == Orientation.OUTPUT) {
            return 0.0;
        }
        double v = x[i][o];
        if (v <= 0) {
            return 0.0; // Tone: a zero input's term is dropped from the objective
        }
        return 1.0 / (x.length * v);
    }

    private double weightOut(double v, double zeroReplacement, Orientation or) {
        if (or == Orientation.INPUT) {
            return 0.0;
        }
        double d = v > 0 ? v : zeroReplacement;
        return 1.0 / ((g.length + b.length) * d);
    }

    /** By default, SBM reference sets at least this large are solved by column generation. */
    public static final int COLUMN_GENERATION_MIN = 400;
    private int columnGenerationMin = COLUMN_GENERATION_MIN;
    private static final int CANDIDATES_PER_RATIO = 12;
    private static final int COLUMNS_PER_ROUND = 60;
    private static final int MAX_ROUNDS = 60;
    private static final double PRICE_TOL = -1e-11;
    private volatile int[] candidates;

    /**
     * SBM by column generation (exact by LP duality): solve with a small set of columns (a fixed candidate set of
     * DMUs with the best output/input ratios, and o), price every other reference DMU with the program's
     * multipliers, add those with a negative reduced cost and re-solve, until none is left. Falls back to the full
     * program whenever the multipliers are missing or do not check out on the basic t column.
     */
    private DmuSolution sbm(int o, int[] ref) {
        if (ref.length < columnGenerationMin) {
            return sbmOn(o, ref, ref, false);
        }
        int[] cand = candidates();
        java.util.TreeSet<Integer> cols = new java.util.TreeSet<>();
        cols.add(o);
        for (int c : cand) {
            if (Arrays.binarySearch(ref, c) >= 0) {
                cols.add(c);
            }
        }
        boolean[] in = new boolean[x.length == 0 ? 0 : x[0].length];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] sub = cols.stream().mapToInt(Integer::intValue).toArray();
            DmuSolution s = sbmOn(o, sub, ref, true);
            if (s == null) {
                break;
            }
            double[] mult = lastMultipliers.get();
            // price the columns not in the program
            Arrays.fill(in, false);
            for (int j : sub) {
                in[j] = true;
            }
            int m = x.length;
            int s1 = g.length;
            int s2 = b.length;
            List<double[]> negative = new java.util.ArrayList<>();
            for (int j : ref) {
                if (in[j]) {
                    continue;
                }
                double r = 0;
                for (int i = 0; i < m; i++) {
                    r += mult[1 + i] * x[i][j];
                }
                for (int k = 0; k < s1; k++) {
                    r += mult[1 + m + k] * g[k][j];
                }
                for (int k = 0; k < s2; k++) {
                    r += mult[1 + m + s1 + k] * b[k][j];
                }
                if (spec.vrs()) {
                    r += mult[1 + m + s1 + s2];
                }
                if (r < PRICE_TOL) {
                    negative.add(new double[] {r, j});
                }
            }
            if (negative.isEmpty()) {
                return s;
            }
            negative.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
            for (int k = 0; k < Math.min(COLUMNS_PER_ROUND, negative.size()); k++) {
                cols.add((int) negative.get(k)[1]);
            }
        }
        return sbmOn(o, ref, ref, false);
    }

    private final ThreadLocal<double[]> lastMultipliers = new ThreadLocal<>();

    /** Candidate columns: for every ratio good/input and good/bad, the DMUs with the largest values. */
    private int[] candidates() {
        int[] c = candidates;
        if (c != null) {
            return c;
        }
        int n = x[0].length;
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        List<double[]> denominators = new java.util.ArrayList<>(Arrays.asList(x));
        denominators.addAll(Arrays.asList(b));
        for (double[] num : g) {
            for (double[] den : denominators) {
                Integer[] idx = new Integer[n];
                for (int j = 0; j < n; j++) {
                    idx[j] = j;
                }
                Arrays.sort(idx, (p, q) -> {
                    double rp = den[p] > 0 ? num[p] / den[p] : Double.POSITIVE_INFINITY;
                    double rq = den[q] > 0 ? num[q] / den[q] : Double.POSITIVE_INFINITY;
                    return rp != rq ? Double.compare(rq, rp) : Integer.compare(p, q);
                });
                for (int k = 0; k < Math.min(CANDIDATES_PER_RATIO, n); k++) {
                    set.add(idx[k]);
                }
            }
        }
        c = set.stream().mapToInt(Integer::intValue).toArray();
        candidates = c;
        return c;
    }

    /**
     * The SBM program of o with the columns {@code cols}; λ is returned over {@code ref} (zeros outside cols). With
     * {@code pricing}, returns null when the multipliers cannot be used (the caller then solves the full program).
     */
    private DmuSolution sbmOn(int o, int[] cols, int[] ref, boolean pricing) {
        DmuSolution s = sbmProgram(o, cols, pricing);
        if (s == null || cols == ref) {
            return s;
        }
        double[] lam = new double[ref.length];
        for (int k = 0; k < cols.length; k++) {
            int pos = Arrays.binarySearch(ref, cols[k]);
            lam[pos] = s.lambda()[k];
        }
        return new DmuSolution(s.score(), s.state(), lam, s.slackX(), s.slackG(), s.slackB(), s.superScore(),
                s.superStatus());
    }

    private DmuSolution sbmProgram(int o, int[] ref, boolean pricing) {
        Orientation or = spec.orientation();
        int nr = ref.length;
        int m = x.length;
        int s1 = g.length;
        int s2 = b.length;
        int oS = 1 + nr;
        int oG = oS + m;
        int oB = oG + s1;
        LinearProgram lp = new LinearProgram(oB + s2);
        lp.objective(0, 1.0);
        for (int i = 0; i < m; i++) {
            lp.objective(oS + i, -weightIn(i, o, or));
        }
        double[] norm = new double[oB + s2];
        norm[0] = 1.0;
        for (int r = 0; r < s1; r++) {
            norm[oG + r] = weightOut(g[r][o], zeroG[r], or);
        }
        for (int k = 0; k < s2; k++) {
            norm[oB + k] = weightOut(b[k][o], zeroB[k], or);
        }
        lp.row(norm, Sense.EQ, 1.0);
        int[] idx = new int[nr + 2];
        double[] c = new double[nr + 2];
        for (int k = 0; k < nr; k++) {
            idx[k + 1] = 1 + k;
        }
        idx[0] = 0;
        addBlock(lp, x, o, ref, idx, c, oS, 1.0);
        addBlock(lp, g, o, ref, idx, c, oG, -1.0);
        addBlock(lp, b, o, ref, idx, c, oB, 1.0);
        if (spec.vrs()) {
            int[] li = Arrays.copyOf(idx, nr + 1);
            double[] lc = new double[nr + 1];
            Arrays.fill(lc, 1.0);
            lc[0] = -1.0;
            lp.row(li, lc, Sense.EQ, 0.0);
        }
        Solution sol = pricing ? lp.minimiseWithMultipliers() : lp.minimise();
        if (pricing) {
            double[] mult = sol.multipliers();
            int rows = 1 + m + s1 + s2 + (spec.vrs() ? 1 : 0);
            if (!sol.optimal() || mult == null || mult.length != rows || !(sol.x()[0] > 0)) {
                return null;
            }
            // t is basic (t > 0): its reduced cost 1 + m'a_t must vanish, which fixes the sign convention
            double rt = 1.0 + mult[0];
            for (int i = 0; i < m; i++) {
                rt -= mult[1 + i] * x[i][o];
            }
            for (int k = 0; k < s1; k++) {
                rt -= mult[1 + m + k] * g[k][o];
            }
            for (int k = 0; k < s2; k++) {
                rt -= mult[1 + m + s1 + k] * b[k][o];
            }
            if (spec.vrs()) {
                rt -= mult[1 + m + s1 + s2];
            }
            if (Math.abs(rt) > 1e-8) {
                return null;
            }
            lastMultipliers.set(mult);
        }
        if (!sol.optimal()) {
            return failed(sol.infeasible() ? "infeasible" : sol.state(), nr);
        }
        double[] v = sol.x();
        double t = v[0];
        double[] lam = new double[nr];
        for (int k = 0; k < nr; k++) {
            lam[k] = v[1 + k] / t;
        }
        double[] sx = new double[m];
        double[] sg = new double[s1];
        double[] sb = new double[s2];
        for (int i = 0; i < m; i++) {
            sx[i] = v[oS + i] / t;
        }
        for (int r = 0; r < s1; r++) {
            sg[r] = v[oG + r] / t;
        }
        for (int k = 0; k < s2; k++) {
            sb[k] = v[oB + k] / t;
        }
        return new DmuSolution(sol.value(), "optimal", lam, sx, sg, sb, Double.NaN, null);
    }

    /** Rows  Σ_k Λ_k v[ref_k] + sign·S_i − t v_o = 0  for each variable of a block. */
    private static void addBlock(LinearProgram lp, double[][] v, int o, int[] ref, int[] idx, double[] c, int offset,
            double sign) {
        int nr = ref.length;
        for (int i = 0; i < v.length; i++) {
            c[0] = -v[i][o];
            for (int k = 0; k < nr; k++) {
                c[k + 1] = v[i][ref[k]];
            }
            idx[nr + 1] = offset + i;
            c[nr + 1] = sign;
            lp.row(idx, c, Sense.EQ, 0.0);
        }
    }

    /** Super-SBM: {δ, optimal?1:0, infeasible?1:0}. */
    private double[] superSbm(int o, int[] ref, Orientation or) {
        int nr = ref.length;
        int m = x.length;
        int s1 = g.length;
        int s2 = b.length;
        int oT = 1 + nr;
        int oG = oT + m;
        int oB = oG + s1;
        int n = oB + s2;
        LinearProgram lp = new LinearProgram(n);
        lp.objective(0, 1.0);
        for (int i = 0; i < m; i++) {
            lp.objective(oT + i, weightIn(i, o, or));
            if (or == Orientation.OUTPUT) {
                lp.bounds(oT + i, 0, 0);
            }
        }
        double[] norm = new double[n];
        norm[0] = 1.0;
        for (int r = 0; r < s1; r++) {
            norm[oG + r] = -weightOut(g[r][o], zeroG[r], or);
            if (or == Orientation.INPUT) {
                lp.bounds(oG + r, 0, 0);
            }
        }
        for (int k = 0; k < s2; k++) {
            norm[oB + k] = -weightOut(b[k][o], zeroB[k], or);
            if (or == Orientation.INPUT) {
                lp.bounds(oB + k, 0, 0);
            }
        }
        lp.row(norm, Sense.EQ, 1.0);
        int[] idx = new int[nr + 2];
        double[] c = new double[nr + 2];
        idx[0] = 0;
        for (int k = 0; k < nr; k++) {
            idx[k + 1] = 1 + k;
        }
        superBlock(lp, x, o, ref, idx, c, oT, -1.0, Sense.LE);
        superBlock(lp, g, o, ref, idx, c, oG, 1.0, Sense.GE);
        superBlock(lp, b, o, ref, idx, c, oB, -1.0, Sense.LE);
        for (int r = 0; r < s1; r++) {
            lp.row(new int[] {0, oG + r}, new double[] {-g[r][o], 1.0}, Sense.LE, 0.0);
        }
        if (spec.vrs()) {
            int[] li = Arrays.copyOf(idx, nr + 1);
            double[] lc = new double[nr + 1];
            Arrays.fill(lc, 1.0);
            lc[0] = -1.0;
            lp.row(li, lc, Sense.EQ, 0.0);
        }
        Solution sol = lp.minimise();
        return new double[] {sol.optimal() ? sol.value() : Double.NaN, sol.optimal() ? 1 : 0, sol.infeasible() ? 1 : 0};
    }

    private static void superBlock(LinearProgram lp, double[][] v, int o, int[] ref, int[] idx, double[] c, int offset,
            double sign, Sense sense) {
        int nr = ref.length;
        for (int i = 0; i < v.length; i++) {
            c[0] = -v[i][o];
            for (int k = 0; k < nr; k++) {
                c[k + 1] = v[i][ref[k]];
            }
            idx[nr + 1] = offset + i;
            c[nr + 1] = sign;
            lp.row(idx, c, sense, 0.0);
        }
    }

    // ------------------------------------------------------------------ DDF

    private DmuSolution ddf(int o, int[] ref, boolean superRun) {
        boolean[] d = spec.direction();
        int nr = ref.length;
        LinearProgram lp = new LinearProgram(1 + nr);
        lp.bounds(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        lp.objective(0, -1.0);
        int[] idx = new int[nr + 1];
        double[] c = new double[nr + 1];
        for (int k = 0; k <= nr; k++) {
            idx[k] = k;
        }
        for (double[] row : x) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = d[0] ? row[o] : 0.0;
            lp.row(idx, c, Sense.LE, row[o]);
        }
        for (double[] row : g) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = d[1] ? -row[o] : 0.0;
            lp.row(idx, c, Sense.GE, row[o]);
        }
        for (double[] row : b) {
            for (int k = 0; k < nr; k++) {
                c[k + 1] = row[ref[k]];
            }
            c[0] = d[2] ? row[o] : 0.0;
            lp.row(idx, c, Sense.EQ, row[o]);
        }
        if (spec.vrs()) {
            Arrays.fill(c, 1.0);
            c[0] = 0.0;
            lp.row(idx, c, Sense.EQ, 1.0);
        }
        Solution sol = lp.minimise();
        if (!sol.optimal()) {
            return failed(sol.infeasible() ? "infeasible" : sol.state(), nr);
        }
        double[] v = sol.x();
        double beta = v[0];
        double[] lam = Arrays.copyOfRange(v, 1, nr + 1);
        double[] sx = new double[x.length];
        double[] sg = new double[g.length];
        double[] sb = new double[b.length];
        for (int i = 0; i < x.length; i++) {
            double proj = 0;
            for (int k = 0; k < nr; k++) {
                proj += lam[k] * x[i][ref[k]];
            }
            sx[i] = Math.max(0, x[i][o] - (d[0] ? beta * x[i][o] : 0) - proj);
        }
        for (int r = 0; r < g.length; r++) {
            double proj = 0;
            for (int k = 0; k < nr; k++) {
                proj += lam[k] * g[r][ref[k]];
            }
            sg[r] = Math.max(0, proj - g[r][o] - (d[1] ? beta * g[r][o] : 0));
        }
        return new DmuSolution(beta, "optimal", lam, sx, sg, sb, Double.NaN, null);
    }
}
