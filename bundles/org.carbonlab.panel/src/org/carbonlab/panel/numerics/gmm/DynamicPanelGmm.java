package org.carbonlab.panel.numerics.gmm;

import java.util.List;

/**
 * Linear dynamic-panel GMM (Arellano–Bond 1991 difference GMM, Blundell–Bond 1998 system GMM) on per-entity blocks
 * of the block-diagonal instrument matrix: every moment sum is accumulated entity by entity, so nothing of size
 * NT × L is ever formed.
 * <p>
 * One-step weight A1 = (Σ Z_i'H Z_i)^{-1}, H the covariance of the transformed errors under iid ε (tridiagonal 2, −1
 * for differences; for system GMM [[G, FD], [FD', I]], Cov(Δε_t, ε_t) = 1, Cov(Δε_t, ε_{t−1}) = −1). Two-step weight
 * A2 = (Σ Z_i'ê_iê_i'Z_i)^{-1} from one-step residuals; the two-step covariance is corrected as Windmeijer (2005).
 */
public final class DynamicPanelGmm {
    private DynamicPanelGmm() {
    }

    public static GmmResult fit(List<GmmGroup> groups, boolean twoStep) {
        return fit(GmmMoments.of(groups), twoStep);
    }

    /** The estimate from moment blocks computed once (see {@link GmmMoments}). */
    public static GmmResult fit(GmmMoments m, boolean twoStep) {
        int k = m.k;
        int l = m.l;
        List<GmmGroup> groups = m.groups;
        List<InstrumentBlock> blocks = m.blocks;
        if (l < k) {
            throw new IllegalArgumentException("under-identified: " + l + " instruments for " + k + " coefficients");
        }
        int[] all = m.allColumns();
        boolean[] generalized = new boolean[1];
        double[][] a1 = Spd.inverseOrGeneralized(Spd.symmetrised(m.zhz), "the one-step moment matrix sum Z'HZ",
                generalized);
        Step one = step(m.zx, m.zy, a1);
        double[][] e1 = residuals(groups, one.beta);
        double[][] g1 = m.residualMoments(one.beta);
        double[][] s = GmmMoments.outerSum(g1, all, m.parallel);
        double[][] a2 = Spd.inverseOrGeneralized(s, "the two-step moment matrix sum Z'ee'Z", generalized);
        // one-step robust: B1 X'Z A1 S A1 Z'X B1
        double[][] xza1 = Spd.times(Spd.transpose(m.zx), a1);
        double[][] v1Robust = Spd.symmetrised(Spd.times(Spd.times(one.bread, Spd.times(Spd.times(xza1, s),
                Spd.transpose(xza1))), one.bread));
        double ssrDiff = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int r = 0; r < groups.get(i).diffRows(); r++) {
                ssrDiff += e1[i][r] * e1[i][r];
            }
        }
        // Var(Δε) = 2σ², Var of a forward orthogonal deviation = σ²
        double sigma2 = ssrDiff / ((groups.get(0).orthogonal() ? 1.0 : 2.0) * m.diffUsed);
        double[] ze1 = GmmMoments.sum(g1, all);
        double sargan = Spd.dot(ze1, Spd.times(a1, ze1)) / sigma2;

        double[] beta;
        double[][] vRobust;
        double[][] vNonRobust;
        double[][] e;
        double[][] aModel;
        double[][] bModel;
        double[] ze;
        if (!twoStep) {
            beta = one.beta;
            vRobust = v1Robust;
            vNonRobust = scaled(one.bread, sigma2);
            e = e1;
            aModel = a1;
            bModel = one.bread;
            ze = ze1;
        } else {
            Step two = step(m.zx, m.zy, a2);
            ze = GmmMoments.summedMoments(m.zx, m.zy, two.beta);
            vRobust = windmeijer(blocks, g1, a2, m.zx, two.bread, v1Robust, ze, k, m.parallel);
            vNonRobust = two.bread;
            beta = two.beta;
            e = residuals(groups, two.beta);
            aModel = a2;
            bModel = two.bread;
        }
        double hansen = Spd.dot(ze, Spd.times(a2, ze));
        // Z_i' times the residuals of the transformed rows (level rows zero), shared by the AR tests
        double[][] eModel = e;
        double[][] zDiff = GmmMoments.stream(groups.size(), m.parallel).mapToObj(i -> {
            double[] r = eModel[i].clone();
            java.util.Arrays.fill(r, groups.get(i).diffRows(), r.length, 0.0);
            return blocks.get(i).zt(r);
        }).toArray(double[][]::new);
        double[][] xzA = Spd.times(Spd.transpose(m.zx), aModel);
        ArParts ar1 = arParts(blocks, e, zDiff, 1, bModel, xzA, beta);
        ArParts ar2 = arParts(blocks, e, zDiff, 2, bModel, xzA, beta);
        return new GmmResult(twoStep, beta, twoStep ? one.beta : null, vRobust, vNonRobust, hansen, sargan, l - k,
                ar1.statistic(vRobust), ar2.statistic(vRobust), ar1.statistic(vNonRobust), ar2.statistic(vNonRobust),
                l, groups.size(), m.diffUsed, m.levelUsed, sigma2, generalized[0]);
    }

    /** Hansen's J of a restricted model, its degrees of freedom, and whether a weight needed a generalized inverse. */
    public record Overidentification(double hansen, int df, boolean generalizedInverse) {
    }

    /**
     * Hansen's J of the model fitted without the instrument columns {@code drop} (one- or two-step, its own one-step
     * residuals and weight), the restricted model of a difference-in-Hansen test. Only rows and columns of the cached
     * moment blocks are used: the result equals {@link #fit(List, boolean)} on
     * {@link #withoutInstruments(List, int[])} up to rounding.
     */
    public static Overidentification hansenWithout(GmmMoments m, int[] drop, boolean twoStep) {
        boolean[] dropped = new boolean[m.l];
        for (int j : drop) {
            dropped[j] = true;
        }
        int[] keep = java.util.stream.IntStream.range(0, m.l).filter(j -> !dropped[j]).toArray();
        if (keep.length < m.k) {
            throw new IllegalArgumentException("under-identified: " + keep.length + " instruments for " + m.k
                    + " coefficients");
        }
        double[][] zhz = new double[keep.length][keep.length];
        double[][] zx = new double[keep.length][];
        double[] zy = new double[keep.length];
        for (int a = 0; a < keep.length; a++) {
            for (int b = 0; b < keep.length; b++) {
                zhz[a][b] = m.zhz[keep[a]][keep[b]];
            }
            zx[a] = m.zx[keep[a]];
            zy[a] = m.zy[keep[a]];
        }
        boolean[] generalized = new boolean[1];
        double[][] a1 = Spd.inverseOrGeneralized(Spd.symmetrised(zhz), "the one-step moment matrix sum Z'HZ",
                generalized);
        Step one = step(zx, zy, a1);
        double[][] g1 = m.residualMoments(one.beta);
        double[][] a2 = Spd.inverseOrGeneralized(GmmMoments.outerSum(g1, keep, m.parallel),
                "the two-step moment matrix sum Z'ee'Z", generalized);
        double[] ze = twoStep ? GmmMoments.summedMoments(zx, zy, step(zx, zy, a2).beta) : GmmMoments.sum(g1, keep);
        return new Overidentification(Spd.dot(ze, Spd.times(a2, ze)), keep.length - m.k, generalized[0]);
    }

    /**
     * The same entities with the instrument columns {@code drop} removed: the restricted model of a
     * difference-in-Hansen test, fitted on its own (its own one-step residuals and weight).
     */
    public static List<GmmGroup> withoutInstruments(List<GmmGroup> groups, int[] drop) {
        int l = groups.get(0).z()[0].length;
        boolean[] dropped = new boolean[l];
        for (int j : drop) {
            dropped[j] = true;
        }
        int kept = l - drop.length;
        // entities are independent: built in parallel, kept in entity order
        return groups.parallelStream().map(g -> {
            double[][] z = new double[g.rows()][kept];
            for (int r = 0; r < g.rows(); r++) {
                int c = 0;
                for (int j = 0; j < l; j++) {
                    if (!dropped[j]) {
                        z[r][c++] = g.z()[r][j];
                    }
                }
            }
            return g.withInstruments(z);
        }).toList();
    }

    /** Wald χ² that the coefficients {@code idx} are jointly zero: b' V^{-1} b on that subset. */
    public static double wald(double[] beta, double[][] vcov, int[] idx) {
        double[] b = new double[idx.length];
        double[][] v = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            b[i] = beta[idx[i]];
            for (int j = 0; j < idx.length; j++) {
                v[i][j] = vcov[idx[i]][idx[j]];
            }
        }
        return Spd.dot(b, Spd.times(Spd.inverse(Spd.symmetrised(v), "the covariance of the tested coefficients"), b));
    }

    private record Step(double[] beta, double[][] bread) {
    }

    /** β = (X'Z A Z'X)^{-1} X'Z A Z'y; the bread (X'Z A Z'X)^{-1}. */
    private static Step step(double[][] zx, double[] zy, double[][] a) {
        double[][] xza = Spd.times(Spd.transpose(zx), a);
        double[][] bread = Spd.inverse(Spd.symmetrised(Spd.times(xza, zx)), "X'Z A Z'X (the coefficients are not identified)");
        double[] beta = Spd.times(bread, Spd.times(xza, zy));
        return new Step(beta, bread);
    }

    private static double[][] residuals(List<GmmGroup> groups, double[] beta) {
        double[][] e = new double[groups.size()][];
        for (int i = 0; i < groups.size(); i++) {
            GmmGroup g = groups.get(i);
            double[] fitted = Spd.times(g.x(), beta);
            e[i] = new double[g.rows()];
            for (int r = 0; r < g.rows(); r++) {
                e[i][r] = g.y()[r] - fitted[r];
            }
        }
        return e;
    }

    /**
     * Windmeijer (2005): V2 + D V2 + V2 D' + D V1r D', column k of D = B2 X'Z A2 (∂W/∂β_k)(−) A2 Z'ê2 where
     * W = Σ Z'ê1ê1'Z, so −∂W/∂β_k = Σ_i (Z_i'x_ik g_i' + g_i x_ik'Z_i), g_i = Z_i'ê1_i.
     */
    private static double[][] windmeijer(List<InstrumentBlock> blocks, double[][] g1, double[][] a2, double[][] zx,
            double[][] v2, double[][] v1Robust, double[] ze2, int k, boolean parallel) {
        int l = a2.length;
        double[] q = Spd.times(a2, ze2);
        // the per-entity scalars and k-vectors first (independent, in parallel), then U summed in entity order
        double[] gq = new double[blocks.size()];
        double[][] qa = new double[blocks.size()][];
        GmmMoments.stream(blocks.size(), parallel).forEach(i -> {
            double[] zxi = blocks.get(i).zx;
            gq[i] = Spd.dot(g1[i], q);
            double[] v = new double[k];
            for (int j = 0; j < l; j++) {
                double qj = q[j];
                if (qj != 0) {
                    for (int c = 0; c < k; c++) {
                        v[c] += qj * zxi[j * k + c];
                    }
                }
            }
            qa[i] = v;
        });
        // U = Σ gq_i Z_i'X_i + Σ g_i qa_i', entities in order; both sums as long contiguous axpy loops (Z_i'X_i flat,
        // the second term accumulated column by column)
        double[] uf = new double[l * k];
        double[][] ut = new double[k][l];
        for (int i = 0; i < blocks.size(); i++) {
            double[] zxi = blocks.get(i).zx;
            double gqi = gq[i];
            for (int e = 0; e < uf.length; e++) {
                uf[e] += gqi * zxi[e];
            }
            double[] gi = g1[i];
            double[] qai = qa[i];
            for (int c = 0; c < k; c++) {
                double qc = qai[c];
                double[] col = ut[c];
                for (int j = 0; j < l; j++) {
                    col[j] += qc * gi[j];
                }
            }
        }
        double[][] u = new double[l][k];
        for (int j = 0; j < l; j++) {
            for (int c = 0; c < k; c++) {
                u[j][c] = uf[j * k + c] + ut[c][j];
            }
        }
        double[][] d = Spd.times(Spd.times(v2, Spd.times(Spd.transpose(zx), a2)), u);
        double[][] dv2 = Spd.times(d, v2);
        double[][] out = Spd.times(Spd.times(d, v1Robust), Spd.transpose(d));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] += v2[i][j] + dv2[i][j] + dv2[j][i];
            }
        }
        return Spd.symmetrised(out);
    }

    /**
     * Arellano–Bond m_j on the differenced residuals (level rows set to zero), lagged j rows within the entity:
     * m = Σ ê_{-j}'ê / sqrt(Σ (ê_{-j}'ê)² − 2 EX B X'Z A ZVE + EX V EX'), EX = Σ ê_{-j}'X, ZVE = Σ Z'ê ê'ê_{-j},
     * B the bread of the model (its non-robust covariance up to scale), V the covariance used for the test: the
     * parts that do not depend on V are computed once and shared by the robust and non-robust statistics.
     */
    private record ArParts(double num, double eve, double middle, double[] ex) {
        double statistic(double[][] v) {
            return num / Math.sqrt(eve - 2 * middle + Spd.dot(ex, Spd.times(v, ex)));
        }
    }

    private static ArParts arParts(List<InstrumentBlock> blocks, double[][] e, double[][] zDiff, int order,
            double[][] bread, double[][] xzA, double[] beta) {
        int k = bread.length;
        int l = xzA[0].length;
        double num = 0;
        double eve = 0;
        double[] ex = new double[k];
        double[] zve = new double[l];
        for (int i = 0; i < blocks.size(); i++) {
            GmmGroup g = blocks.get(i).group;
            int nd = g.diffRows();
            // differenced residuals and regressors: the transformed rows themselves, or (orthogonal deviations)
            // the first-differenced equations kept for this test
            double[] d = new double[nd];
            double[][] dx = g.orthogonal() ? g.arX() : g.x();
            for (int t = 0; t < nd; t++) {
                d[t] = g.orthogonal() ? g.arY()[t] - Spd.dot(g.arX()[t], beta) : e[i][t];
            }
            double c = 0;
            for (int t = order; t < nd; t++) {
                double rl = d[t - order];
                c += d[t] * rl;
                if (rl != 0) {
                    for (int j = 0; j < k; j++) {
                        ex[j] += dx[t][j] * rl;
                    }
                }
            }
            num += c;
            eve += c * c;
            if (c != 0) {
                double[] zr = zDiff[i];
                for (int j = 0; j < l; j++) {
                    zve[j] += zr[j] * c;
                }
            }
        }
        double middle = Spd.dot(Spd.times(bread, ex), Spd.times(xzA, zve));
        return new ArParts(num, eve, middle, ex);
    }

    /** H of one entity: differenced rows first, then (system GMM) level rows. */
    static double[][] transformCovariance(GmmGroup g) {
        int n = g.rows();
        int nd = g.diffRows();
        double[][] h = new double[n][n];
        for (int i = 0; i < nd; i++) {
            h[i][i] = 2;
            if (i + 1 < nd) {
                h[i][i + 1] = -1;
                h[i + 1][i] = -1;
            }
        }
        // level row j is one period before difference row j: Δε_t with ε_t is +1, with ε_{t−1} is −1
        for (int i = 0; i < nd; i++) {
            int same = nd + i + 1;
            int before = nd + i;
            if (before < n) {
                h[i][before] = -1;
                h[before][i] = -1;
            }
            if (same < n) {
                h[i][same] = 1;
                h[same][i] = 1;
            }
        }
        for (int j = nd; j < n; j++) {
            h[j][j] = 1;
        }
        return h;
    }

    private static double[][] scaled(double[][] m, double c) {
        double[][] out = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = m[i][j] * c;
            }
        }
        return out;
    }
}
