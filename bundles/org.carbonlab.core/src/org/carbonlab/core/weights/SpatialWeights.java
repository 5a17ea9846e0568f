package org.carbonlab.core.weights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.carbonlab.core.errors.EstimationException;
import org.carbonlab.core.errors.InputException;

/**
 * A spatial weight matrix W: entity ids (unique; row and column i belong to entity i) and the
 * non-zero weights in compressed sparse row (CSR) form, so that N = 50,000 units with a few
 * neighbours each cost a few megabytes and W·x is one pass over the links. Immutable: every
 * operation that changes weights returns a new matrix.
 *
 * <p>Invariants, checked when a matrix is built: weights are finite and positive (zeros are not
 * stored), no unit is its own neighbour (zero diagonal), each link appears once, and within a row
 * the column indices ascend. A row without links is an <em>isolate</em>; W·x is 0 there.
 *
 * <p>For tight loops without allocation, rows are read as index ranges:
 * {@code for (int k = w.rowStart(i); k < w.rowEnd(i); k++) { w.columnAt(k); w.valueAt(k); }}.
 */
public final class SpatialWeights {
    /** Format of a dense n×n CSV with entity ids in the header. */
    public static final String FORMAT_DENSE_CSV = "dense-csv";
    /** Format of a CSV edge list {@code from,to[,weight]}. */
    public static final String FORMAT_EDGE_LIST_CSV = "edge-list-csv";
    /** Format of a matrix written out in a study's WeightMatrix element. */
    public static final String FORMAT_STUDY = "study";
    /** Largest n for which {@link #toDense()} makes a copy (200 MB). */
    public static final int DENSE_LIMIT = 5000;
    /** Relative tolerance of {@link #isSymmetric()}: values written with 15 or more digits compare equal. */
    public static final double SYMMETRY_TOLERANCE = 1e-12;

    private static final int MAX_LISTED = 20;

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[] rowPtr;
    private final int[] col;
    private final double[] val;
    private final String source;
    private final String format;
    private final String sha256;
    private final Standardisation standardisation;

    private SpatialWeights(List<String> ids, Map<String, Integer> index, int[] rowPtr, int[] col, double[] val,
            String source, String format, String sha256, Standardisation standardisation) {
        this.ids = ids;
        this.index = index;
        this.rowPtr = rowPtr;
        this.col = col;
        this.val = val;
        this.source = source;
        this.format = format;
        this.standardisation = standardisation;
        this.sha256 = sha256 != null ? sha256 : canonicalSha256();
    }

    /** A copy with other weights (same pattern), keeping the origin. */
    private SpatialWeights withValues(double[] values, Standardisation s) {
        return new SpatialWeights(ids, index, rowPtr, col, values, source, format, sha256, s);
    }

    // ------------------------------------------------------------------ building

    /**
     * Starts a matrix over {@code entities} (unique, non-blank). {@code source} and {@code format}
     * name it in messages and in the provenance.
     */
    public static Builder builder(List<String> entities, String source, String format) {
        return new Builder(entities, source, format);
    }

    /** Collects links, then checks and compresses them ({@link #build()}). */
    public static final class Builder {
        private final List<String> ids;
        private final Map<String, Integer> index;
        private final String source;
        private final String format;
        private String sha256;
        private Standardisation standardisation = Standardisation.NONE;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] weight = new double[16];
        private int size;

        private Builder(List<String> entities, String source, String format) {
            this.source = Objects.requireNonNull(source, "source");
            this.format = Objects.requireNonNull(format, "format");
            this.ids = Collections.unmodifiableList(new ArrayList<>(entities));
            this.index = indexOf(ids, source);
        }

        /** The SHA-256 of the file read; without it the canonical serialisation's is used. */
        public Builder sha256(String hex) {
            this.sha256 = hex;
            return this;
        }

        /** Declares the weights as already standardised this way (e.g. a matrix computed elsewhere). */
        public Builder standardisation(Standardisation s) {
            this.standardisation = Objects.requireNonNull(s);
            return this;
        }

        /** w[from, to] = weight, by entity id; a zero weight adds nothing. */
        public Builder link(String fromId, String toId, double w) {
            Integer f = index.get(fromId);
            Integer t = index.get(toId);
            if (f == null || t == null) {
                throw new InputException("the spatial weight matrix " + source + " links '" + fromId + "' to '" + toId
                        + "', but '" + (f == null ? fromId : toId) + "' is not one of its entities");
            }
            return link(f, t, w);
        }

        /** w[from, to] = weight, by entity index; a zero weight adds nothing. */
        public Builder link(int fromIndex, int toIndex, double w) {
            Objects.checkIndex(fromIndex, ids.size());
            Objects.checkIndex(toIndex, ids.size());
            if (w == 0.0) {
                return this;
            }
            if (size == from.length) {
                int cap = size * 2;
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                weight = Arrays.copyOf(weight, cap);
            }
            from[size] = fromIndex;
            to[size] = toIndex;
            weight[size] = w;
            size++;
            return this;
        }

        /**
         * The matrix; an {@link InputException} lists self-links, negative or non-finite weights
         * and links given twice, each by entity id.
         */
        public SpatialWeights build() {
            List<String> problems = new ArrayList<>();
            int bad = 0;
            for (int k = 0; k < size; k++) {
                String problem = null;
                if (from[k] == to[k]) {
                    problem = "entity '" + ids.get(from[k]) + "' is linked to itself (weight " + weight[k]
                            + "): a unit is not its own neighbour, the diagonal must be 0";
                } else if (!Double.isFinite(weight[k]) || weight[k] < 0) {
                    problem = "the weight of '" + ids.get(from[k]) + "' -> '" + ids.get(to[k]) + "' is " + weight[k]
                            + ": weights must be finite and not negative";
                }
                if (problem != null && bad++ < MAX_LISTED) {
                    problems.add("spatial weight matrix " + source + ": " + problem);
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(more(problems, bad, "problems with " + source));
            }
            Csr csr = compress(ids.size(), from, to, weight, size);
            int dup = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (int k = csr.rowPtr[i] + 1; k < csr.rowPtr[i + 1]; k++) {
                    if (csr.col[k] == csr.col[k - 1] && dup++ < MAX_LISTED) {
                        problems.add("spatial weight matrix " + source + ": the link '" + ids.get(i) + "' -> '"
                                + ids.get(csr.col[k]) + "' is given twice");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(more(problems, dup, "duplicate links in " + source));
            }
            return new SpatialWeights(ids, index, csr.rowPtr, csr.col, csr.val, source, format, sha256, standardisation);
        }
    }

    private static Map<String, Integer> indexOf(List<String> ids, String source) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                problems.add("spatial weight matrix " + source + ": entity " + (i + 1) + " has an empty id");
            } else if (index.putIfAbsent(id, i) != null) {
                problems.add("spatial weight matrix " + source + ": entity '" + id + "' appears more than once;"
                        + " entity ids must be unique");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Collections.unmodifiableMap(index);
    }

    private record Csr(int[] rowPtr, int[] col, double[] val) {
    }

    /** Triplets to CSR by a counting sort on rows, then columns sorted within each row. */
    private static Csr compress(int n, int[] r, int[] c, double[] v, int m) {
        int[] ptr = new int[n + 1];
        for (int k = 0; k < m; k++) {
            ptr[r[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            ptr[i + 1] += ptr[i];
        }
        int[] next = Arrays.copyOf(ptr, n);
        int[] cols = new int[m];
        double[] vals = new double[m];
        for (int k = 0; k < m; k++) {
            int p = next[r[k]]++;
            cols[p] = c[k];
            vals[p] = v[k];
        }
        for (int i = 0; i < n; i++) {
            sortRow(cols, vals, ptr[i], ptr[i + 1]);
        }
        return new Csr(ptr, cols, vals);
    }

    private static void sortRow(int[] cols, double[] vals, int from, int to) {
        int len = to - from;
        if (len < 2) {
            return;
        }
        if (len <= 32) { // rows are short: insertion sort
            for (int a = from + 1; a < to; a++) {
                int c = cols[a];
                double v = vals[a];
                int b = a - 1;
                while (b >= from && cols[b] > c) {
                    cols[b + 1] = cols[b];
                    vals[b + 1] = vals[b];
                    b--;
                }
                cols[b + 1] = c;
                vals[b + 1] = v;
            }
            return;
        }
        long[] keys = new long[len]; // column in the high bits, position in the low bits
        for (int k = 0; k < len; k++) {
            keys[k] = ((long) cols[from + k] << 32) | k;
        }
        Arrays.sort(keys);
        double[] old = Arrays.copyOfRange(vals, from, to);
        for (int k = 0; k < len; k++) {
            cols[from + k] = (int) (keys[k] >>> 32);
            vals[from + k] = old[(int) (keys[k] & 0xFFFFFFFFL)];
        }
    }

    // ------------------------------------------------------------------ structure

    /** Number of entities (rows = columns). */
    public int n() {
        return ids.size();
    }

    /** The entity ids in row order (unmodifiable). */
    public List<String> entities() {
        return ids;
    }

    /** The row of an entity, or -1. */
    public int indexOf(String entity) {
        Integer i = index.get(entity);
        return i == null ? -1 : i;
    }

    /** Number of non-zero weights (directed links: a symmetric contiguity pair counts twice). */
    public int links() {
        return col.length;
    }

    /** First position of row i in {@link #columnAt}/{@link #valueAt}. */
    public int rowStart(int i) {
        return rowPtr[i];
    }

    /** One past the last position of row i. */
    public int rowEnd(int i) {
        return rowPtr[i + 1];
    }

    /** Column (neighbour index) at CSR position k. */
    public int columnAt(int k) {
        return col[k];
    }

    /** Weight at CSR position k. */
    public double valueAt(int k) {
        return val[k];
    }

    public int neighbourCount(int i) {
        return rowPtr[i + 1] - rowPtr[i];
    }

    /** The neighbours of row i (ascending indices; a copy). */
    public int[] neighbours(int i) {
        return Arrays.copyOfRange(col, rowPtr[i], rowPtr[i + 1]);
    }

    /** The weights of row i, in the order of {@link #neighbours(int)} (a copy). */
    public double[] neighbourWeights(int i) {
        return Arrays.copyOfRange(val, rowPtr[i], rowPtr[i + 1]);
    }

    /** w[i, j] (0 when not linked), by binary search in row i. */
    public double weight(int i, int j) {
        int k = Arrays.binarySearch(col, rowPtr[i], rowPtr[i + 1], j);
        return k >= 0 ? val[k] : 0.0;
    }

    /** Rows without neighbours, ascending. */
    public int[] isolates() {
        int count = 0;
        for (int i = 0; i < n(); i++) {
            if (rowPtr[i + 1] == rowPtr[i]) {
                count++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, c = 0; i < n(); i++) {
            if (rowPtr[i + 1] == rowPtr[i]) {
                out[c++] = i;
            }
        }
        return out;
    }

    /** The ids of the {@linkplain #isolates() isolates}. */
    public List<String> isolateIds() {
        List<String> out = new ArrayList<>();
        for (int i : isolates()) {
            out.add(ids.get(i));
        }
        return out;
    }

    /** True if w[i,j] equals w[j,i] for every pair, to {@value #SYMMETRY_TOLERANCE} relative. */
    public boolean isSymmetric() {
        return isSymmetric(SYMMETRY_TOLERANCE);
    }

    /** True if every link has its reverse and |w_ij − w_ji| ≤ tol · max(|w_ij|, |w_ji|). */
    public boolean isSymmetric(double relativeTolerance) {
        for (int i = 0; i < n(); i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                int j = col[k];
                int back = Arrays.binarySearch(col, rowPtr[j], rowPtr[j + 1], i);
                if (back < 0) {
                    return false;
                }
                double a = val[k];
                double b = val[back];
                if (Math.abs(a - b) > relativeTolerance * Math.max(Math.abs(a), Math.abs(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ products and sums

    /** W·x, the spatial lag of x. */
    public double[] lag(double[] x) {
        double[] out = new double[n()];
        lag(x, out);
        return out;
    }

    /** W·x into {@code out} (length n), without allocating. */
    public void lag(double[] x, double[] out) {
        lag(x, 0, 1, out, 0, 1);
    }

    /**
     * W·x on strided vectors: out[outOffset + i·outStride] = Σ_j w_ij x[xOffset + j·xStride]. For a
     * balanced panel stored entity by entity with T periods, period t is offset t, stride T.
     */
    public void lag(double[] x, int xOffset, int xStride, double[] out, int outOffset, int outStride) {
        int n = n();
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                s += val[k] * x[xOffset + col[k] * xStride];
            }
            out[outOffset + i * outStride] = s;
        }
    }

    /** Wᵀ·x. */
    public double[] transposeLag(double[] x) {
        double[] out = new double[n()];
        transposeLag(x, out);
        return out;
    }

    /** Wᵀ·x into {@code out} (length n; overwritten). */
    public void transposeLag(double[] x, double[] out) {
        Arrays.fill(out, 0, n(), 0.0);
        for (int i = 0; i < n(); i++) {
            double xi = x[i];
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                out[col[k]] += val[k] * xi;
            }
        }
    }

    /** Σ_j w_ij for every row. */
    public double[] rowSums() {
        double[] s = new double[n()];
        for (int i = 0; i < n(); i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                s[i] += val[k];
            }
        }
        return s;
    }

    /** Σ_i w_ij for every column. */
    public double[] columnSums() {
        double[] s = new double[n()];
        for (int k = 0; k < col.length; k++) {
            s[col[k]] += val[k];
        }
        return s;
    }

    /** S0 = Σ_ij w_ij. */
    public double sum() {
        double s = 0.0;
        for (double v : val) {
            s += v;
        }
        return s;
    }

    // ------------------------------------------------------------------ derived matrices

    /**
     * A copy standardised as {@code style}, applied to the current weights (see
     * {@link Standardisation}); isolates stay zero rows. {@link Standardisation#SPECTRAL} divides by the
     * spectral radius ({@link SpectralRadius}; a matrix without links stays as it is).
     */
    public SpatialWeights standardised(Standardisation style) {
        double[] v = val.clone();
        switch (style) {
            case NONE -> {
                return this;
            }
            case BINARY -> Arrays.fill(v, 1.0);
            case ROW -> {
                for (int i = 0; i < n(); i++) {
                    double s = 0.0;
                    for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                        s += val[k];
                    }
                    for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                        v[k] = val[k] / s;
                    }
                }
            }
            case GLOBAL -> {
                double s0 = sum();
                divide(v, s0 == 0.0 ? 1.0 : s0 / n());
            }
            case MINMAX -> {
                double m = Math.min(max(rowSums()), max(columnSums()));
                divide(v, m == 0.0 ? 1.0 : m);
            }
            case SPECTRAL -> {
                double radius = SpectralRadius.of(this);
                divide(v, radius == 0.0 ? 1.0 : radius);
            }
        }
        return withValues(v, style);
    }

    /** A copy with every weight divided by {@code divisor} (&gt; 0), labelled {@code label}. */
    public SpatialWeights scaled(double divisor, Standardisation label) {
        if (!(divisor > 0.0) || !Double.isFinite(divisor)) {
            throw new IllegalArgumentException("divisor must be finite and positive: " + divisor);
        }
        double[] v = val.clone();
        divide(v, divisor);
        return withValues(v, label);
    }

    private static void divide(double[] v, double d) {
        for (int k = 0; k < v.length; k++) {
            v[k] /= d;
        }
    }

    private static double max(double[] a) {
        double m = 0.0;
        for (double d : a) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** Wᵀ (same entities and origin). */
    public SpatialWeights transpose() {
        int[] rows = new int[col.length];
        for (int i = 0; i < n(); i++) {
            Arrays.fill(rows, rowPtr[i], rowPtr[i + 1], i);
        }
        Csr t = compress(n(), col, rows, val, col.length);
        return new SpatialWeights(ids, index, t.rowPtr, t.col, t.val, source, format, sha256, standardisation);
    }

    /** A dense n×n copy, for n up to {@value #DENSE_LIMIT}. */
    public double[][] toDense() {
        if (n() > DENSE_LIMIT) {
            throw new EstimationException("the spatial weight matrix " + source + " has " + n()
                    + " entities, too many for a dense copy (at most " + DENSE_LIMIT + "); use its sparse operations");
        }
        double[][] d = new double[n()][n()];
        for (int i = 0; i < n(); i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                d[i][col[k]] = val[k];
            }
        }
        return d;
    }

    /**
     * W reordered (and restricted) to {@code entities}, e.g. a dataset's entity order, so that row i
     * is entities.get(i). Every entity must be in W: the missing ones are named in an
     * {@link InputException}. Entities of W that are not listed are dropped (links to them vanish),
     * and a standardisation core can compute is re-applied to what remains; the
     * {@link WeightsAlignment} says so in its warnings.
     */
    public WeightsAlignment alignTo(List<String> entities) {
        int m = entities.size();
        int[] oldOf = new int[m];
        int[] newOf = new int[n()];
        Arrays.fill(newOf, -1);
        List<String> missing = new ArrayList<>();
        boolean sameOrder = m == n();
        for (int r = 0; r < m; r++) {
            String id = entities.get(r);
            Integer o = index.get(id);
            if (o == null) {
                missing.add(id);
                continue;
            }
            if (newOf[o] >= 0) {
                throw new IllegalArgumentException("entity '" + id + "' is listed twice");
            }
            oldOf[r] = o;
            newOf[o] = r;
            sameOrder &= o == r;
        }
        if (!missing.isEmpty()) {
            throw new InputException("the spatial weight matrix " + source + " has no entity " + quoted(missing)
                    + " (" + missing.size() + " of the data's " + m + " entities are missing from it); W needs a row"
                    + " for every entity of the data (an entity without neighbours is a row of zeros)");
        }
        if (sameOrder) {
            return new WeightsAlignment(this, List.of(), false);
        }
        List<String> dropped = new ArrayList<>();
        for (int o = 0; o < n(); o++) {
            if (newOf[o] < 0) {
                dropped.add(ids.get(o));
            }
        }
        int[] r = new int[col.length];
        int[] c = new int[col.length];
        double[] v = new double[col.length];
        int size = 0;
        for (int row = 0; row < m; row++) {
            int o = oldOf[row];
            for (int k = rowPtr[o]; k < rowPtr[o + 1]; k++) {
                int nc = newOf[col[k]];
                if (nc >= 0) {
                    r[size] = row;
                    c[size] = nc;
                    v[size] = val[k];
                    size++;
                }
            }
        }
        Csr csr = compress(m, r, c, v, size);
        List<String> newIds = Collections.unmodifiableList(new ArrayList<>(entities));
        Map<String, Integer> newIndex = new HashMap<>(m * 2);
        for (int i = 0; i < m; i++) {
            newIndex.put(newIds.get(i), i);
        }
        SpatialWeights aligned = new SpatialWeights(newIds, Collections.unmodifiableMap(newIndex), csr.rowPtr, csr.col,
                csr.val, source, format, sha256, standardisation);
        boolean restandardise = !dropped.isEmpty() && standardisation != Standardisation.NONE;
        return new WeightsAlignment(restandardise ? aligned.standardised(standardisation) : aligned, dropped,
                restandardise);
    }

    // ------------------------------------------------------------------ provenance

    public String source() {
        return source;
    }

    public String format() {
        return format;
    }

    /** SHA-256 of the source file, or of the canonical serialisation when there is none. */
    public String sha256() {
        return sha256;
    }

    public Standardisation standardisation() {
        return standardisation;
    }

    public WeightsProvenance provenance() {
        return new WeightsProvenance(source, format, sha256, standardisation, n(), links());
    }

    /**
     * SHA-256 of a canonical serialisation of this matrix in its entity order: the line
     * {@code carbonlab.weights/1}, then n, each id as {@code length:id}, and each link in CSR order
     * as {@code i j bits} with the IEEE 754 bits of the weight in hex, each on its own line (UTF-8).
     */
    public String canonicalSha256() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        StringBuilder sb = new StringBuilder("carbonlab.weights/1\n").append(n()).append('\n');
        for (String id : ids) {
            sb.append(id.length()).append(':').append(id).append('\n');
            flush(md, sb);
        }
        for (int i = 0; i < n(); i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                sb.append(i).append(' ').append(col[k]).append(' ')
                        .append(Long.toHexString(Double.doubleToLongBits(val[k]))).append('\n');
                flush(md, sb);
            }
        }
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, StringBuilder sb) {
        if (sb.length() > 8192) {
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
    }

    static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), MAX_LISTED); i++) {
            sb.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > MAX_LISTED) {
            sb.append(" ... and ").append(names.size() - MAX_LISTED).append(" more");
        }
        return sb.toString();
    }

    private static List<String> more(List<String> problems, int count, String what) {
        if (count > MAX_LISTED) {
            problems.add("... and " + (count - MAX_LISTED) + " more " + what);
        }
        return problems;
    }

    @Override
    public String toString() {
        return "SpatialWeights[" + source + ", n=" + n() + ", links=" + links() + ", " + standardisation + "]";
    }
}
