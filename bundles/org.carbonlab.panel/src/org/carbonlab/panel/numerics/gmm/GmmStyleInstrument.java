package org.carbonlab.panel.numerics.gmm;

/**
 * GMM-style instruments from one variable's levels ({@code series[entity][period]}, NaN when missing): for the
 * differenced equation of period t the levels x_{t−maxLag} … x_{t−minLag} (each equation its own columns, or one
 * column per lag when {@code collapse}); in system GMM the level equation of period t gets Δx_{t−minLag+1}.
 */
public record GmmStyleInstrument(double[][] series, int minLag, int maxLag, boolean collapse) {
    public GmmStyleInstrument {
        if (minLag < 1 || maxLag < minLag) {
            throw new IllegalArgumentException("lag range " + minLag + ":" + maxLag + " (needs 1 <= first <= last)");
        }
    }
}
