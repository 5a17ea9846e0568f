package org.carbonlab.core.report;

import java.util.Locale;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;

/**
 * Which coefficients of a model a publication-table column shows. Spatial Durbin models are printed as papers do, in
 * two columns: {@link #MAIN} (the regressors, rho and lambda) and {@link #WX} (the spatial lags {@code W*x}, printed
 * under the name of x so both columns share one row per variable).
 */
public enum ModelPart {
    ALL, MAIN, WX;

    static final String LAG_PREFIX = "W*";

    /** "main", "wx" or "all" (any case). */
    public static ModelPart parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** A copy of {@code model} with only this part's coefficients; statistics, tests and inference are shared. */
    public ModelResult of(ModelResult model) {
        if (this == ALL) {
            return model;
        }
        ModelResult view = new ModelResult(model.name());
        view.statistics().putAll(model.statistics());
        view.tests().addAll(model.tests());
        view.inference(model.inference());
        for (Coefficient c : model.coefficients()) {
            boolean lag = c.term().startsWith(LAG_PREFIX);
            if (this == MAIN && !lag) {
                view.addCoefficient(c);
            } else if (this == WX && lag) {
                view.addCoefficient(new Coefficient(c.term().substring(LAG_PREFIX.length()), c.estimate(), c.stdError(),
                        c.statistic(), c.pValue(), c.confLow(), c.confHigh()));
            }
        }
        return view;
    }
}
