package org.carbonlab.core.chart;

import java.util.List;

import org.carbonlab.core.result.Result;

/**
 * Draws the results of one estimator: a chart is a function of a {@link Result}, nothing else (no data, no display),
 * so the batch report and the desktop show the same pictures. Contribute an implementation to the extension point
 * {@value ChartRegistry#EXTENSION_POINT} (schema {@code schema/charts.exsd}) naming the estimator it draws; it needs a
 * public no-argument constructor.
 */
public interface ChartProvider {
    /**
     * The charts of {@code result}, in the order a reader should see them; empty when the result lacks what the
     * charts need (e.g. a regression without a polynomial has no turning-point chart). Must be deterministic: the
     * same result gives equal charts.
     */
    List<Chart> charts(Result result);
}
