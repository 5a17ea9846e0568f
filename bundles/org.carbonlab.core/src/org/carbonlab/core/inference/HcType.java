package org.carbonlab.core.inference;

/**
 * Heteroskedasticity-consistent (White) covariance types of a least-squares fit, with the conventions of
 * {@code sandwich::vcovHC}: HC0 = (X'X)^-1 sum(u_i^2 x_i x_i') (X'X)^-1; HC1 = HC0 * N/(N-K) (= Stata
 * {@code regress, vce(robust)}); HC2 weights u_i^2/(1-h_i); HC3 weights u_i^2/(1-h_i)^2, h_i = leverage.
 */
public enum HcType {
    HC0, HC1, HC2, HC3
}
