package org.carbonlab.efficiency.numerics.dea;

import java.util.ArrayList;
import java.util.List;

/** Reference sets of the frontier types, from each DMU's period index. */
public final class Frontiers {

    private Frontiers() {
    }

    /**
     * @param period   period index (0..nPeriods-1) of each DMU
     * @param frontier contemporaneous (same period), sequential (periods up to t), global (all), window (the
     *                 {@code window} periods ending at t; for t &lt; window − 1 the first {@code window} periods)
     * @return for each DMU the indices of its reference DMUs, ascending (it is always among them)
     */
    public static int[][] referenceSets(int[] period, int nPeriods, String frontier, int window) {
        int n = period.length;
        List<List<Integer>> byPeriod = new ArrayList<>();
        for (int t = 0; t < nPeriods; t++) {
            byPeriod.add(new ArrayList<>());
        }
        for (int j = 0; j < n; j++) {
            byPeriod.get(period[j]).add(j);
        }
        int[][] perPeriod = new int[nPeriods][];
        for (int t = 0; t < nPeriods; t++) {
            int lo;
            int hi;
            switch (frontier) {
                case "global" -> {
                    lo = 0;
                    hi = nPeriods - 1;
                }
                case "sequential" -> {
                    lo = 0;
                    hi = t;
                }
                case "window" -> {
                    int k = Math.min(window, nPeriods);
                    lo = Math.max(0, t - k + 1);
                    hi = lo + k - 1;
                }
                case "contemporaneous" -> {
                    lo = t;
                    hi = t;
                }
                default -> throw new IllegalArgumentException("unknown frontier " + frontier);
            }
            List<Integer> members = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (period[j] >= lo && period[j] <= hi) {
                    members.add(j);
                }
            }
            perPeriod[t] = members.stream().mapToInt(Integer::intValue).toArray();
        }
        int[][] out = new int[n][];
        for (int j = 0; j < n; j++) {
            out[j] = perPeriod[period[j]];
        }
        return out;
    }
}
