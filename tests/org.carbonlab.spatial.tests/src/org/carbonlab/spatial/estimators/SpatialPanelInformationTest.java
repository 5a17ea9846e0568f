package org.carbonlab.spatial.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.spatial.estimators.SpatialPanelBruteForceTest.Problem;
import org.junit.jupiter.api.Test;

/**
 * The analytic standard errors of {@code spatial.panel} against a brute-force information matrix: minus the
 * numerical (central-difference) Hessian of the expected log-likelihood E_θ̂[ℓ(θ)] of the explicitly transformed
 * model (dense matrices; the expectation of the quadratic form in closed form, ‖Rμ‖² + tr(RΣR')), at the estimate.
 * Its Hessian is exactly the expected information the analytic formulas claim to be. Lee–Yu for every effect and
 * model; the direct approach (Elhorst's information treats the demeaned data as the model's data) for no and
 * individual effects; the two-way bias correction θ + T·I⁻¹(0, 1/(1−ρ), 1/(2σ²)) from the same brute-force matrix.
 * Tolerance rel 1e-5.
 */
class SpatialPanelInformationTest {

    static double[][] dense(int m, double r, double[][] w) {
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = (i == j ? 1 : 0) - r * w[i][j];
            }
        }
        return a;
    }

    static RealMatrix inv(double[][] a) {
        return new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().getInverse();
    }

    /** θ = (β, ρ?, λ?, σ²); expected log-likelihood at θ when the data come from θ0. */
    static double expectedLogLik(Problem p, boolean lag, boolean error, double[] theta, double[] theta0) {
        int k = p.x().length;
        int m = p.w().length;
        int periods = p.y().length / m;
        double[] beta = java.util.Arrays.copyOf(theta, k);
        double[] beta0 = java.util.Arrays.copyOf(theta0, k);
        int q = k;
        double r = lag ? theta[q] : 0;
        double r0 = lag ? theta0[q] : 0;
        q += lag ? 1 : 0;
        double l = error ? theta[q] : 0;
        double l0 = error ? theta0[q] : 0;
        double s2 = theta[theta.length - 1];
        double s20 = theta0[theta0.length - 1];
        RealMatrix a = new Array2DRowRealMatrix(dense(m, r, p.w()));
        RealMatrix b = new Array2DRowRealMatrix(dense(m, l, p.w()));
        RealMatrix a0i = inv(dense(m, r0, p.w()));
        RealMatrix b0i = inv(dense(m, l0, p.w()));
        RealMatrix rm = b.multiply(a);
        RealMatrix c0 = a0i.multiply(b0i);
        RealMatrix sigma0 = c0.multiply(c0.transpose()).scalarMultiply(s20);
        double quad = periods * rm.multiply(sigma0).multiply(rm.transpose()).getTrace();
        for (int t = 0; t < periods; t++) {
            double[] xb = new double[m];
            double[] xb0 = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < k; j++) {
                    xb[i] += p.x()[j][t * m + i] * beta[j];
                    xb0[i] += p.x()[j][t * m + i] * beta0[j];
                }
            }
            double[] mu = a0i.operate(xb0);
            double[] d = rm.operate(mu);
            double[] bx = b.operate(xb);
            for (int i = 0; i < m; i++) {
                quad += (d[i] - bx[i]) * (d[i] - bx[i]);
            }
        }
        double n = p.y().length;
        double ll = -0.5 * n * Math.log(2 * Math.PI * s2) - quad / (2 * s2);
        if (lag) {
            ll += p.tau() * SpatialPanelBruteForceTest.logDet(p.w(), r);
        }
        if (error) {
            ll += p.tau() * SpatialPanelBruteForceTest.logDet(p.w(), l);
        }
        return ll;
    }

    static double[][] negativeHessian(ToDoubleFunction<double[]> f, double[] x) {
        int p = x.length;
        double[][] h = new double[p][p];
        double[] step = new double[p];
        for (int i = 0; i < p; i++) {
            step[i] = 1e-4 * Math.max(1.0, Math.abs(x[i]));
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                double[] pp = x.clone();
                double[] pm = x.clone();
                double[] mp = x.clone();
                double[] mm = x.clone();
                pp[i] += step[i];
                pp[j] += step[j];
                pm[i] += step[i];
                pm[j] -= step[j];
                mp[i] -= step[i];
                mp[j] += step[j];
                mm[i] -= step[i];
                mm[j] -= step[j];
                double v = (f.applyAsDouble(pp) - f.applyAsDouble(pm) - f.applyAsDouble(mp) + f.applyAsDouble(mm))
                        / (4 * step[i] * step[j]);
                h[i][j] = -v;
                h[j][i] = -v;
            }
        }
        return h;
    }

    static double[] theta(Result r) {
        double[] t = new double[r.coefficients().size() + 1];
        for (int j = 0; j < t.length - 1; j++) {
            t[j] = r.coefficients().get(j).estimate();
        }
        t[t.length - 1] = r.number("sigma2");
        return t;
    }

    static void compare(Problem p, Result r, String model, String what) {
        boolean lag = !model.equals("sem");
        boolean error = model.equals("sem") || model.equals("sac");
        double[] th = theta(r);
        double[][] info = negativeHessian(x -> expectedLogLik(p, lag, error, x, th), th);
        double[][] v = inv(info).getData();
        for (int j = 0; j < th.length - 1; j++) {
            double se = Math.sqrt(v[j][j]);
            assertEquals(se, r.coefficients().get(j).stdError(), 1e-5 * se, what + " se " + r.coefficients().get(j).term());
        }
        double se = Math.sqrt(v[th.length - 1][th.length - 1]);
        assertEquals(se, r.number("sigma2_std_error"), 1e-5 * se, what + " se sigma2");
    }

    @Test
    void leeYuStandardErrorsEqualTheBruteForceInformation() {
        double[][] v = SpatialPanelBruteForceTest.simulate(5L);
        PanelFrame f = SpatialPanelBruteForceTest.frame(v, SpatialPanelBruteForceTest.T);
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            for (String effect : new String[] {"individual", "time", "twoways"}) {
                Problem p = SpatialPanelBruteForceTest.leeYu(v, effect, model.equals("sdm"));
                Result r = SpatialPanelBruteForceTest.run(f, "model", model, "effect", effect, "approach", "leeyu");
                compare(p, r, model, model + "/" + effect + "/leeyu");
            }
        }
    }

    @Test
    void directStandardErrorsEqualTheBruteForceInformation() {
        double[][] v = SpatialPanelBruteForceTest.simulate(6L);
        PanelFrame f = SpatialPanelBruteForceTest.frame(v, SpatialPanelBruteForceTest.T);
        for (String model : new String[] {"sar", "sdm", "sem", "sac"}) {
            for (String effect : new String[] {"none", "individual"}) {
                boolean durbin = model.equals("sdm");
                double[][] cols = SpatialPanelBruteForceTest.rawColumns(v, durbin, effect.equals("none"));
                if (effect.equals("individual")) {
                    for (int j = 0; j < cols.length; j++) {
                        cols[j] = org.carbonlab.spatial.numerics.Within.demean(cols[j], SpatialPanelBruteForceTest.N,
                                SpatialPanelBruteForceTest.T, org.carbonlab.spatial.numerics.Within.Effect.INDIVIDUAL);
                    }
                }
                Problem p = new Problem(v[0], cols, SpatialPanelBruteForceTest.weights().toDense(),
                        SpatialPanelBruteForceTest.T, SpatialPanelBruteForceTest.T);
                Result r = SpatialPanelBruteForceTest.run(f, "model", model, "effect", effect);
                compare(p, r, model, model + "/" + effect + "/direct");
            }
        }
    }

    @Test
    void twoWayBiasCorrectionFollowsElhorst() {
        double[][] v = SpatialPanelBruteForceTest.simulate(8L);
        PanelFrame f = SpatialPanelBruteForceTest.frame(v, SpatialPanelBruteForceTest.T);
        int t = SpatialPanelBruteForceTest.T;
        int n = SpatialPanelBruteForceTest.N;
        for (String model : new String[] {"sar", "sdm", "sem"}) {
            boolean lag = !model.equals("sem");
            Result plain = SpatialPanelBruteForceTest.run(f, "model", model, "effect", "twoways");
            Result bc = SpatialPanelBruteForceTest.run(f, "model", model, "effect", "twoways", "bias_correction",
                    "elhorst");
            double[][] cols = SpatialPanelBruteForceTest.rawColumns(v, model.equals("sdm"), false);
            for (int j = 0; j < cols.length; j++) {
                cols[j] = org.carbonlab.spatial.numerics.Within.demean(cols[j], n, t,
                        org.carbonlab.spatial.numerics.Within.Effect.TWOWAYS);
            }
            // Elhorst's information of the direct approach: mean term G·X̃β, NT observations
            Problem p = new Problem(v[0], cols, SpatialPanelBruteForceTest.weights().toDense(), t, t);
            double[] th = theta(plain);
            double[][] info = negativeHessian(x -> expectedLogLik(p, lag, !lag, x, th), th);
            double[][] vinv = inv(info).getData();
            int q = th.length;
            double[] a = new double[q];
            a[q - 2] = 1.0 / (1.0 - th[q - 2]);
            a[q - 1] = 1.0 / (2.0 * th[q - 1]);
            for (int i = 0; i < q - 1; i++) {
                double shift = 0;
                for (int j = 0; j < q; j++) {
                    shift += t * vinv[i][j] * a[j];
                }
                double expected = th[i] + shift;
                assertEquals(expected, bc.coefficients().get(i).estimate(), 1e-6 * Math.max(1, Math.abs(expected)),
                        model + " bc " + bc.coefficients().get(i).term());
            }
            double s2shift = 0;
            for (int j = 0; j < q; j++) {
                s2shift += t * vinv[q - 1][j] * a[j];
            }
            double s2 = t / (t - 1.0) * (th[q - 1] + s2shift);
            assertEquals(s2, bc.number("sigma2"), 1e-6 * s2, model + " bc sigma2");
        }
        // individual effects: sigma2 times T/(T − 1), the rest unchanged (and equal to Lee–Yu)
        Result plain = SpatialPanelBruteForceTest.run(f, "model", "sar", "effect", "individual");
        Result bc = SpatialPanelBruteForceTest.run(f, "model", "sar", "effect", "individual", "bias_correction",
                "elhorst");
        Result ly = SpatialPanelBruteForceTest.run(f, "model", "sar", "effect", "individual", "approach", "leeyu");
        assertEquals(plain.number("sigma2") * t / (t - 1.0), bc.number("sigma2"), 1e-12 * bc.number("sigma2"));
        assertEquals(ly.number("sigma2"), bc.number("sigma2"), 1e-10 * bc.number("sigma2"));
        assertEquals(plain.coefficient("rho").orElseThrow().estimate(), bc.coefficient("rho").orElseThrow().estimate(),
                1e-14);
        Result bcTime = SpatialPanelBruteForceTest.run(f, "model", "sar", "effect", "time", "bias_correction",
                "elhorst");
        Result plainTime = SpatialPanelBruteForceTest.run(f, "model", "sar", "effect", "time");
        assertEquals(plainTime.number("sigma2") * n / (n - 1.0), bcTime.number("sigma2"), 1e-12 * bcTime.number("sigma2"));
    }
}
