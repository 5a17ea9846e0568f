package org.carbonlab.efficiency.numerics.dea;

import java.util.Arrays;

/**
 * The intensities λ of one DMU over its reference set, held sparse: a basic LP solution has at most as many non-zero
 * λ as the program has rows (inputs + outputs + 1), while the reference set of a global frontier has every DMU, so a
 * dense λ per DMU would cost n² doubles over a run (80 GB at n = 100,000). Kept: every entry whose bits are not those
 * of +0.0 (tiny and −0.0 values included), so that {@link #toDense()} gives back the solver's array bit for bit and
 * sums over the entries equal the dense sums.
 *
 * @param length the size of the reference set (positions run 0 .. length − 1, in the order of the reference indices)
 * @param at     positions of the kept entries, ascending
 * @param values their values
 */
public record Intensities(int length, int[] at, double[] values) implements java.io.Serializable {

    public Intensities {
        if (at.length != values.length) {
            throw new IllegalArgumentException("intensities: " + at.length + " positions, " + values.length
                    + " values");
        }
    }

    /** All zero (a failed program). */
    static Intensities zero(int length) {
        return new Intensities(length, new int[0], new double[0]);
    }

    /** {@code v[from + k] / divisor} for k = 0 .. count − 1 (divisor 1: the values themselves), zeros dropped. */
    static Intensities of(double[] v, int from, int count, double divisor) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (Double.doubleToRawLongBits(v[from + k] / divisor) != 0L) {
                kept++;
            }
        }
        int[] at = new int[kept];
        double[] values = new double[kept];
        int q = 0;
        for (int k = 0; k < count; k++) {
            double value = v[from + k] / divisor;
            if (Double.doubleToRawLongBits(value) != 0L) {
                at[q] = k;
                values[q++] = value;
            }
        }
        return new Intensities(count, at, values);
    }

    /** The same entries at new positions {@code position(at[q])} in a reference set of {@code newLength}. */
    Intensities moved(int newLength, java.util.function.IntUnaryOperator position) {
        int[] moved = new int[at.length];
        for (int q = 0; q < at.length; q++) {
            moved[q] = position.applyAsInt(at[q]);
        }
        return new Intensities(newLength, moved, values);
    }

    /** Number of kept entries. */
    public int size() {
        return at.length;
    }

    /** Position (in the reference set) of kept entry q. */
    public int position(int q) {
        return at[q];
    }

    /** Value of kept entry q. */
    public double value(int q) {
        return values[q];
    }

    /** Σ_k λ_k v[ref_k] over the kept entries, in ascending position (the dense sum, zeros being exact no-ops). */
    double dot(double[] v, int[] ref) {
        double s = 0;
        for (int q = 0; q < at.length; q++) {
            s += values[q] * v[ref[at[q]]];
        }
        return s;
    }

    /** λ as a dense array over the reference set (allocates {@code length} doubles: for small sets and tests). */
    public double[] toDense() {
        double[] dense = new double[length];
        for (int q = 0; q < at.length; q++) {
            dense[at[q]] = values[q];
        }
        return dense;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Intensities i && length == i.length && Arrays.equals(at, i.at)
                && Arrays.equals(values, i.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * length + Arrays.hashCode(at)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Intensities[length=" + length + ", at=" + Arrays.toString(at) + ", values=" + Arrays.toString(values)
                + "]";
    }
}
