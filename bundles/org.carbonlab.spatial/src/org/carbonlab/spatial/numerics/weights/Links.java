package org.carbonlab.spatial.numerics.weights;

import java.util.Arrays;

/** A growing list of directed links (from, to, weight) between units numbered 0..n-1. */
public final class Links {
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] weight = new double[16];
    private int size;

    public void add(int i, int j, double w) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        from[size] = i;
        to[size] = j;
        weight[size] = w;
        size++;
    }

    public int size() {
        return size;
    }

    public int from(int k) {
        return from[k];
    }

    public int to(int k) {
        return to[k];
    }

    public double weight(int k) {
        return weight[k];
    }
}
