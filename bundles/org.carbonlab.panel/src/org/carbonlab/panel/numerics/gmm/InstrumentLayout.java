package org.carbonlab.panel.numerics.gmm;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds each entity's equations and instrument block on the full period grid (0 … T−1), as xtabond2 and plm do:
 * differenced equations for periods {@code firstDifference} … T−1, and in system GMM level equations for periods
 * {@code firstDifference}−1 … T−1 below them. An equation with a missing response or regressor is a zero row in y,
 * X and Z; a missing instrument value is 0.
 * <p>
 * Coefficient order: the regressors, then (system GMM) the intercept, then with {@code timeDummies} the period
 * dummies d_s for s = firstDifference … T−1 (Δd_s in the differenced rows). Instrument order: the differenced block
 * (GMM-style columns variable by variable, then the differenced dummies in difference GMM, then the standard
 * instruments), then the level block (level GMM-style columns, intercept, dummies); in system GMM a standard
 * instrument is one column with Δz in differenced rows and z in level rows.
 * <p>
 * With {@code orthogonal}, the transformed rows are forward orthogonal deviations (Arellano–Bover 1995) over the
 * periods observed later, c (w_{t−1} − mean of the later w), c = √(m/(m+1)), stored one period late as xtabond2
 * stores them, so that the row of period t takes the same GMM-style lags as the differenced equation of t; regressors,
 * standard instruments and period dummies are transformed alike. The first-differenced equations are kept for the
 * AR tests, and H is the identity on the deviations (with the exact covariance to the level errors in system GMM).
 */
public final class InstrumentLayout {
    private final double[][] y;
    private final double[][][] regressors;
    private final List<GmmStyleInstrument> gmm;
    private final double[][][] standard;
    private final int firstDifference;
    private final boolean timeDummies;
    private final boolean system;
    private final int periods;
    private final boolean orthogonal;
    // the column layouts of each GMM-style instrument, the same for every entity
    private final java.util.Map<GmmStyleInstrument, List<int[]>> diffLayout = new java.util.IdentityHashMap<>();
    private final java.util.Map<GmmStyleInstrument, int[]> levelLayout = new java.util.IdentityHashMap<>();
    private int instrumentCount = -1;

    public InstrumentLayout(double[][] y, double[][][] regressors, List<GmmStyleInstrument> gmm, double[][][] standard,
            int firstDifference, boolean timeDummies, boolean system) {
        this(y, regressors, gmm, standard, firstDifference, timeDummies, system, false);
    }

    public InstrumentLayout(double[][] y, double[][][] regressors, List<GmmStyleInstrument> gmm, double[][][] standard,
            int firstDifference, boolean timeDummies, boolean system, boolean orthogonal) {
        this.orthogonal = orthogonal;
        this.y = y;
        this.regressors = regressors;
        this.gmm = gmm;
        this.standard = standard;
        this.firstDifference = firstDifference;
        this.timeDummies = timeDummies;
        this.system = system;
        this.periods = y.length == 0 ? 0 : y[0].length;
        if (firstDifference < 1 || firstDifference >= periods) {
            throw new IllegalArgumentException("first differenced equation " + firstDifference + " outside 1.."
                    + (periods - 1));
        }
    }

    public int diffRows() {
        return periods - firstDifference;
    }

    public int levelRows() {
        return system ? diffRows() + 1 : 0;
    }

    public int coefficients() {
        return regressors.length + (system ? 1 : 0) + (timeDummies ? diffRows() : 0);
    }

    /** Columns of one variable's GMM-style block in the differenced equations. */
    private List<int[]> diffColumns(GmmStyleInstrument g) {
        return diffLayout.computeIfAbsent(g, this::computeDiffColumns);
    }

    private List<int[]> computeDiffColumns(GmmStyleInstrument g) {
        List<int[]> cols = new ArrayList<>(); // {row t, source period s} or {-1, lag} when collapsed
        if (g.collapse()) {
            for (int lag = g.minLag(); lag <= Math.min(g.maxLag(), periods - 1); lag++) {
                cols.add(new int[] {-1, lag});
            }
            return cols;
        }
        for (int t = firstDifference; t < periods; t++) {
            long lo = Math.max(0L, (long) t - g.maxLag());
            for (long s = lo; s <= t - g.minLag(); s++) {
                cols.add(new int[] {t, (int) s});
            }
        }
        return cols;
    }

    /** Columns of one variable's GMM-style block in the level equations: Δx_{t−minLag+1}, needs t − minLag ≥ 0. */
    private int[] levelColumns(GmmStyleInstrument g) {
        return levelLayout.computeIfAbsent(g, this::computeLevelColumns);
    }

    /** Periods t of the level columns (no boxing: read once per entity and column), or {-1} when collapsed. */
    private int[] computeLevelColumns(GmmStyleInstrument g) {
        if (g.collapse()) {
            return periods - 1 - g.minLag() >= 0 ? new int[] {-1} : new int[0];
        }
        return java.util.stream.IntStream.range(firstDifference - 1, periods).filter(t -> t - g.minLag() >= 0)
                .toArray();
    }

    public int instruments() {
        if (instrumentCount < 0) {
            instrumentCount = countInstruments();
        }
        return instrumentCount;
    }

    private int countInstruments() {
        int l = 0;
        for (GmmStyleInstrument g : gmm) {
            l += diffColumns(g).size();
            if (system) {
                l += levelColumns(g).length;
            }
        }
        l += standard.length;
        if (system) {
            l += 1 + (timeDummies ? diffRows() : 0);
        } else if (timeDummies) {
            l += diffRows();
        }
        return l;
    }

    /**
     * Positions of the level-equation GMM-style columns (system GMM; empty otherwise): the subset whose validity the
     * difference-in-Hansen test examines.
     */
    public int[] levelGmmColumns() {
        if (!system) {
            return new int[0];
        }
        int start = standard.length;
        int count = 0;
        for (GmmStyleInstrument g : gmm) {
            start += diffColumns(g).size();
            count += levelColumns(g).length;
        }
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = start + i;
        }
        return idx;
    }

    /**
     * Every entity's equations. Entities are independent, so large panels build them in parallel; each group is
     * computed alone and the list keeps entity order, so the result does not depend on the number of threads.
     */
    public List<GmmGroup> groups() {
        instruments();
        for (GmmStyleInstrument g : gmm) {
            diffColumns(g);
            levelColumns(g);
        }
        long perEntity = (long) (diffRows() + levelRows()) * instruments();
        return GmmMoments.stream(y.length, GmmMoments.worthParallel(y.length, perEntity)).mapToObj(this::group)
                .toList();
    }

    public GmmGroup group(int i) {
        int nd = diffRows();
        int rows = nd + levelRows();
        int k = coefficients();
        int l = instruments();
        double[] yy = new double[rows];
        double[][] xx = new double[rows][k];
        double[][] zz = new double[rows][l];
        boolean[] valid = new boolean[rows];
        boolean[] observed = new boolean[periods];
        for (int t = 0; t < periods; t++) {
            observed[t] = present(i, t) && standardPresent(i, t);
        }
        boolean[] differenced = new boolean[nd];
        for (int r = 0; r < nd; r++) {
            int t = firstDifference + r;
            differenced[r] = observed[t] && observed[t - 1];
            valid[r] = orthogonal ? observed[t - 1] && laterObserved(observed, t - 1) > 0 : differenced[r];
        }
        for (int r = nd; r < rows; r++) {
            int t = firstDifference - 1 + (r - nd);
            valid[r] = present(i, t) && standardPresent(i, t);
        }
        // y and X
        for (int r = 0; r < rows; r++) {
            if (!valid[r]) {
                continue;
            }
            boolean diff = r < nd;
            int t = diff ? firstDifference + r : firstDifference - 1 + (r - nd);
            boolean fod = diff && orthogonal;
            yy[r] = fod ? deviation(y[i], observed, t - 1) : diff ? y[i][t] - y[i][t - 1] : y[i][t];
            int c = 0;
            for (double[][] x : regressors) {
                xx[r][c++] = fod ? deviation(x[i], observed, t - 1) : diff ? x[i][t] - x[i][t - 1] : x[i][t];
            }
            if (system) {
                xx[r][c++] = diff ? 0 : 1;
            }
            if (timeDummies) {
                for (int s = firstDifference; s < periods; s++) {
                    xx[r][c++] = fod ? deviation(dummyRow(s), observed, t - 1)
                            : diff ? dummy(s, t) - dummy(s, t - 1) : dummy(s, t);
                }
            }
        }
        double[] arY = null;
        double[][] arX = null;
        double[][] h = null;
        if (orthogonal) {
            arY = new double[nd];
            arX = new double[nd][k];
            for (int r = 0; r < nd; r++) {
                if (!differenced[r]) {
                    continue;
                }
                int t = firstDifference + r;
                arY[r] = y[i][t] - y[i][t - 1];
                int c = 0;
                for (double[][] x : regressors) {
                    arX[r][c++] = x[i][t] - x[i][t - 1];
                }
                if (system) {
                    c++;
                }
                if (timeDummies) {
                    for (int s = firstDifference; s < periods; s++) {
                        arX[r][c++] = dummy(s, t) - dummy(s, t - 1);
                    }
                }
            }
            h = orthogonalCovariance(observed, nd, rows);
        }
        // Z, differenced block
        int c = 0;
        for (GmmStyleInstrument g : gmm) {
            for (int[] col : diffColumns(g)) {
                for (int r = 0; r < nd; r++) {
                    int t = firstDifference + r;
                    if (!valid[r]) {
                        continue;
                    }
                    int s = col[0] < 0 ? t - col[1] : (col[0] == t ? col[1] : -1);
                    if (s >= 0) {
                        zz[r][c] = zeroIfMissing(g.series()[i][s]);
                    }
                }
                c++;
            }
        }
        if (!system && timeDummies) {
            for (int s = firstDifference; s < periods; s++) {
                for (int r = 0; r < nd; r++) {
                    int t = firstDifference + r;
                    zz[r][c] = !valid[r] ? 0 : orthogonal ? deviation(dummyRow(s), observed, t - 1)
                            : dummy(s, t) - dummy(s, t - 1);
                }
                c++;
            }
        }
        for (double[][] zs : standard) {
            for (int r = 0; r < rows; r++) {
                if (!valid[r]) {
                    continue;
                }
                boolean diff = r < nd;
                int t = diff ? firstDifference + r : firstDifference - 1 + (r - nd);
                zz[r][c] = diff && orthogonal ? deviation(zs[i], observed, t - 1)
                        : diff ? zs[i][t] - zs[i][t - 1] : zs[i][t];
            }
            c++;
        }
        if (system) {
            for (GmmStyleInstrument g : gmm) {
                for (int col : levelColumns(g)) {
                    for (int r = nd; r < rows; r++) {
                        int t = firstDifference - 1 + (r - nd);
                        if (!valid[r] || (col >= 0 && col != t)) {
                            continue;
                        }
                        int s = t - g.minLag() + 1;
                        if (s - 1 >= 0) {
                            zz[r][c] = zeroIfMissing(g.series()[i][s] - g.series()[i][s - 1]);
                        }
                    }
                    c++;
                }
            }
            for (int r = nd; r < rows; r++) {
                zz[r][c] = valid[r] ? 1 : 0;
            }
            c++;
            if (timeDummies) {
                for (int s = firstDifference; s < periods; s++) {
                    for (int r = nd; r < rows; r++) {
                        int t = firstDifference - 1 + (r - nd);
                        zz[r][c] = valid[r] ? dummy(s, t) : 0;
                    }
                    c++;
                }
            }
        }
        return new GmmGroup(yy, xx, zz, nd, h, arY, arX);
    }

    /** Number of periods after {@code p} in which the entity's equation is observed. */
    private static int laterObserved(boolean[] observed, int p) {
        int m = 0;
        for (int s = p + 1; s < observed.length; s++) {
            if (observed[s]) {
                m++;
            }
        }
        return m;
    }

    /** Forward orthogonal deviation of v at period p over the later observed periods: c (v_p − mean), c = √(m/(m+1)). */
    private static double deviation(double[] v, boolean[] observed, int p) {
        int m = 0;
        double sum = 0;
        for (int s = p + 1; s < observed.length; s++) {
            if (observed[s]) {
                m++;
                sum += v[s];
            }
        }
        return Math.sqrt(m / (m + 1.0)) * (v[p] - sum / m);
    }

    private double[] dummyRow(int s) {
        double[] d = new double[periods];
        d[s] = 1;
        return d;
    }

    /**
     * Covariance of the transformed errors under iid ε with unit variance: identity on the deviations (they are
     * orthogonal when each later period is observed) and, in system GMM, Cov(ε*_p, ε_s) = c for s = p and −c/m for
     * each later observed s.
     */
    private double[][] orthogonalCovariance(boolean[] observed, int nd, int rows) {
        double[][] h = new double[rows][rows];
        for (int r = 0; r < rows; r++) {
            h[r][r] = 1;
        }
        for (int r = 0; r < nd; r++) {
            int p = firstDifference + r - 1;
            int m = laterObserved(observed, p);
            if (!observed[p] || m == 0) {
                continue;
            }
            double c = Math.sqrt(m / (m + 1.0));
            for (int j = nd; j < rows; j++) {
                int s = firstDifference - 1 + (j - nd);
                double v = s == p ? c : s > p && observed[s] ? -c / m : 0;
                h[r][j] = v;
                h[j][r] = v;
            }
        }
        return h;
    }

    private boolean present(int i, int t) {
        if (Double.isNaN(y[i][t])) {
            return false;
        }
        for (double[][] x : regressors) {
            if (Double.isNaN(x[i][t])) {
                return false;
            }
        }
        return true;
    }

    private boolean standardPresent(int i, int t) {
        for (double[][] z : standard) {
            if (Double.isNaN(z[i][t])) {
                return false;
            }
        }
        return true;
    }

    private static double dummy(int s, int t) {
        return s == t ? 1 : 0;
    }

    private static double zeroIfMissing(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
