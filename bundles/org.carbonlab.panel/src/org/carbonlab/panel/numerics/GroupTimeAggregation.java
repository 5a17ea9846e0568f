package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The aggregations of Callaway and Sant'Anna's ATT(g,t) (did's {@code aggte}), with analytic standard errors from the
 * aggregated influence function. Weights proportional to group sizes are estimated shares, so their own influence
 * (did's "wif") is added, as did does. Cells without controls are left out. Numerics only.
 * <ul>
 * <li>simple: Σ w_gt ATT(g,t) over post cells (t ≥ g), w ∝ P(G = g);</li>
 * <li>dynamic: θ(e) = Σ_g w_g ATT(g, g+e) for each event time e, w ∝ P(G = g) among the groups observed at e;
 * overall = the mean of θ(e) over e ≥ 0;</li>
 * <li>group: θ(g) = mean of ATT(g,t) over t ≥ g; overall = Σ_g θ(g) P(G=g) / Σ P(G=g).</li>
 * </ul>
 */
public final class GroupTimeAggregation {

    /**
     * One aggregate: its key (event time in period units, or the group's period index; unused for overall values), estimate, SE and
     * influence function per unit (Cov(a, b) = Σ_i a_i b_i / n²).
     */
    public record Aggregate(int key, double estimate, double se, double[] influence) {
    }

    /** An aggregation: the per-key values and the overall value. */
    public record Aggregation(List<Aggregate> byKey, Aggregate overall) {
    }

    private record Combined(double estimate, double[] influence) {
        Aggregate aggregate(int key, int n) {
            double ss = 0;
            for (double v : influence) {
                ss += v * v;
            }
            return new Aggregate(key, estimate, Math.sqrt(ss) / n, influence);
        }
    }

    private GroupTimeAggregation() {
    }

    /** The simple (overall post-treatment) average. */
    public static Aggregate simple(GroupTimeAtt.Estimate e) {
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < e.cells().size(); k++) {
            GroupTimeAtt.Cell c = e.cells().get(k);
            if (c.post() && c.nControl() > 0) {
                keep.add(k);
            }
        }
        return byGroupShare(e, keep).aggregate(0, e.nUnits());
    }

    /** θ(e) per event time and their mean over e ≥ 0. */
    public static Aggregation dynamic(GroupTimeAtt.Estimate e) {
        TreeMap<Integer, List<Integer>> byE = new TreeMap<>();
        for (int k = 0; k < e.cells().size(); k++) {
            GroupTimeAtt.Cell c = e.cells().get(k);
            if (c.nControl() > 0) {
                byE.computeIfAbsent((int) e.eventTime(c), x -> new ArrayList<>()).add(k);
            }
        }
        List<Aggregate> out = new ArrayList<>();
        List<Combined> post = new ArrayList<>();
        for (var entry : byE.entrySet()) {
            Combined c = byGroupShare(e, entry.getValue());
            out.add(c.aggregate(entry.getKey(), e.nUnits()));
            if (entry.getKey() >= 0) {
                post.add(c);
            }
        }
        return new Aggregation(out, mean(post, e.nUnits()));
    }

    /** θ(g) per group and their group-share weighted average. */
    public static Aggregation group(GroupTimeAtt.Estimate e) {
        TreeMap<Integer, List<Integer>> byG = new TreeMap<>();
        for (int k = 0; k < e.cells().size(); k++) {
            GroupTimeAtt.Cell c = e.cells().get(k);
            if (c.post() && c.nControl() > 0) {
                byG.computeIfAbsent(c.group(), x -> new ArrayList<>()).add(k);
            }
        }
        int n = e.nUnits();
        List<Aggregate> out = new ArrayList<>();
        List<Combined> perGroup = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (var entry : byG.entrySet()) {
            List<Integer> cells = entry.getValue();
            double est = 0;
            double[] inf = new double[n];
            for (int k : cells) {
                est += e.cells().get(k).att() / cells.size();
                double[] psi = e.influence()[k];
                for (int i = 0; i < n; i++) {
                    inf[i] += psi[i] / cells.size();
                }
            }
            Combined c = new Combined(est, inf);
            perGroup.add(c);
            groups.add(entry.getKey());
            out.add(c.aggregate(entry.getKey(), n));
        }
        double[] att = new double[perGroup.size()];
        double[][] inf = new double[perGroup.size()][];
        int[] g = new int[perGroup.size()];
        for (int k = 0; k < att.length; k++) {
            att[k] = perGroup.get(k).estimate();
            inf[k] = perGroup.get(k).influence();
            g[k] = groups.get(k);
        }
        return new Aggregation(out, shareWeighted(e, att, inf, g).aggregate(0, n));
    }

    private static Combined byGroupShare(GroupTimeAtt.Estimate e, List<Integer> keep) {
        double[] att = new double[keep.size()];
        double[][] inf = new double[keep.size()][];
        int[] g = new int[keep.size()];
        for (int k = 0; k < att.length; k++) {
            GroupTimeAtt.Cell c = e.cells().get(keep.get(k));
            att[k] = c.att();
            inf[k] = e.influence()[keep.get(k)];
            g[k] = c.group();
        }
        return shareWeighted(e, att, inf, g);
    }

    /**
     * Σ_k w_k att_k with w_k = pg_k / Σ pg; influence Σ_k w_k ψ_k + Σ_k wif_k att_k where
     * wif_ik = (1{G_i = g_k} − pg_k)/S − Σ_l(1{G_i = g_l} − pg_l) · pg_k/S² (the estimated weights' influence).
     */
    private static Combined shareWeighted(GroupTimeAtt.Estimate e, double[] att, double[][] inf, int[] g) {
        int n = e.nUnits();
        int m = att.length;
        if (m == 0) {
            return new Combined(Double.NaN, new double[n]);
        }
        double[] pg = new double[m];
        double s = 0;
        for (int k = 0; k < m; k++) {
            pg[k] = e.groupShare(g[k]);
            s += pg[k];
        }
        double est = 0;
        double[] out = new double[n];
        for (int k = 0; k < m; k++) {
            double w = pg[k] / s;
            est += w * att[k];
            for (int i = 0; i < n; i++) {
                out[i] += w * inf[k][i];
            }
        }
        int[] unitGroup = e.group();
        for (int i = 0; i < n; i++) {
            double sumDev = 0;
            for (int l = 0; l < m; l++) {
                sumDev += (unitGroup[i] == g[l] ? 1 : 0) - pg[l];
            }
            double wif = 0;
            for (int k = 0; k < m; k++) {
                double wifK = ((unitGroup[i] == g[k] ? 1 : 0) - pg[k]) / s - sumDev * pg[k] / (s * s);
                wif += wifK * att[k];
            }
            out[i] += wif;
        }
        return new Combined(est, out);
    }

    private static Aggregate mean(List<Combined> parts, int n) {
        if (parts.isEmpty()) {
            return new Aggregate(0, Double.NaN, Double.NaN, new double[n]);
        }
        double est = 0;
        double[] inf = new double[n];
        for (Combined c : parts) {
            est += c.estimate() / parts.size();
            for (int i = 0; i < n; i++) {
                inf[i] += c.influence()[i] / parts.size();
            }
        }
        return new Combined(est, inf).aggregate(0, n);
    }

    /** The distinct groups of an estimate (period indices), ascending. */
    public static List<Integer> groups(GroupTimeAtt.Estimate e) {
        TreeSet<Integer> s = new TreeSet<>();
        for (GroupTimeAtt.Cell c : e.cells()) {
            s.add(c.group());
        }
        return new ArrayList<>(s);
    }
}
