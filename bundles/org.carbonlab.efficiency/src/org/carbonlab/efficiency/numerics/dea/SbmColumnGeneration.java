package org.carbonlab.efficiency.numerics.dea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * SBM and super-SBM by column generation (exact by LP duality): solve with a small set of columns (a fixed starting
 * set: the DMUs with the best output/input ratios and the peers of a few sample DMUs; and o unless it is left out),
 * price every other reference DMU with the program's multipliers, add those with a negative reduced cost and
 * re-solve, until none is left. Falls back to the full program whenever the
 * multipliers are missing or do not check out on the basic t column. The rounds run on a small dense simplex
 * ({@link org.carbonlab.efficiency.numerics.LinearProgram#minimiseQuick()}); the program whose numbers are reported
 * is then solved by ojAlgo over the columns of that optimum and priced again, with further rounds if a column still
 * prices out. Same optimum as the full program (an equally optimal vertex where the optimum is not unique); this
 * only changes the speed. Deterministic: nothing depends on the order in which DMUs are solved.
 */
final class SbmColumnGeneration {
    private static final int CANDIDATES_PER_RATIO = 12;
    private static final int COLUMNS_PER_ROUND = 60;
    private static final int MAX_ROUNDS = 60;
    /** DMUs whose peers seed the starting columns of every program. */
    private static final int SAMPLE = 64;
    private static final double PRICE_TOL = -1e-11;

    private final DeaData d;
    private final SbmModel sbm;
    private volatile int[] candidates;

    SbmColumnGeneration(DeaData d, SbmModel sbm) {
        this.d = d;
        this.sbm = sbm;
    }

    DmuSolution solve(int o, int[] ref) {
        Converged c = columnGeneration(o, ref, true, (cols, quick) -> quick ? sbm.pricedQuick(o, cols) : sbm.priced(o, cols),
                1 + d.x.length + d.g.length + d.b.length);
        return c == null ? sbm.solve(o, ref) : spread(c.program().solution(), c.cols(), ref);
    }

    /**
     * Super-SBM δ of o against {@code others} (o left out) by column generation; the full program
     * ({@link SbmModel#superSbm}) whenever the restricted programs cannot be priced (not optimal, e.g. an infeasible
     * restricted VRS program, or multipliers that do not check out).
     */
    Attempt superSbm(int o, int[] others, DeaSpec.Orientation or) {
        int convAt = 1 + d.x.length + d.g.length + d.b.length + d.g.length;
        Converged c = columnGeneration(o, others, false, (cols, quick) -> sbm.superPriced(o, cols, or, quick), convAt);
        return c == null ? sbm.superSbm(o, others, or) : new Attempt(c.program().solution().score(), true, false);
    }

    /** The columns at which no reference column prices out any more, and their program. */
    private record Converged(int[] cols, SbmModel.Priced program) {
    }

    /**
     * Solves restricted programs over growing column sets until no reference column prices out. Starts from the
     * candidate set within {@code ref} (and o when {@code withSelf}); each round adds the {@link #COLUMNS_PER_ROUND}
     * columns of most negative reduced cost (ties by index). Returns the final columns (ascending) with their program,
     * or null when a restricted program cannot be used (the caller solves the full program).
     *
     * @param convAt row of the convexity multiplier (used under VRS)
     */
    private Converged columnGeneration(int o, int[] ref, boolean withSelf,
            java.util.function.BiFunction<int[], Boolean, SbmModel.Priced> program, int convAt) {
        int[] cand = candidates();
        TreeSet<Integer> cols = new TreeSet<>();
        if (withSelf) {
            cols.add(o);
        }
        for (int c : cand) {
            if (Arrays.binarySearch(ref, c) >= 0) {
                cols.add(c);
            }
        }
        boolean[] in = new boolean[d.dmus()];
        double[] rc = new double[ref.length];
        int[] chosen = new int[COLUMNS_PER_ROUND];
        double[] chosenCost = new double[COLUMNS_PER_ROUND];
        // first with the fast solver; then the regular one, from the columns of the fast solver's optimum (a
        // handful), so that the reported program is always a regular solve that no column prices out
        Converged fast = rounds(ref, cols, true, program, convAt, in, rc, chosen, chosenCost);
        if (fast != null) {
            Intensities lam = fast.program().solution().intensities();
            cols.clear();
            if (withSelf) {
                cols.add(o);
            }
            for (int q = 0; q < lam.size(); q++) {
                if (lam.value(q) > 0) {
                    cols.add(fast.cols()[lam.position(q)]);
                }
            }
        }
        return rounds(ref, cols, false, program, convAt, in, rc, chosen, chosenCost);
    }

    /**
     * Up to {@link #MAX_ROUNDS} rounds over growing {@code cols} with one solver. Returns the converged program, or
     * null (the columns so far stay in {@code cols}).
     */
    private Converged rounds(int[] ref, TreeSet<Integer> cols, boolean quick,
            java.util.function.BiFunction<int[], Boolean, SbmModel.Priced> program, int convAt, boolean[] in,
            double[] rc, int[] chosen, double[] chosenCost) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] sub = cols.stream().mapToInt(Integer::intValue).toArray();
            SbmModel.Priced p = program.apply(sub, quick);
            if (p == null) {
                return null;
            }
            reducedCosts(p.multipliers(), ref, convAt, rc);
            Arrays.fill(in, false);
            for (int j : sub) {
                in[j] = true;
            }
            // the COLUMNS_PER_ROUND most negative reduced costs below PRICE_TOL, ordered by (cost, index)
            int k = 0;
            for (int q = 0; q < ref.length; q++) {
                int j = ref[q];
                double r = rc[q];
                if (in[j] || !(r < PRICE_TOL)) {
                    continue;
                }
                if (k < COLUMNS_PER_ROUND) {
                    insert(chosen, chosenCost, k++, j, r);
                } else if (before(r, j, chosenCost[k - 1], chosen[k - 1])) {
                    insert(chosen, chosenCost, k - 1, j, r);
                }
            }
            if (k == 0) {
                return new Converged(sub, p);
            }
            for (int c = 0; c < k; c++) {
                cols.add(chosen[c]);
            }
        }
        return null;
    }

    private static boolean before(double r1, int j1, double r2, int j2) {
        return r1 != r2 ? r1 < r2 : j1 < j2;
    }

    /** Inserts (j, r) into the sorted prefix of length {@code len} (which may drop the last element). */
    private static void insert(int[] idx, double[] cost, int len, int j, double r) {
        int lo = 0;
        int hi = len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(r, j, cost[mid], idx[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo >= idx.length) {
            return;
        }
        int moved = Math.min(len, idx.length - 1) - lo;
        System.arraycopy(idx, lo, idx, lo + 1, moved);
        System.arraycopy(cost, lo, cost, lo + 1, moved);
        idx[lo] = j;
        cost[lo] = r;
    }

    /**
     * Reduced costs of the Λ columns of {@code ref}: Σ_i m_i a_ij over the rows x, g, b (rows 1 .. m+s1+s2) and the
     * convexity row at {@code convAt} under VRS; accumulated in that order for every column.
     */
    private void reducedCosts(double[] mult, int[] ref, int convAt, double[] rc) {
        Arrays.fill(rc, 0.0);
        // an ascending reference set as long as the data is every DMU (global frontier): direct, vectorisable loop
        boolean all = ref.length == d.dmus();
        int row = 1;
        for (double[][] block : new double[][][] {d.x, d.g, d.b}) {
            for (double[] v : block) {
                double mi = mult[row++];
                if (all) {
                    for (int q = 0; q < rc.length; q++) {
                        rc[q] += mi * v[q];
                    }
                } else {
                    for (int q = 0; q < ref.length; q++) {
                        rc[q] += mi * v[ref[q]];
                    }
                }
            }
        }
        if (sbm.vrs()) {
            double mc = mult[convAt];
            for (int q = 0; q < ref.length; q++) {
                rc[q] += mc;
            }
        }
    }

    /** λ over the columns {@code cols} re-indexed over {@code ref} (zeros outside cols). */
    private static DmuSolution spread(DmuSolution s, int[] cols, int[] ref) {
        Intensities lam = s.intensities().moved(ref.length, k -> Arrays.binarySearch(ref, cols[k]));
        return new DmuSolution(s.score(), s.state(), lam, s.slackX(), s.slackG(), s.slackB(), s.superScore(),
                s.superStatus());
    }

    /** Starting columns of every program (ratio leaders and sample peers), made once. */
    private int[] candidates() {
        int[] c = candidates;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (candidates == null) {
                candidates = withSamplePeers(ratioLeaders());
            }
            return candidates;
        }
    }

    /**
     * The ratio leaders plus the peers (columns with λ &gt; 0 at the fast optimum) of {@link #SAMPLE} DMUs spread
     * evenly over the data, each solved against all DMUs: a cheap, deterministic guess at the frontier that saves most
     * DMUs a few rounds. Only a starting set: every program is still priced against its whole reference set.
     */
    private int[] withSamplePeers(int[] leaders) {
        int n = d.dmus();
        TreeSet<Integer> pool = new TreeSet<>();
        for (int c : leaders) {
            pool.add(c);
        }
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        int convAt = 1 + d.x.length + d.g.length + d.b.length;
        boolean[] in = new boolean[n];
        double[] rc = new double[n];
        int[] chosen = new int[COLUMNS_PER_ROUND];
        double[] chosenCost = new double[COLUMNS_PER_ROUND];
        for (int k = 0; k < Math.min(SAMPLE, n); k++) {
            int o = (int) ((long) k * n / Math.min(SAMPLE, n));
            TreeSet<Integer> cols = new TreeSet<>();
            cols.add(o);
            for (int c : leaders) {
                cols.add(c);
            }
            Converged fast = rounds(all, cols, true, (sub, quick) -> sbm.pricedQuick(o, sub), convAt, in, rc, chosen,
                    chosenCost);
            if (fast != null) {
                Intensities lam = fast.program().solution().intensities();
                for (int q = 0; q < lam.size(); q++) {
                    if (lam.value(q) > 0) {
                        pool.add(fast.cols()[lam.position(q)]);
                    }
                }
            }
        }
        return pool.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For every ratio good/input and good/bad, the DMUs with the largest values. */
    private int[] ratioLeaders() {
        int[] c;
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
        return c;
    }
}
