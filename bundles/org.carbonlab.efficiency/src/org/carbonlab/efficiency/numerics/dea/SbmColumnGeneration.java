package org.carbonlab.efficiency.numerics.dea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * SBM by column generation (exact by LP duality): solve with a small set of columns (a fixed candidate set of DMUs
 * with the best output/input ratios, and o), price every other reference DMU with the program's multipliers, add
 * those with a negative reduced cost and re-solve, until none is left. Falls back to the full program whenever the
 * multipliers are missing or do not check out on the basic t column. Same optimum as the full program; this only
 * changes the speed.
 */
final class SbmColumnGeneration {
    private static final int CANDIDATES_PER_RATIO = 12;
    private static final int COLUMNS_PER_ROUND = 60;
    private static final int MAX_ROUNDS = 60;
    private static final double PRICE_TOL = -1e-11;

    private final DeaData d;
    private final SbmModel sbm;
    private volatile int[] candidates;

    SbmColumnGeneration(DeaData d, SbmModel sbm) {
        this.d = d;
        this.sbm = sbm;
    }

    DmuSolution solve(int o, int[] ref) {
        int[] cand = candidates();
        TreeSet<Integer> cols = new TreeSet<>();
        cols.add(o);
        for (int c : cand) {
            if (Arrays.binarySearch(ref, c) >= 0) {
                cols.add(c);
            }
        }
        boolean[] in = new boolean[d.dmus()];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] sub = cols.stream().mapToInt(Integer::intValue).toArray();
            SbmModel.Priced p = sbm.priced(o, sub);
            if (p == null) {
                break;
            }
            double[] mult = p.multipliers();
            // price the columns not in the program
            Arrays.fill(in, false);
            for (int j : sub) {
                in[j] = true;
            }
            List<double[]> negative = new ArrayList<>();
            for (int j : ref) {
                if (!in[j]) {
                    double r = reducedCost(mult, j);
                    if (r < PRICE_TOL) {
                        negative.add(new double[] {r, j});
                    }
                }
            }
            if (negative.isEmpty()) {
                return spread(p.solution(), sub, ref);
            }
            negative.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            for (int k = 0; k < Math.min(COLUMNS_PER_ROUND, negative.size()); k++) {
                cols.add((int) negative.get(k)[1]);
            }
        }
        return sbm.solve(o, ref);
    }

    /** Reduced cost of DMU j's Λ column: Σ_i m_i a_ij over the rows x, g, b (and convexity). */
    private double reducedCost(double[] mult, int j) {
        int m = d.x.length;
        int s1 = d.g.length;
        int s2 = d.b.length;
        double r = 0;
        for (int i = 0; i < m; i++) {
            r += mult[1 + i] * d.x[i][j];
        }
        for (int k = 0; k < s1; k++) {
            r += mult[1 + m + k] * d.g[k][j];
        }
        for (int k = 0; k < s2; k++) {
            r += mult[1 + m + s1 + k] * d.b[k][j];
        }
        if (sbm.vrs()) {
            r += mult[1 + m + s1 + s2];
        }
        return r;
    }

    /** λ over the columns {@code cols} re-indexed over {@code ref} (zeros outside cols). */
    private static DmuSolution spread(DmuSolution s, int[] cols, int[] ref) {
        double[] lam = new double[ref.length];
        for (int k = 0; k < cols.length; k++) {
            lam[Arrays.binarySearch(ref, cols[k])] = s.lambda()[k];
        }
        return new DmuSolution(s.score(), s.state(), lam, s.slackX(), s.slackG(), s.slackB(), s.superScore(),
                s.superStatus());
    }

    /** Candidate columns: for every ratio good/input and good/bad, the DMUs with the largest values. */
    private int[] candidates() {
        int[] c = candidates;
        if (c != null) {
            return c;
        }
        int n = d.dmus();
        TreeSet<Integer> set = new TreeSet<>();
        List<double[]> denominators = new ArrayList<>(Arrays.asList(d.x));
        denominators.addAll(Arrays.asList(d.b));
        for (double[] num : d.g) {
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
}
