package org.carbonlab.panel.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/**
 * panel.gmm with {@code orthogonal=true} (forward orthogonal deviations, xtabond2's convention of storing the
 * deviation of period t−1 in row t) against a brute-force computation on a seeded balanced panel: the deviations
 * c_p (w_p − mean of w_{p+1..T}) built by hand, the dense instrument matrix per entity, one-step weight (Σ Z'Z)^{-1}
 * (H = I for deviations of iid errors) and two-step weight (Σ Z'ee'Z)^{-1}; coefficients and Hansen J at rel 1e-9.
 * (plm's pgmm offers only first differences, so there is no R reference for this option.) Also: a gap inside an
 * entity's series is refused with the entity and period named; the publication table prints the instrument count.
 */
class GmmOrthogonalDeviationsTest {
    private static final int N = 80;
    private static final int T = 7;

    private static PanelFrame simulated() {
        SplittableRandom rnd = new SplittableRandom(20261203L);
        int[] ent = new int[N * T];
        int[] per = new int[N * T];
        double[] y = new double[N * T];
        double[] x = new double[N * T];
        for (int i = 0; i < N; i++) {
            double alpha = rnd.nextGaussian();
            double prev = alpha + rnd.nextGaussian();
            for (int t = 0; t < T; t++) {
                int r = i * T + t;
                ent[r] = i + 1;
                per[r] = 2000 + t;
                x[r] = 0.5 * alpha + rnd.nextGaussian();
                y[r] = 0.5 * prev + 0.3 * x[r] + alpha + rnd.nextGaussian();
                prev = y[r];
            }
        }
        return PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ent).times(per).source("sim")
                .column("y", y).column("x", x).build();
    }

    @Test
    void orthogonalDeviationsMatchBruteForce() {
        PanelFrame data = simulated();
        double[] yv = data.numeric("y");
        double[] xv = data.numeric("x");
        // brute force: rows p = 1..T-2 (the deviation of period p is stored in row t = p + 1)
        List<double[][]> zs = new ArrayList<>();
        List<double[][]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        int gmmCols = 0;
        for (int t = 2; t < T; t++) {
            gmmCols += t - 1;
        }
        int l = gmmCols + 1;
        for (int i = 0; i < N; i++) {
            double[] yi = new double[T];
            double[] xi = new double[T];
            for (int t = 0; t < T; t++) {
                yi[t] = yv[i * T + t];
                xi[t] = xv[i * T + t];
            }
            int rows = T - 2;
            double[][] z = new double[rows][l];
            double[][] xx = new double[rows][2];
            double[] yy = new double[rows];
            int col = 0;
            for (int p = 1; p <= T - 2; p++) {
                int m = T - 1 - p;
                double c = Math.sqrt(m / (m + 1.0));
                double fy = 0;
                double fl = 0;
                double fx = 0;
                for (int s = p + 1; s < T; s++) {
                    fy += yi[s] / m;
                    fl += yi[s - 1] / m;
                    fx += xi[s] / m;
                }
                int row = p - 1;
                yy[row] = c * (yi[p] - fy);
                xx[row][0] = c * (yi[p - 1] - fl);
                xx[row][1] = c * (xi[p] - fx);
                for (int s = 0; s <= p - 1; s++) {
                    z[row][col++] = yi[s];
                }
                z[row][gmmCols] = xx[row][1];
            }
            zs.add(z);
            xs.add(xx);
            ys.add(yy);
        }
        RealMatrix zz = new Array2DRowRealMatrix(l, l);
        RealMatrix zx = new Array2DRowRealMatrix(l, 2);
        RealMatrix zy = new Array2DRowRealMatrix(l, 1);
        for (int i = 0; i < N; i++) {
            RealMatrix z = new Array2DRowRealMatrix(zs.get(i));
            zz = zz.add(z.transpose().multiply(z));
            zx = zx.add(z.transpose().multiply(new Array2DRowRealMatrix(xs.get(i))));
            zy = zy.add(z.transpose().multiply(new Array2DRowRealMatrix(ys.get(i))));
        }
        RealMatrix w1 = new LUDecomposition(zz).getSolver().getInverse();
        double[] b1 = gmm(zx, zy, w1);
        RealMatrix s = new Array2DRowRealMatrix(l, l);
        for (int i = 0; i < N; i++) {
            RealMatrix ze = zTimesResidual(zs.get(i), xs.get(i), ys.get(i), b1);
            s = s.add(ze.multiply(ze.transpose()));
        }
        RealMatrix w2 = new LUDecomposition(s).getSolver().getInverse();
        double[] b2 = gmm(zx, zy, w2);
        RealMatrix ze2 = new Array2DRowRealMatrix(l, 1);
        for (int i = 0; i < N; i++) {
            ze2 = ze2.add(zTimesResidual(zs.get(i), xs.get(i), ys.get(i), b2));
        }
        double hansen = ze2.transpose().multiply(w2).multiply(ze2).getEntry(0, 0);

        Result one = RandomEffectsEstimatorTest.fit(new GmmEstimator(), data, "formula", "y ~ lag(y, 1) + x", "gmm",
                "lag(y, 2:.)", "effect", "individual", "orthogonal", "true", "steps", "onestep");
        Result two = RandomEffectsEstimatorTest.fit(new GmmEstimator(), data, "formula", "y ~ lag(y, 1) + x", "gmm",
                "lag(y, 2:.)", "effect", "individual", "orthogonal", "true");
        assertEquals(l, (int) two.number("n_instruments"));
        String[] terms = {"lag(y, 1)", "x"};
        for (int j = 0; j < 2; j++) {
            rel(b1[j], one.coefficient(terms[j]).orElseThrow().estimate(), "one-step " + terms[j]);
            rel(b2[j], two.coefficient(terms[j]).orElseThrow().estimate(), "two-step " + terms[j]);
        }
        rel(hansen, two.test("hansen").orElseThrow().statistic(), "Hansen J");
        assertEquals(true, two.statistic("orthogonal"));
        double ar1 = two.test("ar1").orElseThrow().statistic();
        double ar2 = two.test("ar2").orElseThrow().statistic();
        // AR tests run on first-differenced residuals: AR(1) negative, AR(2) not significant in this DGP
        assertTrue(ar1 < 0 && Math.abs(ar2) < 2.58, "ar1 " + ar1 + " ar2 " + ar2);
        // the deviations differ from differences: same instruments, different estimates
        Result fd = RandomEffectsEstimatorTest.fit(new GmmEstimator(), data, "formula", "y ~ lag(y, 1) + x", "gmm",
                "lag(y, 2:.)", "effect", "individual");
        assertTrue(Math.abs(fd.coefficient("x").orElseThrow().estimate() - b2[1]) > 1e-6);
    }

    /** Entities are built in parallel; the sums run in entity order, so 1 and 4 threads give the same bits. */
    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        PanelFrame data = simulated();
        double[][] got = new double[2][];
        int[] threads = {1, 4};
        for (int t = 0; t < 2; t++) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads[t]);
            try {
                Result r = pool.submit(() -> RandomEffectsEstimatorTest.fit(new GmmEstimator(), data, "formula",
                        "y ~ lag(y, 1) + x", "gmm", "lag(y, 2:.); lag(x, 2:.)", "iv", "none", "transformation",
                        "system")).get();
                got[t] = new double[] {r.coefficients().get(0).estimate(), r.coefficients().get(1).stdError(),
                    r.test("hansen").orElseThrow().statistic(), r.test("diff_hansen_levels").orElseThrow().statistic(),
                    r.test("ar2").orElseThrow().statistic()};
            } finally {
                pool.shutdown();
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(got[0], got[1]);
    }

    @Test
    void gapInsideAnEntitysSeriesIsNamed() {
        PanelFrame full = simulated();
        int[] keep = new int[full.rows() - 1];
        int k = 0;
        for (int r = 0; r < full.rows(); r++) {
            if (!(full.entityLabel(r).equals("3") && full.time(r) == 2003)) {
                keep[k++] = r;
            }
        }
        PanelFrame gap = full.subset(keep);
        InputException e = assertThrows(InputException.class, () -> RandomEffectsEstimatorTest.fit(
                new GmmEstimator(), gap, "formula", "y ~ lag(y, 1) + x", "gmm", "lag(y, 2:.)"));
        assertTrue(e.getMessage().contains("entity '3'") && e.getMessage().contains("2003"), e.getMessage());
    }

    @Test
    void publicationTablePrintsInstrumentsAndGroups() {
        Result r = RandomEffectsEstimatorTest.fit(new GmmEstimator(), simulated(), "formula", "y ~ lag(y, 1) + x",
                "gmm", "lag(y, 2:4)", "collapse", "true", "transformation", "system");
        Grid g = new PublicationTable().add("(1)", r).toGrid();
        int l = (int) r.number("n_instruments");
        assertTrue(g.rows().contains(List.of("Instruments", String.valueOf(l))), g.rows().toString());
        assertTrue(g.rows().contains(List.of("Groups", String.valueOf(N))), g.rows().toString());
        assertTrue(g.notes().contains("instruments: " + l + ", groups: " + N + "."), g.notes().toString());
    }

    private static RealMatrix zTimesResidual(double[][] z, double[][] x, double[] y, double[] b) {
        double[][] e = new double[y.length][1];
        for (int r = 0; r < y.length; r++) {
            e[r][0] = y[r] - x[r][0] * b[0] - x[r][1] * b[1];
        }
        return new Array2DRowRealMatrix(z).transpose().multiply(new Array2DRowRealMatrix(e));
    }

    private static double[] gmm(RealMatrix zx, RealMatrix zy, RealMatrix w) {
        RealMatrix xzw = zx.transpose().multiply(w);
        RealMatrix b = new LUDecomposition(xzw.multiply(zx)).getSolver().solve(xzw.multiply(zy));
        return b.getColumn(0);
    }

    private static void rel(double want, double got, String what) {
        double e = Math.abs(got - want) / Math.abs(want);
        assertTrue(e <= 1e-9, what + ": expected " + want + " got " + got + " (rel " + e + ")");
    }
}
