package org.carbonlab.panel.numerics;

/**
 * The shift-share (Bartik) instrument z_it = Σ_k s_ik g_kt from base-period shares s (units × industries) and
 * industry shocks g (industries × periods), optionally with leave-one-out shocks that leave unit i's own
 * contribution out of the shock it is exposed to. Name-free: indices in, numbers out. A missing shock (NaN) for an
 * industry in which the unit has a non-zero share makes z_it missing; a zero share ignores the shock.
 */
public final class ShiftShare {
    private ShiftShare() {
    }

    /**
     * z for each row.
     *
     * @param shares  s[unit][industry]
     * @param shocks  g[unit][industry][period]: the same K × T array for every unit, or each unit's leave-one-out
     *                shocks
     * @param unit    unit index of each row
     * @param period  period index of each row (−1: no shock period, z missing)
     */
    public static double[] build(double[][] shares, double[][][] shocks, int[] unit, int[] period) {
        double[] z = new double[unit.length];
        for (int r = 0; r < unit.length; r++) {
            int i = unit[r];
            int t = period[r];
            if (i < 0 || t < 0) {
                z[r] = Double.NaN;
                continue;
            }
            double s = 0;
            double[][] g = shocks[i];
            for (int k = 0; k < shares[i].length; k++) {
                double w = shares[i][k];
                if (w != 0) {
                    s += w * g[k][t];
                }
            }
            z[r] = s;
        }
        return z;
    }

    /**
     * Shocks aggregated from unit-level contributions: g_kt = Σ_j a_jkt / Σ_j b_jkt (b ≡ 1 when {@code den} is
     * null: a plain sum), and, when {@code leaveOneOut}, unit i's shocks Σ_{j≠i} a_jkt / Σ_{j≠i} b_jkt. Cells no
     * unit reports are NaN.
     *
     * @param num  a[unit][industry][period] (NaN = not reported)
     * @param den  b[unit][industry][period], or null
     * @return g[unit][industry][period]
     */
    public static double[][][] aggregate(double[][][] num, double[][][] den, boolean leaveOneOut) {
        int units = num.length;
        int kk = units == 0 ? 0 : num[0].length;
        int tt = kk == 0 ? 0 : num[0][0].length;
        double[][] totN = new double[kk][tt];
        double[][] totD = new double[kk][tt];
        boolean[][] seen = new boolean[kk][tt];
        for (int j = 0; j < units; j++) {
            for (int k = 0; k < kk; k++) {
                for (int t = 0; t < tt; t++) {
                    double a = num[j][k][t];
                    if (!Double.isNaN(a)) {
                        seen[k][t] = true;
                        totN[k][t] += a;
                        totD[k][t] += den == null ? 0 : den[j][k][t];
                    }
                }
            }
        }
        double[][][] out = new double[units][kk][tt];
        double[][] common = new double[kk][tt];
        for (int k = 0; k < kk; k++) {
            for (int t = 0; t < tt; t++) {
                common[k][t] = !seen[k][t] ? Double.NaN : den == null ? totN[k][t] : totN[k][t] / totD[k][t];
            }
        }
        for (int i = 0; i < units; i++) {
            if (!leaveOneOut) {
                out[i] = common;
                continue;
            }
            for (int k = 0; k < kk; k++) {
                for (int t = 0; t < tt; t++) {
                    if (!seen[k][t]) {
                        out[i][k][t] = Double.NaN;
                        continue;
                    }
                    double a = num[i][k][t];
                    double own = Double.isNaN(a) ? 0 : a;
                    double ownD = Double.isNaN(a) || den == null ? 0 : den[i][k][t];
                    out[i][k][t] = den == null ? totN[k][t] - own : (totN[k][t] - own) / (totD[k][t] - ownD);
                }
            }
        }
        return out;
    }
}
