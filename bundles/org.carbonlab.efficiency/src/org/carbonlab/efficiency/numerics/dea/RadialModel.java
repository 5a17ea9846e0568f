package org.carbonlab.efficiency.numerics.dea;

import org.carbonlab.efficiency.numerics.Envelopment;
import org.carbonlab.efficiency.numerics.LinearProgram;
import org.carbonlab.efficiency.numerics.LinearProgram.Sense;
import org.carbonlab.efficiency.numerics.LinearProgram.Solution;

/**
 * Radial envelopment programs (CCR/BCC), bad outputs entering as inputs. Input orientation: min θ s.t. Xλ ≤ θx_o,
 * Yλ ≥ y_o (VRS: Σλ = 1), then max Σs⁻ + Σs⁺ s.t. Xλ + s⁻ = θ*x_o, Yλ − s⁺ = y_o. Output orientation: max φ s.t.
 * Xλ ≤ x_o, Yλ ≥ φy_o, score 1/φ, then the max-slack phase at φ*. Also the Lee-Chu-Zhu super-efficiency fallback.
 */
final class RadialModel {
    private final DeaData d;
    private final boolean vrs;
    private final boolean input;

    RadialModel(DeaData d, DeaSpec spec) {
        this.d = d;
        this.vrs = spec.vrs();
        this.input = spec.orientation() != DeaSpec.Orientation.OUTPUT;
    }

    DmuSolution solve(int o, int[] ref) {
        Solution p1 = phase1(o, ref);
        if (!p1.optimal()) {
            return d.failed(p1.infeasible() ? "infeasible" : "failed", ref.length);
        }
        double level = p1.x()[0];
        DmuSolution s = phase2(o, ref, level);
        if (!s.optimal()) {
            // θ* may be a hair below the exact optimum: relax the level by one part in 1e10 and retry
            s = phase2(o, ref, input ? level * (1 + 1e-10) : level * (1 - 1e-10));
        }
        return new DmuSolution(score(level), s.state(), s.intensities(), s.slackX(), s.slackG(), s.slackB(), Double.NaN,
                null);
    }

    /** The phase-1 score of o against {@code ref} (o left out: Andersen-Petersen super-efficiency). */
    Attempt superScore(int o, int[] ref) {
        Solution s = phase1(o, ref);
        return Attempt.of(score(s.x()[0]), s);
    }

    private double score(double level) {
        return input ? level : 1.0 / level;
    }

    /** Variables θ (or φ), then λ over ref. */
    private Solution phase1(int o, int[] ref) {
        LinearProgram lp = new LinearProgram(1 + ref.length);
        lp.objective(0, input ? 1.0 : -1.0);
        Envelopment env = new Envelopment(lp, ref, 1);
        for (double[] row : d.radialInputs) {
            env.row(row, 0, input ? -row[o] : 0.0, Sense.LE, input ? 0.0 : row[o]);
        }
        for (double[] row : d.g) {
            env.row(row, 0, input ? 0.0 : -row[o], Sense.GE, input ? row[o] : 0.0);
        }
        if (vrs) {
            env.convexity();
        }
        return lp.minimise();
    }

    /** Max-slack phase at the phase-1 level. Variables λ over ref, input slacks, output slacks. */
    private DmuSolution phase2(int o, int[] ref, double level) {
        double[][] in = d.radialInputs;
        int nr = ref.length;
        int m = in.length;
        int s = d.g.length;
        int mx = d.x.length;
        LinearProgram lp = new LinearProgram(nr + m + s);
        for (int i = 0; i < m; i++) {
            lp.objective(nr + i, -(i < mx ? d.wx[i] : d.wb[i - mx]));
        }
        for (int r = 0; r < s; r++) {
            lp.objective(nr + m + r, -d.wg[r]);
        }
        Envelopment env = new Envelopment(lp, ref, 0);
        for (int i = 0; i < m; i++) {
            env.row(in[i], nr + i, 1.0, Sense.EQ, input ? level * in[i][o] : in[i][o]);
        }
        for (int r = 0; r < s; r++) {
            env.row(d.g[r], nr + m + r, -1.0, Sense.EQ, input ? d.g[r][o] : level * d.g[r][o]);
        }
        if (vrs) {
            env.convexity();
        }
        Solution sol = lp.minimise();
        double[] v = sol.x();
        double[] sx = new double[mx];
        double[] sb = new double[d.b.length];
        double[] sg = new double[s];
        for (int i = 0; i < m; i++) {
            if (i < mx) {
                sx[i] = v[nr + i];
            } else {
                sb[i - mx] = v[nr + i];
            }
        }
        for (int r = 0; r < s; r++) {
            sg[r] = v[nr + m + r];
        }
        return new DmuSolution(Double.NaN, sol.state(), Intensities.of(v, 0, nr, 1.0), sx, sg, sb, Double.NaN, null);
    }

    /**
     * Lee, Chu and Zhu (2011, EJOR 212:141-147), input orientation, o left out of the reference set R. Stage 1:
     * min Σ_r β_r s.t. Σ_R λ_j x_ij ≤ θ x_io, Σ_R λ_j y_rj ≥ (1 − β_r) y_ro, β ≥ 0, θ free (VRS: Σλ = 1): the least
     * output shortfall that makes the radial program feasible. Stage 2: min θ s.t. the same rows with β = β*. Score
     * θ* + (1/s)Σβ*_r (input saving plus mean output surplus); equal to the Andersen-Petersen score when β* = 0.
     */
    Attempt lcz(int o, int[] ref) {
        int s = d.g.length;
        int nr = ref.length;
        LinearProgram lp1 = lczProgram(o, ref, null);
        for (int r = 0; r < s; r++) {
            lp1.objective(1 + nr + r, 1.0);
        }
        Solution s1 = lp1.minimise();
        if (!s1.optimal()) {
            return new Attempt(Double.NaN, false, s1.infeasible());
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
            LinearProgram lp2 = lczProgram(o, ref, b2);
            lp2.objective(0, 1.0);
            s2 = lp2.minimise();
            if (s2.optimal()) {
                break;
            }
        }
        if (!s2.optimal()) {
            return new Attempt(Double.NaN, false, s2.infeasible());
        }
        double theta = s2.x()[0];
        return new Attempt(theta + (s > 0 ? sum / s : 0.0), true, false);
    }

    /**
     * Variables θ (free), λ over ref, then β_r (bounds [0, ∞) in stage 1, fixed at {@code beta} in stage 2). No
     * objective is set.
     */
    private LinearProgram lczProgram(int o, int[] ref, double[] beta) {
        int nr = ref.length;
        int s = d.g.length;
        LinearProgram lp = new LinearProgram(1 + nr + s);
        lp.bounds(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        for (int r = 0; r < s; r++) {
            if (beta != null) {
                lp.bounds(1 + nr + r, beta[r], beta[r]);
            }
        }
        Envelopment env = new Envelopment(lp, ref, 1);
        for (double[] row : d.radialInputs) {
            env.row(row, 0, -row[o], Sense.LE, 0.0);
        }
        for (int r = 0; r < s; r++) {
            env.row(d.g[r], 1 + nr + r, d.g[r][o], Sense.GE, d.g[r][o]);
        }
        if (vrs) {
            env.convexity();
        }
        return lp;
    }
}
