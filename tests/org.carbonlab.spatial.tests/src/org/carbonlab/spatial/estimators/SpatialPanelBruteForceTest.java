package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.weights.SpatialWeights;
import org.junit.jupiter.api.Test;

/**
 * {@code spatial.panel} on a small simulated panel (N = 7 units with an asymmetric row-standardised W, T = 5)
 * against a brute-force maximum likelihood written with dense matrices only: the fixed effects as explicit dummy
 * columns (direct approach, NT observations, T·ln|I − ρW| from a dense LU determinant) or the Lee–Yu transformation
 * as explicit orthonormal matrices F_T, F_N (eigenvectors of the demeaning projections) with W* = F_N'WF_N; the
 * likelihood concentrated only in σ² and β (least squares by QR) and maximised over ρ (and λ) by a fine grid and
 * golden-section search. Tolerances: ρ, λ abs 1e-6 (a golden section on a flat top), β and σ² rel 1e-6,
 * log-likelihood abs 1e-8.
 */
class SpatialPanelBruteForceTest {
    static final int N = 7;
    static final int T = 5;
    static final String[] IDS = {"a", "b", "c", "d", "e", "f", "g"};
    // directed links (asymmetric after row-standardisation: the numbers of neighbours differ)
    static final int[][] LINKS = {{0, 1}, {0, 2}, {1, 0}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {3, 2}, {4, 5}, {4, 3},
            {5, 6}, {5, 4}, {5, 0}, {6, 5}, {6, 0}, {2, 6}};

    static SpatialWeights weights() {
        SpatialWeights.Builder b = SpatialWeights.builder(List.of(IDS), "test", SpatialWeights.FORMAT_EDGE_LIST_CSV);
        for (int[] l : LINKS) {
            b.link(l[0], l[1], 1.0);
        }
        return b.build().standardised(org.carbonlab.core.weights.Standardisation.ROW);
    }

    /** y, x1, x2 period-major (t·N + i), from a SAR with unit and period effects. */
    static double[][] simulate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] w = weights().toDense();
        double[] y = new double[N * T];
        double[] x1 = new double[N * T];
        double[] x2 = new double[N * T];
        double rho = 0.35;
        for (int t = 0; t < T; t++) {
            double[] rhs = new double[N];
            for (int i = 0; i < N; i++) {
                int o = t * N + i;
                x1[o] = r.nextGaussian() + 0.3 * i;
                x2[o] = r.nextGaussian() + 0.2 * t;
                double wx1 = 0;
                for (int j = 0; j < N; j++) {
                    wx1 += w[i][j] * x1[t * N + j];
                }
                rhs[i] = 1.0 + 0.8 * x1[o] - 0.5 * x2[o] + 0.3 * wx1 + 0.4 * i + 0.25 * t + r.nextGaussian();
            }
            // y_t = (I − ρW)⁻¹ rhs by fixed point (|ρ| < 1, rows sum to 1)
            double[] yt = rhs.clone();
            for (int it = 0; it < 200; it++) {
                double[] next = new double[N];
                for (int i = 0; i < N; i++) {
                    double s = 0;
                    for (int j = 0; j < N; j++) {
                        s += w[i][j] * yt[j];
                    }
                    next[i] = rhs[i] + rho * s;
                }
                yt = next;
            }
            System.arraycopy(yt, 0, y, t * N, N);
        }
        return new double[][] {y, x1, x2};
    }

    static PanelFrame frame(double[][] v, int periods) {
        int rows = N * periods;
        String[] ids = new String[rows];
        long[] years = new long[rows];
        double[][] cols = new double[3][rows];
        int r = 0;
        for (int i = 0; i < N; i++) {
            for (int t = 0; t < periods; t++) {
                ids[r] = IDS[i];
                years[r] = 2000 + t;
                for (int c = 0; c < 3; c++) {
                    cols[c][r] = v[c][t * N + i];
                }
                r++;
            }
        }
        return PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years)
                .column("y", cols[0]).column("x1", cols[1]).column("x2", cols[2]).source("simulated").build();
    }

    static Result run(PanelFrame f, String... kv) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("formula", "y ~ x1 + x2");
        raw.put("draws", "0");
        for (int i = 0; i < kv.length; i += 2) {
            raw.put(kv[i], kv[i + 1]);
        }
        SpatialPanelEstimator e = new SpatialPanelEstimator();
        return e.estimate(new EstimationContext(f, e.parameters().resolve(raw), ProgressMonitor.NULL, 1L,
                Map.of("W", weights())));
    }

    // ------------------------------------------------------------------ brute force

    /** A transformed problem: y*, X* (columns), per-period W* (m×m), periods in y*, Jacobian periods. */
    record Problem(double[] y, double[][] x, double[][] w, int periods, double tau) {
    }

    static double[] lag(double[][] w, double[] v) {
        int m = w.length;
        double[] out = new double[v.length];
        for (int t = 0; t < v.length / m; t++) {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += w[i][j] * v[t * m + j];
                }
                out[t * m + i] = s;
            }
        }
        return out;
    }

    static double logDet(double[][] w, double r) {
        int m = w.length;
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = (i == j ? 1 : 0) - r * w[i][j];
            }
        }
        return Math.log(Math.abs(new LUDecomposition(new Array2DRowRealMatrix(a)).getDeterminant()));
    }

    /** SSE and β of the GLS step at (ρ, λ) by QR of the explicitly filtered data. */
    static double[] sse(Problem p, double r, double l, boolean lag, boolean error) {
        double[] ay = p.y().clone();
        if (lag) {
            double[] wy = lag(p.w(), p.y());
            for (int o = 0; o < ay.length; o++) {
                ay[o] -= r * wy[o];
            }
        }
        double[][] xs = new double[p.x().length][];
        for (int j = 0; j < xs.length; j++) {
            xs[j] = p.x()[j].clone();
        }
        if (error) {
            double[] way = lag(p.w(), ay);
            for (int o = 0; o < ay.length; o++) {
                ay[o] -= l * way[o];
            }
            for (int j = 0; j < xs.length; j++) {
                double[] wxj = lag(p.w(), p.x()[j]);
                for (int o = 0; o < ay.length; o++) {
                    xs[j][o] -= l * wxj[o];
                }
            }
        }
        RealMatrix x = new Array2DRowRealMatrix(ay.length, xs.length);
        for (int j = 0; j < xs.length; j++) {
            for (int o = 0; o < ay.length; o++) {
                x.setEntry(o, j, xs[j][o]);
            }
        }
        double[] b = new QRDecomposition(x).getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(ay))
                .toArray();
        double s = 0;
        for (int o = 0; o < ay.length; o++) {
            double e = ay[o];
            for (int j = 0; j < xs.length; j++) {
                e -= xs[j][o] * b[j];
            }
            s += e * e;
        }
        double[] out = new double[b.length + 1];
        out[0] = s;
        System.arraycopy(b, 0, out, 1, b.length);
        return out;
    }

    static double concentrated(Problem p, double nObs, boolean unitRoot, double r, double l, boolean lag,
            boolean error) {
        double s = sse(p, r, l, lag, error)[0];
        double v = -0.5 * nObs * (Math.log(2 * Math.PI * s / nObs) + 1);
        if (lag) {
            v += p.tau() * (logDet(p.w(), r) - (unitRoot ? Math.log(1 - r) : 0));
        }
        if (error) {
            v += p.tau() * (logDet(p.w(), l) - (unitRoot ? Math.log(1 - l) : 0));
        }
        return v;
    }

    static double goldenMax(DoubleUnaryOperator f, double lo, double hi, int grid) {
        double step = (hi - lo) / grid;
        double best = lo;
        double bestV = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= grid; i++) {
            double v = f.applyAsDouble(lo + i * step);
            if (v > bestV) {
                bestV = v;
                best = lo + i * step;
            }
        }
        double a = Math.max(lo, best - step);
        double b = Math.min(hi, best + step);
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > 1e-11) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return 0.5 * (a + b);
    }

    /** {ρ, λ, σ², LL, β...}. */
    static double[] bruteFit(Problem p, double nObs, boolean unitRoot, boolean lag, boolean error) {
        double lo = -0.95;
        double hi = 0.95;
        double r = 0;
        double l = 0;
        if (lag && error) {
            DoubleUnaryOperator inner = lv -> goldenMax(rv -> concentrated(p, nObs, unitRoot, rv, lv, true, true), lo,
                    hi, 200);
            l = goldenMax(lv -> concentrated(p, nObs, unitRoot, inner.applyAsDouble(lv), lv, true, true), lo, hi, 100);
            r = inner.applyAsDouble(l);
        } else if (lag) {
            r = goldenMax(rv -> concentrated(p, nObs, unitRoot, rv, 0, true, false), lo, hi, 2000);
        } else {
            l = goldenMax(lv -> concentrated(p, nObs, unitRoot, 0, lv, false, true), lo, hi, 2000);
        }
        double[] s = sse(p, r, l, lag, error);
        double[] out = new double[4 + s.length - 1];
        out[0] = r;
        out[1] = l;
        out[2] = s[0] / nObs;
        out[3] = concentrated(p, nObs, unitRoot, r, l, lag, error);
        System.arraycopy(s, 1, out, 4, s.length - 1);
        return out;
    }

    /** Orthonormal basis (m × (m−1)) of the complement of 1: eigenvectors of I − 11'/m with eigenvalue 1. */
    static double[][] orthonormalComplement(int m) {
        double[][] j = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                j[a][b] = (a == b ? 1.0 : 0.0) - 1.0 / m;
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(j));
        double[][] f = new double[m][m - 1];
        int c = 0;
        for (int k = 0; k < m; k++) {
            if (e.getRealEigenvalue(k) > 0.5) {
                double[] v = e.getEigenvector(k).toArray();
                for (int a = 0; a < m; a++) {
                    f[a][c] = v[a];
                }
                c++;
            }
        }
        return f;
    }

    /** Columns of the model before any transformation: x1, x2, then W·x of the Durbin terms. */
    static double[][] rawColumns(double[][] v, boolean durbin, boolean intercept) {
        double[][] w = weights().toDense();
        List<double[]> cols = new ArrayList<>();
        if (intercept) {
            double[] one = new double[N * T];
            java.util.Arrays.fill(one, 1.0);
            cols.add(one);
        }
        cols.add(v[1]);
        cols.add(v[2]);
        if (durbin) {
            cols.add(lag(w, v[1]));
            cols.add(lag(w, v[2]));
        }
        return cols.toArray(new double[0][]);
    }

    /** Direct approach: fixed effects as dummy columns on the raw data. */
    static Problem withDummies(double[][] v, String effect, boolean durbin) {
        List<double[]> cols = new ArrayList<>(List.of(rawColumns(v, durbin, effect.equals("none"))));
        if (effect.equals("individual") || effect.equals("twoways")) {
            for (int i = 0; i < N; i++) {
                double[] d = new double[N * T];
                for (int t = 0; t < T; t++) {
                    d[t * N + i] = 1;
                }
                cols.add(d);
            }
        }
        if (effect.equals("time") || effect.equals("twoways")) {
            for (int t = effect.equals("twoways") ? 1 : 0; t < T; t++) {
                double[] d = new double[N * T];
                for (int i = 0; i < N; i++) {
                    d[t * N + i] = 1;
                }
                cols.add(d);
            }
        }
        return new Problem(v[0], cols.toArray(new double[0][]), weights().toDense(), T, T);
    }

    /** Lee–Yu: y* = (F_T' ⊗ F_N') y (or one factor only), W* = F_N'WF_N. */
    static Problem leeYu(double[][] v, String effect, boolean durbin) {
        boolean overTime = effect.equals("individual") || effect.equals("twoways");
        boolean overUnits = effect.equals("time") || effect.equals("twoways");
        double[][] ft = overTime ? orthonormalComplement(T) : identity(T);
        double[][] fn = overUnits ? orthonormalComplement(N) : identity(N);
        int tt = ft[0].length;
        int nn = fn[0].length;
        double[][] w = weights().toDense();
        double[][] ws = new double[nn][nn];
        for (int a = 0; a < nn; a++) {
            for (int b = 0; b < nn; b++) {
                double s = 0;
                for (int i = 0; i < N; i++) {
                    for (int j = 0; j < N; j++) {
                        s += fn[i][a] * w[i][j] * fn[j][b];
                    }
                }
                ws[a][b] = s;
            }
        }
        double[][] raw = rawColumns(v, durbin, false);
        double[][] xs = new double[raw.length][];
        for (int j = 0; j < raw.length; j++) {
            xs[j] = transform(raw[j], ft, fn);
        }
        return new Problem(transform(v[0], ft, fn), xs, ws, tt, tt);
    }

    static double[][] identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    static double[] transform(double[] v, double[][] ft, double[][] fn) {
        int tt = ft[0].length;
        int nn = fn[0].length;
        double[] out = new double[tt * nn];
        for (int s = 0; s < tt; s++) {
            for (int a = 0; a < nn; a++) {
                double sum = 0;
                for (int t = 0; t < T; t++) {
                    for (int i = 0; i < N; i++) {
                        sum += ft[t][s] * fn[i][a] * v[t * N + i];
                    }
                }
                out[s * nn + a] = sum;
            }
        }
        return out;
    }

    static void compare(Result r, double[] brute, String model, int nBeta, String what) {
        boolean lag = !model.equals("sem");
        boolean error = model.equals("sem") || model.equals("sac");
        var cs = r.coefficients();
        if (lag) {
            assertEquals(brute[0], r.coefficient("rho").orElseThrow().estimate(), 1e-6, what + " rho");
        }
        if (error) {
            assertEquals(brute[1], r.coefficient("lambda").orElseThrow().estimate(), 1e-6, what + " lambda");
        }
        assertEquals(brute[2], r.number("sigma2"), 1e-6 * brute[2], what + " sigma2");
        assertEquals(brute[3], r.number("log_likelihood"), 1e-8, what + " LL");
        for (int j = 0; j < nBeta; j++) {
            assertEquals(brute[4 + j], cs.get(j).estimate(), 1e-6 * Math.max(1, Math.abs(brute[4 + j])),
                    what + " " + cs.get(j).term());
        }
    }

    @Test
    void directApproachEqualsMaximumLikelihoodWithExplicitDummies() {
        double[][] v = simulate(7L);
        PanelFrame f = frame(v, T);
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            for (String effect : new String[] {"none", "individual", "time", "twoways"}) {
                boolean durbin = model.equals("sdm");
                Problem p = withDummies(v, effect, durbin);
                double[] brute = bruteFit(p, N * T, false, !model.equals("sem"),
                        model.equals("sem") || model.equals("sac"));
                Result r = run(f, "model", model, "effect", effect);
                int nBeta = (effect.equals("none") ? 3 : 2) + (durbin ? 2 : 0);
                compare(r, brute, model, nBeta, model + "/" + effect + "/direct");
            }
        }
    }

    @Test
    void leeYuEqualsMaximumLikelihoodOfTheOrthogonallyTransformedModel() {
        double[][] v = simulate(11L);
        PanelFrame f = frame(v, T);
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            for (String effect : new String[] {"individual", "time", "twoways"}) {
                boolean durbin = model.equals("sdm");
                Problem p = leeYu(v, effect, durbin);
                // W* = F_N'WF_N is (N−1)×(N−1): its log-determinant has no unit eigenvalue to remove
                double[] brute = bruteFit(p, p.y().length, false, !model.equals("sem"),
                        model.equals("sem") || model.equals("sac"));
                Result r = run(f, "model", model, "effect", effect, "approach", "leeyu");
                compare(r, brute, model, 2 + (durbin ? 2 : 0), model + "/" + effect + "/leeyu");
                assertEquals(p.y().length, r.number("n_obs_effective"), 0.0);
            }
        }
    }

    /** LR two-way vs one-way = 2(ℓ_twoways − ℓ_one-way) of separately estimated models (direct approach). */
    @Test
    void twoWayAgainstOneWayLikelihoodRatios() {
        double[][] v = simulate(13L);
        PanelFrame f = frame(v, T);
        for (String model : new String[] {"sar", "sdm", "sem"}) {
            Result tw = run(f, "model", model, "effect", "twoways", "approach", "leeyu");
            double llTw = run(f, "model", model, "effect", "twoways").number("log_likelihood");
            double llInd = run(f, "model", model, "effect", "individual").number("log_likelihood");
            double llTime = run(f, "model", model, "effect", "time").number("log_likelihood");
            var ind = tw.test("LR_twoways_vs_individual").orElseThrow();
            var time = tw.test("LR_twoways_vs_time").orElseThrow();
            assertEquals(2 * (llTw - llInd), ind.statistic(), 1e-9, model);
            assertEquals(2 * (llTw - llTime), time.statistic(), 1e-9, model);
            assertEquals(T - 1, ind.df()[0], 0.0);
            assertEquals(N - 1, time.df()[0], 0.0);
            assertEquals(org.carbonlab.core.inference.Distributions.chiSquaredUpperP(ind.statistic(), T - 1),
                    ind.pValue(), 1e-14);
        }
    }

    @Test
    void onePeriodPanelEqualsTheCrossSection() {
        double[][] v = simulate(3L);
        double[][] first = new double[3][N];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(v[c], 0, first[c], 0, N);
        }
        PanelFrame panel = frame(v, 1);
        String[] ids = IDS.clone();
        PanelFrame cross = PanelFrame.builder().entityColumn("id").crossSection().entities(ids)
                .column("y", first[0]).column("x1", first[1]).column("x2", first[2]).source("cs").build();
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            Result a = run(panel, "model", model, "effect", "none");
            Result b = run(cross, "model", model);
            for (int j = 0; j < a.coefficients().size(); j++) {
                assertEquals(b.coefficients().get(j).estimate(), a.coefficients().get(j).estimate(), 1e-12);
                assertEquals(b.coefficients().get(j).stdError(), a.coefficients().get(j).stdError(), 1e-12);
            }
            assertEquals(b.number("log_likelihood"), a.number("log_likelihood"), 1e-12);
        }
    }
}
