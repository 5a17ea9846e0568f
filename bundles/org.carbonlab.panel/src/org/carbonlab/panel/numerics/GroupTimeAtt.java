package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Callaway and Sant'Anna (2021) group-time average treatment effects ATT(g,t) without covariates on a balanced panel
 * (R's {@code did::att_gt(..., xformla = ~1, panel = TRUE)}, analytic standard errors). Numerics only.
 * <p>
 * A unit's group g is the period of its first treatment (absorbing treatment); never-treated units have none.
 * ATT(g,t) = mean over g of (Y_t − Y_b) − mean over the controls of (Y_t − Y_b), with base b = g−1 for t ≥ g; for
 * t &lt; g, b = t−1 ({@link Base#VARYING}, did's default) or b = g−1 ({@link Base#UNIVERSAL}). Controls are the
 * never-treated units ({@link Control#NEVER}) or also the units not yet treated in t and b
 * ({@link Control#NOT_YET}: group &gt; max(t, b), other than g).
 * <p>
 * The influence function of each ATT(g,t) is kept per unit, scaled as did scales it (ψ_i = (ΔY_i − m_g)/(n_g/n) for
 * units of g, −(ΔY_i − m_C)/(n_C/n) for controls, 0 otherwise), so Var = Σ ψ_i² / n²: since each unit contributes
 * one term, the standard errors are clustered by unit. Aggregations are {@link GroupTimeAggregation}.
 */
public final class GroupTimeAtt {

    /** Which units serve as controls. */
    public enum Control {
        NEVER, NOT_YET
    }

    /** The base period of pre-treatment cells. */
    public enum Base {
        VARYING, UNIVERSAL
    }

    /**
     * One ATT(g,t): group and period as period indices (0-based), the estimate, its standard error, the number of
     * treated and control units. {@code nControl == 0} marks a cell without controls (estimate NaN).
     */
    public record Cell(int group, int period, int base, double att, double se, int nTreated, int nControl) {
        public boolean post() {
            return period >= group;
        }

        /** t − g in period indices (equal to {@link Estimate#eventTime} for consecutive periods). */
        public int eventTime() {
            return period - group;
        }
    }

    /**
     * The cells and their influence functions ({@code influence[cell][unit]}), the unit count n, each unit's
     * group (−1 never treated) and the period values (for event times).
     */
    public record Estimate(List<Cell> cells, double[][] influence, int nUnits, int[] group, long[] periods) {
        /** Event time of a cell in the periods' own units (t − g in years for yearly data, as did does). */
        public long eventTime(Cell c) {
            return periods[c.period()] - periods[c.group()];
        }

        /** The share of all units in group g (did's pg). */
        public double groupShare(int g) {
            int c = 0;
            for (int v : group) {
                if (v == g) {
                    c++;
                }
            }
            return (double) c / nUnits;
        }
    }

    private GroupTimeAtt() {
    }

    /**
     * @param y     outcome, units × periods (balanced, finite)
     * @param group   per unit the index of its first treated period (≥ 1), or −1 if never treated
     * @param periods the period values, ascending (event times are their differences)
     */
    public static Estimate estimate(double[][] y, int[] group, long[] periods, Control control, Base base) {
        int n = y.length;
        int nPeriods = y[0].length;
        if (periods.length != nPeriods) {
            throw new IllegalArgumentException("one period value per column of y is needed");
        }
        TreeSet<Integer> groups = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (group[i] == 0) {
                throw new IllegalArgumentException("unit " + i + " is treated in the first period: no pre-period");
            }
            if (group[i] >= nPeriods) {
                throw new IllegalArgumentException("unit " + i + " has a group beyond the last period");
            }
            if (group[i] > 0) {
                groups.add(group[i]);
            }
        }
        List<Cell> cells = new ArrayList<>();
        List<double[]> influence = new ArrayList<>();
        for (int g : groups) {
            for (int t = 0; t < nPeriods; t++) {
                int b;
                if (t >= g) {
                    b = g - 1;
                } else if (base == Base.VARYING) {
                    if (t == 0) {
                        continue;
                    }
                    b = t - 1;
                } else {
                    if (t == g - 1) {
                        continue;
                    }
                    b = g - 1;
                }
                int last = Math.max(t, b);
                double sumT = 0;
                double sumC = 0;
                int nT = 0;
                int nC = 0;
                boolean[] isT = new boolean[n];
                boolean[] isC = new boolean[n];
                for (int i = 0; i < n; i++) {
                    if (group[i] == g) {
                        isT[i] = true;
                        nT++;
                        sumT += y[i][t] - y[i][b];
                    } else if (group[i] < 0 || (control == Control.NOT_YET && group[i] > last)) {
                        isC[i] = true;
                        nC++;
                        sumC += y[i][t] - y[i][b];
                    }
                }
                double[] psi = new double[n];
                if (nC == 0) {
                    cells.add(new Cell(g, t, b, Double.NaN, Double.NaN, nT, 0));
                    influence.add(psi);
                    continue;
                }
                double mT = sumT / nT;
                double mC = sumC / nC;
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double d = y[i][t] - y[i][b];
                    if (isT[i]) {
                        psi[i] = (d - mT) * n / nT;
                    } else if (isC[i]) {
                        psi[i] = -(d - mC) * n / nC;
                    }
                    ss += psi[i] * psi[i];
                }
                cells.add(new Cell(g, t, b, mT - mC, Math.sqrt(ss) / n, nT, nC));
                influence.add(psi);
            }
        }
        return new Estimate(cells, influence.toArray(double[][]::new), n, group.clone(), periods.clone());
    }
}
