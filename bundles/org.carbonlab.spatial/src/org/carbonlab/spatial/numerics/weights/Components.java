package org.carbonlab.spatial.numerics.weights;

import org.carbonlab.core.weights.SpatialWeights;

/**
 * Connected components of the graph of a weight matrix, links taken as undirected (weakly connected components), by
 * breadth-first search. An isolate is a component of its own.
 */
public final class Components {
    private Components() {
    }

    /** The component label (0, 1, ...) of every unit, numbered in order of the first unit reached. */
    public static int[] labels(SpatialWeights w) {
        int n = w.n();
        SpatialWeights t = w.transpose();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = count;
            while (head < tail) {
                int i = queue[head++];
                for (SpatialWeights m : new SpatialWeights[] {w, t}) {
                    for (int k = m.rowStart(i); k < m.rowEnd(i); k++) {
                        int j = m.columnAt(k);
                        if (label[j] < 0) {
                            label[j] = count;
                            queue[tail++] = j;
                        }
                    }
                }
            }
            count++;
        }
        return label;
    }

    public static int count(SpatialWeights w) {
        int max = -1;
        for (int l : labels(w)) {
            max = Math.max(max, l);
        }
        return max + 1;
    }
}
