package org.carbonlab.spatial.numerics.ml;

/**
 * The expected (Fisher) information of the general spatial model ε = (I − lW)[(I − rW)y − Xβ] in (β, r, l, σ²)
 * (Anselin 1988; Elhorst 2014 ch. 3 for the panel form: traces times the number of periods τ). With
 * X_l = (I − lW)X and the mean term m = (I − lW)G1Xβ stacked over periods:
 * I_ββ = X_l'X_l/σ², I_βr = X_l'm/σ², I_rr = τ[tr(G1²) + tr(G1'G1)] + m'm/σ², I_rl = τ[tr(G2G1) + tr(G2'G1)],
 * I_ll = τ[tr(G2²) + tr(G2'G2)], I_rσ² = τ tr(G1)/σ², I_lσ² = τ tr(G2)/σ², I_σ²σ² = n/(2σ⁴), I_βl = 0.
 * (W's lag and error matrices are the same, so (I − lW) commutes with G1.) Parameters absent from the model are
 * left out; the order is β, r, l, σ².
 */
public final class InformationMatrix {
    private InformationMatrix() {
    }

    public static double[][] of(double[][] xtxL, double[] xlTimesMean, double meanSquared, Traces t,
            double sigma2, double nObs, double tau, boolean lag, boolean error) {
        int k = xtxL.length;
        int p = k + (lag ? 1 : 0) + (error ? 1 : 0) + 1;
        int ir = lag ? k : -1;
        int il = error ? k + (lag ? 1 : 0) : -1;
        int is = p - 1;
        double[][] m = new double[p][p];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                m[a][b] = xtxL[a][b] / sigma2;
            }
        }
        if (lag) {
            for (int a = 0; a < k; a++) {
                m[a][ir] = xlTimesMean[a] / sigma2;
                m[ir][a] = m[a][ir];
            }
            m[ir][ir] = tau * (t.g1g1() + t.g1tg1()) + meanSquared / sigma2;
            m[ir][is] = tau * t.g1() / sigma2;
            m[is][ir] = m[ir][is];
        }
        if (error) {
            m[il][il] = tau * (t.g2g2() + t.g2tg2());
            m[il][is] = tau * t.g2() / sigma2;
            m[is][il] = m[il][is];
        }
        if (lag && error) {
            m[ir][il] = tau * (t.g2g1() + t.g2tg1());
            m[il][ir] = m[ir][il];
        }
        m[is][is] = nObs / (2 * sigma2 * sigma2);
        return m;
    }
}
