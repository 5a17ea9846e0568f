package org.carbonlab.core.formula;

import org.carbonlab.core.data.PanelFrame;

/** A contribution that tries to replace the built-in log(): it must be ignored with a warning. */
public final class ClashingLogTestFunction implements FormulaFunction {
    @Override
    public String name() {
        return "log";
    }

    @Override
    public int minArgs() {
        return 1;
    }

    @Override
    public int maxArgs() {
        return 1;
    }

    @Override
    public ArgKind argKind(int index) {
        return ArgKind.VECTOR;
    }

    @Override
    public String usage() {
        return "log(x): not the natural logarithm";
    }

    @Override
    public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
        return new double[vectors[0].length];
    }
}
