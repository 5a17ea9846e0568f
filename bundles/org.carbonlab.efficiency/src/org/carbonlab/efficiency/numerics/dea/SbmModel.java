package org.carbonlab.efficiency.numerics.dea;

import org.carbonlab.efficiency.numerics.Envelopment;
import org.carbonlab.efficiency.numerics.LinearProgram;
import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.carbonlab.efficiency.numerics.LinearProgram.Solution;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Orientation;

/**
 * Slacks-based programs, Charnes-Cooper linearised (variables t, Λ = tλ, scaled slacks):
 * <ul>
 * <li>SBM (Tone 2001; with bad outputs Tone 2003): ρ = (1 − (1/m)Σs⁻/x_o) / (1 + 1/(s₁+s₂)(Σs^g/y^g_o + Σs^b/y^b_o)),
 * Xλ + s⁻ = x_o, Y^gλ − s^g = y^g_o, Y^bλ + s^b = y^b_o. Input orientation drops the denominator, output orientation
 * the numerator.</li>
 * <li>super-SBM (Tone 2002; bad outputs as in the reference NOTES): δ = (1 + (1/m)Σt⁻/x_o) / (1 − 1/(s₁+s₂)(Σt^g/y^g_o
 * + Σt^b/y^b_o)), Σ_{j≠o}λx − t⁻ ≤ x_o, Σλy^g + t^g ≥ y^g_o, Σλy^b − t^b ≤ y^b_o, t^g ≤ y^g_o.</li>
 * </ul>
 * Large reference sets are solved by {@link SbmColumnGeneration}, which prices columns with this program's
 * multipliers.
 */
final class SbmModel {
    /** An SBM solution with the program's row multipliers (rows: normalisation, x, g, b, convexity). */
    record Priced(DmuSolution solution, double[] multipliers) {
    }

    private final DeaData d;
    private final boolean vrs;
    private final Orientation orientation;

    SbmModel(DeaData d, DeaSpec spec) {
        this.d = d;
        this.vrs = spec.vrs();
        this.orientation = spec.orientation();
    }

    boolean vrs() {
        return vrs;
    }

    private double weightIn(int i, int o, Orientation or) {
        if (or == Orientation.OUTPUT) {
            return 0.0;
        }
        double v = d.x[i][o];
        if (v <= 0) {
            return 0.0; // Tone: a zero input's term is dropped from the objective
        }
        return 1.0 / (d.x.length * v);
    }

    private double weightOut(double v, double zeroReplacement, Orientation or) {
        if (or == Orientation.INPUT) {
            return 0.0;
        }
        double z = v > 0 ? v : zeroReplacement;
        return 1.0 / ((d.g.length + d.b.length) * z);
    }

    /** The full SBM program of o against {@code ref}. */
    DmuSolution solve(int o, int[] ref) {
        return program(o, ref, false).solution();
    }

    /**
     * The SBM program of o with the columns {@code ref}, with its multipliers; null when they cannot be used for
     * pricing (not optimal, missing, or they do not check out on the basic t column).
     */
    Priced priced(int o, int[] ref) {
        return program(o, ref, true, false);
    }

    /**
     * As {@link #priced}, solved by the fast {@link LinearProgram#minimiseQuick()}: for choosing columns only (null
     * when that solve fails).
     */
    Priced pricedQuick(int o, int[] ref) {
        return program(o, ref, true, true);
    }

    private Priced program(int o, int[] ref, boolean pricing) {
        return program(o, ref, pricing, false);
    }

    private Priced program(int o, int[] ref, boolean pricing, boolean quick) {
        double[][] x = d.x;
        double[][] g = d.g;
        double[][] b = d.b;
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
            lp.objective(oS + i, -weightIn(i, o, orientation));
        }
        double[] norm = new double[oB + s2];
        norm[0] = 1.0;
        for (int r = 0; r < s1; r++) {
            norm[oG + r] = weightOut(g[r][o], d.zeroG[r], orientation);
        }
        for (int k = 0; k < s2; k++) {
            norm[oB + k] = weightOut(b[k][o], d.zeroB[k], orientation);
        }
        lp.row(norm, Sense.EQ, 1.0);
        // Σ_k Λ_k v[ref_k] − t v_o + sign·S = 0 for each variable of a block
        Envelopment env = new Envelopment(lp, ref, 1);
        for (int i = 0; i < m; i++) {
            env.row(x[i], 0, -x[i][o], oS + i, 1.0, Sense.EQ, 0.0);
        }
        for (int r = 0; r < s1; r++) {
            env.row(g[r], 0, -g[r][o], oG + r, -1.0, Sense.EQ, 0.0);
        }
        for (int k = 0; k < s2; k++) {
            env.row(b[k], 0, -b[k][o], oB + k, 1.0, Sense.EQ, 0.0);
        }
        if (vrs) {
            env.convexity(0);
        }
        Solution sol = quick ? lp.minimiseQuick() : pricing ? lp.minimiseWithMultipliers() : lp.minimise();
        if (sol == null) {
            return null;
        }
        double[] mult = null;
        if (pricing) {
            mult = sol.multipliers();
            int rows = 1 + m + s1 + s2 + (vrs ? 1 : 0);
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
            if (vrs) {
                rt -= mult[1 + m + s1 + s2];
            }
            if (Math.abs(rt) > 1e-8) {
                return null;
            }
        }
        if (!sol.optimal()) {
            return new Priced(d.failed(sol.infeasible() ? "infeasible" : sol.state(), nr), mult);
        }
        double[] v = sol.x();
        double t = v[0];
        Intensities lam = Intensities.of(v, 1, nr, t);
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
        return new Priced(new DmuSolution(sol.value(), "optimal", lam, sx, sg, sb, Double.NaN, null), mult);
    }

    /**
     * Super-SBM δ of o over the columns {@code cols} (o left out) in orientation {@code or}, written with equality rows
     * only (a slack column per inequality row, same optimum as {@link #superSbm}) so that the multipliers come in row
     * order: normalisation, x, g, b, the caps t^g ≤ t·y^g_o, convexity. Null when the program is not optimal or the
     * multipliers cannot be used for pricing (missing, or they do not check out on the basic t column); the caller
     * then solves the full program. {@code quick}: solved by the fast {@link LinearProgram#minimiseQuick()}, for
     * choosing columns only.
     */
    Priced superPriced(int o, int[] cols, Orientation or, boolean quick) {
        double[][] x = d.x;
        double[][] g = d.g;
        double[][] b = d.b;
        int nr = cols.length;
        int m = x.length;
        int s1 = g.length;
        int s2 = b.length;
        boolean inputSlacks = or != Orientation.OUTPUT;
        boolean outputSlacks = or != Orientation.INPUT;
        // columns: t, Λ, t⁻ (unless output-oriented), t^g and t^b (unless input-oriented), one slack per inequality row
        int oT = 1 + nr;
        int oG = oT + (inputSlacks ? m : 0);
        int oB = oG + (outputSlacks ? s1 : 0);
        int oU = oB + (outputSlacks ? s2 : 0);
        int rows = 1 + m + s1 + s2 + s1 + (vrs ? 1 : 0);
        LinearProgram lp = new LinearProgram(oU + rows - 1 - (vrs ? 1 : 0));
        lp.objective(0, 1.0);
        double[] norm = new double[lp.variables()];
        norm[0] = 1.0;
        if (inputSlacks) {
            for (int i = 0; i < m; i++) {
                lp.objective(oT + i, weightIn(i, o, or));
            }
        }
        if (outputSlacks) {
            for (int r = 0; r < s1; r++) {
                norm[oG + r] = -weightOut(g[r][o], d.zeroG[r], or);
            }
            for (int k = 0; k < s2; k++) {
                norm[oB + k] = -weightOut(b[k][o], d.zeroB[k], or);
            }
        }
        lp.row(norm, Sense.EQ, 1.0);
        Envelopment env = new Envelopment(lp, cols, 1);
        int u = oU;
        for (int i = 0; i < m; i++) {
            if (inputSlacks) {
                env.row(x[i], 0, -x[i][o], oT + i, -1.0, u++, 1.0, Sense.EQ, 0.0);
            } else {
                env.row(x[i], 0, -x[i][o], u++, 1.0, Sense.EQ, 0.0);
            }
        }
        for (int r = 0; r < s1; r++) {
            if (outputSlacks) {
                env.row(g[r], 0, -g[r][o], oG + r, 1.0, u++, -1.0, Sense.EQ, 0.0);
            } else {
                env.row(g[r], 0, -g[r][o], u++, -1.0, Sense.EQ, 0.0);
            }
        }
        for (int k = 0; k < s2; k++) {
            if (outputSlacks) {
                env.row(b[k], 0, -b[k][o], oB + k, -1.0, u++, 1.0, Sense.EQ, 0.0);
            } else {
                env.row(b[k], 0, -b[k][o], u++, 1.0, Sense.EQ, 0.0);
            }
        }
        for (int r = 0; r < s1; r++) {
            if (outputSlacks) {
                lp.row(new int[] {0, oG + r, u++}, new double[] {-g[r][o], 1.0, 1.0}, Sense.EQ, 0.0);
            } else {
                lp.row(new int[] {0, u++}, new double[] {-g[r][o], 1.0}, Sense.EQ, 0.0);
            }
        }
        if (vrs) {
            env.convexity(0);
        }
        Solution sol = quick ? lp.minimiseQuick() : lp.minimiseWithMultipliers();
        if (sol == null) {
            return null;
        }
        double[] mult = sol.multipliers();
        if (!sol.optimal() || mult == null || mult.length != rows || !(sol.x()[0] > 0)) {
            return null;
        }
        // t is basic (t ≥ 1 by the normalisation): its reduced cost 1 + m'a_t must vanish
        double rt = 1.0 + mult[0];
        for (int i = 0; i < m; i++) {
            rt -= mult[1 + i] * x[i][o];
        }
        for (int r = 0; r < s1; r++) {
            rt -= (mult[1 + m + r] + mult[1 + m + s1 + s2 + r]) * g[r][o];
        }
        for (int k = 0; k < s2; k++) {
            rt -= mult[1 + m + s1 + k] * b[k][o];
        }
        if (vrs) {
            rt -= mult[rows - 1];
        }
        if (Math.abs(rt) > 1e-8) {
            return null;
        }
        Intensities lam = Intensities.of(sol.x(), 1, nr, sol.x()[0]);
        return new Priced(new DmuSolution(sol.value(), "optimal", lam, null, null, null, Double.NaN, null), mult);
    }

    /** Super-SBM δ of o against {@code ref} (o left out) in orientation {@code or}. */
    Attempt superSbm(int o, int[] ref, Orientation or) {
        double[][] x = d.x;
        double[][] g = d.g;
        double[][] b = d.b;
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
            norm[oG + r] = -weightOut(g[r][o], d.zeroG[r], or);
            if (or == Orientation.INPUT) {
                lp.bounds(oG + r, 0, 0);
            }
        }
        for (int k = 0; k < s2; k++) {
            norm[oB + k] = -weightOut(b[k][o], d.zeroB[k], or);
            if (or == Orientation.INPUT) {
                lp.bounds(oB + k, 0, 0);
            }
        }
        lp.row(norm, Sense.EQ, 1.0);
        Envelopment env = new Envelopment(lp, ref, 1);
        for (int i = 0; i < m; i++) {
            env.row(x[i], 0, -x[i][o], oT + i, -1.0, Sense.LE, 0.0);
        }
        for (int r = 0; r < s1; r++) {
            env.row(g[r], 0, -g[r][o], oG + r, 1.0, Sense.GE, 0.0);
        }
        for (int k = 0; k < s2; k++) {
            env.row(b[k], 0, -b[k][o], oB + k, -1.0, Sense.LE, 0.0);
        }
        for (int r = 0; r < s1; r++) {
            lp.row(new int[] {0, oG + r}, new double[] {-g[r][o], 1.0}, Sense.LE, 0.0);
        }
        if (vrs) {
            env.convexity(0);
        }
        Solution sol = lp.minimise();
        return new Attempt(sol.optimal() ? sol.value() : Double.NaN, sol.optimal(), sol.infeasible());
    }
}
