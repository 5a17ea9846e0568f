package org.carbonlab.core.formula;

import org.carbonlab.core.data.PanelFrame;

/** A formula function contributed through fragment.xml, as a plug-in would: half_test(x) = x / 2. */
public final class HalfTestFunction implements FormulaFunction {
    @Override
    public String name() {
        return "half_test";
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
        return "half_test(x): x / 2 (contributed by the core test fragment)";
    }

    @Override
    public double[] apply(double[][] vectors, double[] constants, PanelFrame frame) {
        double[] out = vectors[0].clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= 2;
        }
        return out;
    }
}
