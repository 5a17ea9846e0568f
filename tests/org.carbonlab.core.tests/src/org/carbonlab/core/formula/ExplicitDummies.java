package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.carbonlab.core.data.PanelFrame;

/**
 * Brute-force references for fixed-effect and factor designs: dummy columns built by hand from
 * the raw columns, least squares by the SVD pseudo-inverse (redundant dummies allowed; the slopes
 * are unique), and a seeded synthetic unbalanced city-year panel with provinces.
 */
final class ExplicitDummies {
    private ExplicitDummies() {
    }

    /** One 0/1 column per distinct value (in order of first appearance). */
    static List<double[]> dummies(String[] values) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.computeIfAbsent(values[i], k -> new double[values.length])[i] = 1;
        }
        return new ArrayList<>(out.values());
    }

    static String[] paste(String[] a, String[] b) {
        String[] out = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + "|" + b[i];
        }
        return out;
    }

    static double[][] matrix(List<double[]> columns) {
        int n = columns.get(0).length;
        double[][] m = new double[n][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < n; r++) {
                m[r][c] = columns.get(c)[r];
            }
        }
        return m;
    }

    /** Numerical rank of a matrix (singular values above max(m, n) × σmax × ulp). */
    static int rank(double[][] m) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m)).getRank();
    }

    /**
     * Least-squares coefficients of y on the columns of x by the SVD pseudo-inverse (the
     * minimum-norm solution: redundant dummies share their effect, while the slopes of variables
     * outside the dummies' span are unique).
     */
    static double[] ols(double[][] x, double[] y) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(x)).getSolver()
                .solve(new ArrayRealVector(y)).toArray();
    }

    /**
     * 24 cities in 4 provinces over 2001–2010 with about 30% of the city-years missing (seeded), x1
     * correlated with the city effect, x2 with the year effect, and a province×year shock in y.
     */
    static PanelFrame panel(long seed) {
        Random rnd = new Random(seed);
        int cities = 24;
        double[] alpha = new double[cities];
        for (int c = 0; c < cities; c++) {
            alpha[c] = rnd.nextGaussian() * 2;
        }
        double[] gamma = new double[10];
        for (int t = 0; t < 10; t++) {
            gamma[t] = rnd.nextGaussian();
        }
        double[][] delta = new double[4][10];
        for (int p = 0; p < 4; p++) {
            for (int t = 0; t < 10; t++) {
                delta[p][t] = rnd.nextGaussian() * 0.7;
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> prov = new ArrayList<>();
        List<Long> years = new ArrayList<>();
        List<Double> x1 = new ArrayList<>();
        List<Double> x2 = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> rel = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            int treated = c % 3 == 0 ? -1 : 2003 + c % 6; // every third city never treated
            for (int t = 0; t < 10; t++) {
                if (rnd.nextDouble() < 0.3) {
                    continue;
                }
                double a = rnd.nextGaussian() + 0.5 * alpha[c];
                double b = rnd.nextGaussian() + 0.8 * gamma[t];
                ids.add(String.format("c%02d", c + 1));
                prov.add("p" + (c % 4 + 1));
                years.add(2001L + t);
                x1.add(a);
                x2.add(b);
                y.add(1.5 * a - 0.7 * b + alpha[c] + gamma[t] + delta[c % 4][t] + 0.5 * rnd.nextGaussian());
                rel.add(treated < 0 ? Double.NaN : (double) (2001 + t - treated));
            }
        }
        return PanelFrame.builder().entityColumn("city").timeColumn("year")
                .entities(ids.toArray(String[]::new))
                .times(years.stream().mapToLong(Long::longValue).toArray())
                .textColumn("province", prov.toArray(String[]::new))
                .column("x1", x1.stream().mapToDouble(Double::doubleValue).toArray())
                .column("x2", x2.stream().mapToDouble(Double::doubleValue).toArray())
                .column("y", y.stream().mapToDouble(Double::doubleValue).toArray())
                .column("rel", rel.stream().mapToDouble(Double::doubleValue).toArray())
                .build();
    }
}
