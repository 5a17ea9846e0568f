package org.carbonlab.panel.numerics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.carbonlab.core.inference.LinAlg;
import org.carbonlab.core.inference.RowBlocks;

/**
 * The variance of Stata's {@code _cons} in {@code xtreg, fe}. Stata estimates the within model as
 * the mean-augmented regression (y_it − ȳ_g + ȳ) on (x_it − x̄_g + x̄) and a constant, so the
 * constant's variance comes from that design: classical σ²[(Z'Z)⁻¹]_cc, or the cluster sandwich
 * factor·[(Z'Z)⁻¹ Σ_c s_c s_c' (Z'Z)⁻¹]_cc with s_c = Σ_{i∈c} z_i u_i. Under two-way effects the
 * period dummies are explicit regressors of {@code xtreg y x i.period, fe} and belong in Z.
 * <p>
 * Z is never formed: with T periods and a million rows it would be n × (k + T) doubles, and Z'Z by
 * a dense product costs n(k + T)². The continuous block of Z'Z is summed row by row; every block
 * that touches a dummy follows in closed form from per-group and per-(group, period) counts and
 * sums (a mean-augmented dummy is d_it − n_gt/n_g + n_t/n), so the cost is O(nk² + Σ_g T_g²).
 */
public final class StataConstant {
    private StataConstant() {
    }

    /**
     * @param x         explicit continuous regressors (rows × k) without intercept, kept columns only
     * @param group     code of the absorbed group per row (entity, or period under time effects)
     * @param period    period code per row (0 = base period, code t &gt; 0 has dummy column t − 1); may be null when
     *                  {@code dummies} is 0
     * @param dummies   number of period dummies in Z (periods − 1 under two-way effects, else 0)
     * @param residuals residuals of the within fit
     * @param sigma2    classical residual variance, used when {@code cluster} is null
     * @param cluster   cluster code per row, or null for the classical variance
     * @param factor    small-sample factor of the cluster sandwich
     */
    public static double variance(double[][] x, int[] group, int[] period, int dummies, double[] residuals,
            double sigma2, int[] cluster, double factor) {
        int n = residuals.length;
        int k = n == 0 ? 0 : x[0].length;
        return varianceOfColumns(LinAlg.toColumns(x, n, k), group, period, dummies, residuals, sigma2, cluster, factor);
    }

    /**
     * As {@link #variance}, with the regressors column by column ({@code x[j][row]}, k columns of length n). The
     * continuous block of Z'Z is summed over the fixed row blocks of {@link RowBlocks} in parallel and the block
     * sums are added in block order, so the result does not depend on the number of threads.
     */
    public static double varianceOfColumns(double[][] x, int[] group, int[] period, int dummies, double[] residuals,
            double sigma2, int[] cluster, double factor) {
        int n = residuals.length;
        int k = x.length;
        int p = k + dummies;
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        int[] groupCount = new int[groups];
        for (int i = 0; i < n; i++) {
            groupCount[group[i]]++;
        }
        // continuous part of z per row (recomputed on use, never stored): x_ij + shift_j[g] = x_ij - x̄_gj + x̄_j
        double[][] groupShift = new double[k][groups];
        for (int j = 0; j < k; j++) {
            double[] c = x[j];
            double[] sum = new double[groups];
            double overall = 0;
            for (int i = 0; i < n; i++) {
                sum[group[i]] += c[i];
                overall += c[i];
            }
            double[] shift = groupShift[j];
            for (int g = 0; g < groups; g++) {
                shift[g] = groupCount[g] == 0 ? 0.0 : -sum[g] / groupCount[g] + overall / n;
            }
        }
        double[][] ztz = new double[p + 1][p + 1];
        double[] zSum = new double[k];
        int blocks = RowBlocks.count(n);
        double[][] partial = new double[blocks][];
        RowBlocks.forEach(blocks, b -> partial[b] = crossProducts(x, groupShift, group, RowBlocks.start(b),
                RowBlocks.end(b, n)));
        for (double[] part : partial) { // block order: independent of the thread count
            int idx = 0;
            for (int a = 0; a < k; a++) {
                for (int c = 0; c <= a; c++) {
                    ztz[a][c] += part[idx++];
                }
                zSum[a] += part[idx++];
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                ztz[b][a] = ztz[a][b];
            }
            ztz[a][p] = zSum[a];
            ztz[p][a] = zSum[a];
        }
        ztz[p][p] = n;
        Cells cells = dummies > 0 ? new Cells(group, groups, period, dummies + 1) : null;
        if (cells != null) {
            cells.addDummyBlocks(ztz, x, groupShift, k, n);
        }
        RealMatrix zm = new Array2DRowRealMatrix(ztz, false);
        RealMatrix bread = new SingularValueDecomposition(zm).getSolver().getInverse();
        if (cluster == null) {
            return sigma2 * bread.getEntry(p, p);
        }
        // Only the constant's row b of the bread is needed: var = factor * Σ_c (b' s_c)^2 with b' s_c = Σ_{i∈c} (b'z_i) u_i.
        double[] b = bread.getRow(p);
        double[] groupPart = cells == null ? null : cells.dummyShift(b, k, n);
        int clusters = 0;
        for (int c : cluster) {
            clusters = Math.max(clusters, c + 1);
        }
        // b'z_i, accumulated column by column (the same additions, in the same order, as row by row)
        double[] bz = new double[n];
        for (int j = 0; j < k; j++) {
            double bj = b[j];
            double[] c = x[j];
            double[] shift = groupShift[j];
            for (int i = 0; i < n; i++) {
                bz[i] += bj * (c[i] + shift[group[i]]);
            }
        }
        double[] score = new double[clusters];
        for (int i = 0; i < n; i++) {
            double v = bz[i];
            if (cells != null) {
                int t = period[i];
                v += (t > 0 ? b[k + t - 1] : 0.0) + groupPart[group[i]];
            }
            v += b[p];
            score[cluster[i]] += v * residuals[i];
        }
        double sum = 0;
        for (int c = 0; c < clusters; c++) {
            sum += score[c] * score[c];
        }
        return factor * sum;
    }

    /** Rows from..to-1: Σ z_a z_b (b ≤ a) followed by Σ z_a, for each a, packed. */
    private static double[] crossProducts(double[][] x, double[][] groupShift, int[] group, int from, int to) {
        int k = x.length;
        double[] out = new double[k * (k + 1) / 2 + k];
        double[] z = new double[k];
        for (int i = from; i < to; i++) {
            int g = group[i];
            for (int j = 0; j < k; j++) {
                z[j] = x[j][i] + groupShift[j][g];
            }
            int idx = 0;
            for (int a = 0; a < k; a++) {
                double za = z[a];
                for (int c = 0; c <= a; c++) {
                    out[idx++] += za * z[c];
                }
                out[idx++] += za;
            }
        }
        return out;
    }

    /** The (group, period) cell counts of the rows, per group as a compressed list. */
    private static final class Cells {
        final int[] group;
        final int[] period;
        final int groups;
        final int periods;
        final int[] start; // cells of group g: start[g] .. start[g+1]-1
        final int[] cellPeriod;
        final double[] cellCount;
        final double[] groupCount;
        final double[] periodCount;

        Cells(int[] group, int groups, int[] period, int periods) {
            this.group = group;
            this.period = period;
            this.groups = groups;
            this.periods = periods;
            int n = group.length;
            int[] rowStart = new int[groups + 1];
            for (int g : group) {
                rowStart[g + 1]++;
            }
            for (int g = 0; g < groups; g++) {
                rowStart[g + 1] += rowStart[g];
            }
            int[] fill = rowStart.clone();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[fill[group[i]]++] = i;
            }
            int[] mark = new int[periods];
            java.util.Arrays.fill(mark, -1);
            int[] tmpP = new int[n];
            double[] tmpC = new double[n];
            start = new int[groups + 1];
            groupCount = new double[groups];
            periodCount = new double[periods];
            int cells = 0;
            for (int g = 0; g < groups; g++) {
                start[g] = cells;
                groupCount[g] = rowStart[g + 1] - rowStart[g];
                for (int q = rowStart[g]; q < rowStart[g + 1]; q++) {
                    int t = period[order[q]];
                    periodCount[t]++;
                    if (mark[t] >= start[g]) {
                        tmpC[mark[t]] += 1.0;
                    } else {
                        mark[t] = cells;
                        tmpP[cells] = t;
                        tmpC[cells] = 1.0;
                        cells++;
                    }
                }
            }
            start[groups] = cells;
            cellPeriod = java.util.Arrays.copyOf(tmpP, cells);
            cellCount = java.util.Arrays.copyOf(tmpC, cells);
        }

        /**
         * Fills the blocks of Z'Z that involve dummy column s (period s + 1), d̃_is = d_is − n_gs/n_g + n_s/n:
         * Σ_i z_ia d̃_is = Σ_{i: t_i = s} z_ia − Σ_g (n_gs/n_g) Σ_{i∈g} z_ia + (n_s/n) Σ_i z_ia;
         * Σ_i d̃_is d̃_it = n_s δ_st + n_s n_t / n − Σ_g n_gs n_gt / n_g; Σ_i d̃_is = n_s.
         */
        void addDummyBlocks(double[][] ztz, double[][] x, double[][] groupShift, int k, int n) {
            int p = k + periods - 1;
            double[][] byPeriod = new double[periods][k];
            double[][] byGroup = new double[groups][k];
            double[] total = new double[k];
            for (int i = 0; i < n; i++) {
                int g = group[i];
                double[] bp = byPeriod[period[i]];
                double[] bg = byGroup[g];
                for (int j = 0; j < k; j++) {
                    double z = x[j][i] + groupShift[j][g];
                    bp[j] += z;
                    bg[j] += z;
                    total[j] += z;
                }
            }
            double[][] cross = new double[periods][k]; // Σ_g (n_gs/n_g) Σ_{i∈g} z_i
            double[][] dd = new double[periods][periods]; // Σ_g n_gs n_gt / n_g
            for (int g = 0; g < groups; g++) {
                for (int q = start[g]; q < start[g + 1]; q++) {
                    int s = cellPeriod[q];
                    double share = cellCount[q] / groupCount[g];
                    for (int j = 0; j < k; j++) {
                        cross[s][j] += share * byGroup[g][j];
                    }
                    for (int r = start[g]; r < start[g + 1]; r++) {
                        dd[s][cellPeriod[r]] += share * cellCount[r];
                    }
                }
            }
            for (int s = 1; s < periods; s++) {
                int cs = k + s - 1;
                for (int j = 0; j < k; j++) {
                    double v = byPeriod[s][j] - cross[s][j] + periodCount[s] / n * total[j];
                    ztz[cs][j] = v;
                    ztz[j][cs] = v;
                }
                for (int t = 1; t < periods; t++) {
                    ztz[cs][k + t - 1] = (s == t ? periodCount[s] : 0.0) + periodCount[s] * periodCount[t] / n
                            - dd[s][t];
                }
                ztz[cs][p] = periodCount[s];
                ztz[p][cs] = periodCount[s];
            }
        }

        /** Per group, b's part on the dummies that does not depend on the row's own period: Σ_s b_s (n_s/n − n_gs/n_g). */
        double[] dummyShift(double[] b, int k, int n) {
            double overall = 0;
            for (int s = 1; s < periods; s++) {
                overall += b[k + s - 1] * periodCount[s] / n;
            }
            double[] out = new double[groups];
            for (int g = 0; g < groups; g++) {
                double own = 0;
                for (int q = start[g]; q < start[g + 1]; q++) {
                    int s = cellPeriod[q];
                    if (s > 0) {
                        own += b[k + s - 1] * cellCount[q] / groupCount[g];
                    }
                }
                out[g] = overall - own;
            }
            return out;
        }
    }
}
