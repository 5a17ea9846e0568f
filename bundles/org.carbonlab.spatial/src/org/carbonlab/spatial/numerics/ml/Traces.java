package org.carbonlab.spatial.numerics.ml;

/**
 * The traces the information matrix of a spatial model needs at (r, l), with G1 = W(I − rW)⁻¹ and
 * G2 = W(I − lW)⁻¹, and the cross-products (G_a'1)·(G_b'1)/n of their column sums, which remove W's unit
 * eigenvalue under the Lee–Yu transformation (tr(G'JG) = tr(G'G) − ‖G'1‖²/n).
 */
public record Traces(double g1, double g1g1, double g1tg1, double g2, double g2g2, double g2tg2, double g2g1,
        double g2tg1, double colSums11, double colSums12, double colSums22) {

    /**
     * The traces of the transformed matrices G* = F'GF (F an orthonormal basis orthogonal to 1): the eigenvalue
     * 1/(1 − r) of G (Wl = l) drops out of tr(G) and tr(G²), and the column-sum term out of tr(G'G).
     */
    public Traces withoutUnitEigenvalue(double r, double l) {
        double a = 1.0 / (1.0 - r);
        double b = 1.0 / (1.0 - l);
        return new Traces(g1 - a, g1g1 - a * a, g1tg1 - colSums11, g2 - b, g2g2 - b * b, g2tg2 - colSums22,
                g2g1 - a * b, g2tg1 - colSums12, 0.0, 0.0, 0.0);
    }
}
