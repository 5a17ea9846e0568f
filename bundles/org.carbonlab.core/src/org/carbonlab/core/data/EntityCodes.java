package org.carbonlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity of every row as an index into the entity labels, in the frame's entity order: first
 * appearance, or ascending numeric order (ties by first appearance) when every id is a number.
 */
final class EntityCodes {
    final int[] codes;
    final List<String> labels;

    private EntityCodes(int[] codes, List<String> labels) {
        this.codes = codes;
        this.labels = labels;
    }

    /** Codes of ids given as text (none missing). */
    static EntityCodes of(String[] ids) {
        int n = ids.length;
        Map<String, Integer> first = new HashMap<>();
        List<String> labels = new ArrayList<>();
        int[] group = new int[n];
        for (int r = 0; r < n; r++) {
            Integer g = first.putIfAbsent(ids[r], labels.size());
            if (g == null) {
                group[r] = labels.size();
                labels.add(ids[r]);
            } else {
                group[r] = g;
            }
        }
        boolean allNumeric = true;
        double[] value = new double[labels.size()];
        for (int g = 0; g < value.length; g++) {
            String l = labels.get(g);
            if (!Cells.isNumber(l) || l.equalsIgnoreCase("true") || l.equalsIgnoreCase("false")) {
                allNumeric = false;
                break;
            }
            value[g] = Cells.parseNumber(l);
        }
        return ranked(group, labels, allNumeric ? value : null);
    }

    /**
     * Codes of ids the CSV reader parsed as numbers (none missing) without making a String per row;
     * {@code null} when two ids differ in text but not in value ({@code 01} and {@code 1}), which
     * {@link #of(String[])} then sorts out.
     */
    static EntityCodes ofNumbers(CellColumn.Numbers ids) {
        double[] v = ids.knownNumbers();
        int n = v.length;
        int capacity = Integer.highestOneBit(Math.max(n, 1)) * 4;
        long[] keys = new long[capacity];
        int[] slotGroup = new int[capacity];
        Arrays.fill(slotGroup, -1);
        int[] firstRow = new int[Math.min(n, 1024)];
        int groups = 0;
        int[] group = new int[n];
        for (int r = 0; r < n; r++) {
            long bits = Double.doubleToRawLongBits(v[r]);
            int slot = (int) mix(bits) & (capacity - 1);
            while (slotGroup[slot] >= 0 && keys[slot] != bits) {
                slot = (slot + 1) & (capacity - 1);
            }
            int g = slotGroup[slot];
            if (g < 0) {
                g = groups++;
                keys[slot] = bits;
                slotGroup[slot] = g;
                if (g == firstRow.length) {
                    firstRow = Arrays.copyOf(firstRow, g * 2);
                }
                firstRow[g] = r;
            } else if (!ids.sameText(r, firstRow[g])) {
                return null;
            }
            group[r] = g;
        }
        List<String> labels = new ArrayList<>(groups);
        double[] value = new double[groups];
        for (int g = 0; g < groups; g++) {
            labels.add(ids.cell(firstRow[g]));
            value[g] = v[firstRow[g]];
        }
        return ranked(group, labels, value);
    }

    /** Groups numbered by first appearance, ranked by value (ties by first appearance) when values are given. */
    private static EntityCodes ranked(int[] group, List<String> firstSeen, double[] valueOrNull) {
        int g = firstSeen.size();
        if (valueOrNull == null || isSorted(valueOrNull)) {
            return new EntityCodes(group, List.copyOf(firstSeen));
        }
        Integer[] byValue = new Integer[g];
        for (int i = 0; i < g; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> {
            int c = Double.compare(valueOrNull[a], valueOrNull[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[g];
        List<String> labels = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            rank[byValue[i]] = i;
            labels.add(firstSeen.get(byValue[i]));
        }
        int[] codes = new int[group.length];
        for (int r = 0; r < group.length; r++) {
            codes[r] = rank[group[r]];
        }
        return new EntityCodes(codes, List.copyOf(labels));
    }

    /** True when the order of first appearance is already the numeric order. */
    private static boolean isSorted(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (Double.compare(v[i - 1], v[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static long mix(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
