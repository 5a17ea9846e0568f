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
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no entities");
        }
        int k = groups.get(0).x()[0].length;
        int l = groups.get(0).z()[0].length;
        double[][] zhz = new double[l][l];
        double[][] zx = new double[l][k];
        double[] zy = new double[l];
        int diffUsed = 0;
        int levelUsed = 0;
        // the blocks are independent (built in parallel, in entity order); every sum below runs sequentially in
        // entity order, so the results do not depend on the number of threads
        List<InstrumentBlock> blocks = groups.parallelStream().map(InstrumentBlock::new).toList();
        for (int gi = 0; gi < groups.size(); gi++) {
            GmmGroup g = groups.get(gi);
            InstrumentBlock b = blocks.get(gi);
            b.addZhz(zhz, g.orthogonal() ? g.h() : transformCovariance(g));
            Spd.add(zx, b.zx);
            for (int i = 0; i < l; i++) {
                zy[i] += b.zy[i];
            }
            for (int r = 0; r < g.rows(); r++) {
                if (!zeroRow(g, r)) {
                    if (r < g.diffRows()) {
                        diffUsed++;
                    } else {
                        levelUsed++;
                    }
                }
            }
        }
        if (l < k) {
            throw new IllegalArgumentException("under-identified: " + l + " instruments for " + k + " coefficients");
        }
        boolean[] generalized = new boolean[1];
        double[][] a1 = Spd.inverseOrGeneralized(Spd.symmetrised(zhz), "the one-step moment matrix sum Z'HZ", generalized);
        Step one = step(zx, zy, a1);
        double[][] e1 = residuals(groups, one.beta);
        double[][] g1 = java.util.stream.IntStream.range(0, groups.size()).parallel()
                .mapToObj(i -> blocks.get(i).zt(e1[i])).toArray(double[][]::new);
        double[][] s = new double[l][l];
        for (int i = 0; i < groups.size(); i++) {
            Spd.addOuter(s, g1[i], g1[i], 1.0);
        }
        double[][] a2 = Spd.inverseOrGeneralized(Spd.symmetrised(s), "the two-step moment matrix sum Z'ee'Z",
                generalized);
        // one-step robust: B1 X'Z A1 S A1 Z'X B1
        double[][] xza1 = Spd.times(Spd.transpose(zx), a1);
        double[][] v1Robust = Spd.symmetrised(Spd.times(Spd.times(one.bread, Spd.times(Spd.times(xza1, s),
                Spd.transpose(xza1))), one.bread));
        double ssrDiff = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int r = 0; r < groups.get(i).diffRows(); r++) {
                ssrDiff += e1[i][r] * e1[i][r];
            }
        }
        // Var(Δε) = 2σ², Var of a forward orthogonal deviation = σ²
        double sigma2 = ssrDiff / ((groups.get(0).orthogonal() ? 1.0 : 2.0) * diffUsed);
        double[] ze1 = sum(g1, l);
        double sargan = Spd.dot(ze1, Spd.times(a1, ze1)) / sigma2;

        double[] beta;
        double[][] vRobust;
        double[][] vNonRobust;
        double[][] e;
        double[][] aModel;
        double[][] bModel;
        double[] zeTwo = null;
        if (!twoStep) {
            beta = one.beta;
            vRobust = v1Robust;
            vNonRobust = scaled(one.bread, sigma2);
            e = e1;
            aModel = a1;
            bModel = one.bread;
        } else {
            Step two = step(zx, zy, a2);
            double[][] e2 = residuals(groups, two.beta);
            double[] ze2 = new double[l];
            for (int i = 0; i < groups.size(); i++) {
                double[] gi = blocks.get(i).zt(e2[i]);
                for (int j = 0; j < l; j++) {
                    ze2[j] += gi[j];
                }
            }
            vRobust = windmeijer(blocks, g1, a2, zx, two.bread, v1Robust, ze2);
            zeTwo = ze2;
            vNonRobust = two.bread;
            beta = two.beta;
            e = e2;
            aModel = a2;
            bModel = two.bread;
        }
        double[] ze = twoStep ? null : new double[l];
        double[][] zDiff = new double[groups.size()][];
        for (int i = 0; i < groups.size(); i++) {
            if (!twoStep) {
                double[] gi = g1[i];
                for (int j = 0; j < l; j++) {
                    ze[j] += gi[j];
                }
            }
            // Z_i' times the residuals of the transformed rows (level rows zero), shared by the four AR tests
            double[] r = e[i].clone();
            java.util.Arrays.fill(r, groups.get(i).diffRows(), r.length, 0.0);
            zDiff[i] = blocks.get(i).zt(r);
        }
        if (twoStep) {
            ze = zeTwo;
        }
        double hansen = Spd.dot(ze, Spd.times(a2, ze));
        double[][] xzA = Spd.times(Spd.transpose(zx), aModel);
        double[] ar1r = arTest(blocks, e, zDiff, 1, bModel, xzA, vRobust, beta);
        double[] ar2r = arTest(blocks, e, zDiff, 2, bModel, xzA, vRobust, beta);
        double[] ar1n = arTest(blocks, e, zDiff, 1, bModel, xzA, vNonRobust, beta);
        double[] ar2n = arTest(blocks, e, zDiff, 2, bModel, xzA, vNonRobust, beta);
        return new GmmResult(twoStep, beta, twoStep ? one.beta : null, vRobust, vNonRobust, hansen, sargan, l - k,
                ar1r[0], ar2r[0], ar1n[0], ar2n[0], l, groups.size(), diffUsed, levelUsed, sigma2, generalized[0]);
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
            double[][] v2, double[][] v1Robust, double[] ze2) {
        int l = a2.length;
        int k = v2.length;
        double[] q = Spd.times(a2, ze2);
        double[][] u = new double[l][k];
        for (int i = 0; i < blocks.size(); i++) {
            double[][] zxi = blocks.get(i).zx;
            double gq = Spd.dot(g1[i], q);
            double[] qa = new double[k];
            for (int j = 0; j < l; j++) {
                for (int c = 0; c < k; c++) {
                    qa[c] += q[j] * zxi[j][c];
                }
            }
            for (int j = 0; j < l; j++) {
                for (int c = 0; c < k; c++) {
                    u[j][c] += zxi[j][c] * gq + g1[i][j] * qa[c];
                }
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
     * B the bread of the model (its non-robust covariance up to scale), V the covariance used for the test.
     */
    private static double[] arTest(List<InstrumentBlock> blocks, double[][] e, double[][] zDiff, int order,
            double[][] bread, double[][] xzA, double[][] v, double[] beta) {
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
            double[] rl = new double[nd];
            for (int t = order; t < nd; t++) {
                rl[t] = d[t - order];
            }
            double c = 0;
            for (int t = 0; t < nd; t++) {
                c += d[t] * rl[t];
            }
            num += c;
            eve += c * c;
            for (int t = 0; t < nd; t++) {
                if (rl[t] != 0) {
                    for (int j = 0; j < k; j++) {
                        ex[j] += dx[t][j] * rl[t];
                    }
                }
            }
            double[] zr = zDiff[i];
            for (int j = 0; j < l; j++) {
                zve[j] += zr[j] * c;
            }
        }
        double middle = Spd.dot(Spd.times(bread, ex), Spd.times(xzA, zve));
        double last = Spd.dot(ex, Spd.times(v, ex));
        return new double[] {num / Math.sqrt(eve - 2 * middle + last)};
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

    private static boolean zeroRow(GmmGroup g, int r) {
        if (g.y()[r] != 0) {
            return false;
        }
        for (double v : g.x()[r]) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] sum(double[][] rows, int l) {
        double[] s = new double[l];
        for (double[] r : rows) {
            for (int j = 0; j < l; j++) {
                s[j] += r[j];
            }
        }
        return s;
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
