package org.carbonlab.panel.numerics;

/**
 * Package-private: dense re-coding of non-negative integer group codes. Levels are numbered in increasing order of
 * the original code, so level 0 is the smallest code present (e.g. the first period).
 */
final class Codes {

    /** Compressed code per observation, 0..levels-1. */
    final int[] code;
    /** Number of distinct codes present. */
    final int levels;
    /** Original code of each level. */
    final int[] original;
    /** Size of the caller's code space (max code + 1). */
    final int space;
    /** Observations per level. */
    final int[] counts;

    private Codes(int[] code, int levels, int[] original, int space, int[] counts) {
        this.code = code;
        this.levels = levels;
        this.original = original;
        this.space = space;
        this.counts = counts;
    }

    static Codes of(int[] raw, int n, String what) {
        if (raw == null) {
            throw new IllegalArgumentException(what + " index is required");
        }
        if (raw.length != n) {
            throw new IllegalArgumentException(what + " index has length " + raw.length + ", expected " + n);
        }
        int max = -1;
        for (int v : raw) {
            if (v < 0) {
                throw new IllegalArgumentException(what + " index must be non-negative, got " + v);
            }
            max = Math.max(max, v);
        }
        int space = max + 1;
        int[] map = new int[space];
        java.util.Arrays.fill(map, -1);
        for (int v : raw) {
            map[v] = 0;
        }
        int levels = 0;
        for (int c = 0; c < space; c++) {
            if (map[c] == 0) {
                map[c] = levels++;
            }
        }
        int[] original = new int[levels];
        for (int c = 0; c < space; c++) {
            if (map[c] >= 0) {
                original[map[c]] = c;
            }
        }
        int[] code = new int[n];
        int[] counts = new int[levels];
        for (int i = 0; i < n; i++) {
            code[i] = map[raw[i]];
            counts[code[i]]++;
        }
        return new Codes(code, levels, original, space, counts);
    }

    /** True if every level of this factor occurs together with exactly one level of {@code outer}. */
    boolean nestedIn(Codes outer) {
        int[] owner = new int[levels];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < code.length; i++) {
            int a = code[i];
            int g = outer.code[i];
            if (owner[a] < 0) {
                owner[a] = g;
            } else if (owner[a] != g) {
                return false;
            }
        }
        return true;
    }

    /** Means of v per level. */
    double[] levelMeans(double[] v) {
        double[] s = new double[levels];
        for (int i = 0; i < code.length; i++) {
            s[code[i]] += v[i];
        }
        for (int a = 0; a < levels; a++) {
            s[a] /= counts[a];
        }
        // second pass correction for accuracy
        double[] c = new double[levels];
        for (int i = 0; i < code.length; i++) {
            c[code[i]] += v[i] - s[code[i]];
        }
        for (int a = 0; a < levels; a++) {
            s[a] += c[a] / counts[a];
        }
        return s;
    }

    /** Expand level values (indexed by level) to the caller's code space, NaN for absent codes. */
    double[] toCodeSpace(double[] perLevel) {
        double[] out = new double[space];
        java.util.Arrays.fill(out, Double.NaN);
        for (int a = 0; a < levels; a++) {
            out[original[a]] = perLevel[a];
        }
        return out;
    }
}
