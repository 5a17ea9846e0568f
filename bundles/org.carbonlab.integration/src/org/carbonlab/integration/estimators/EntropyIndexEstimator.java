package org.carbonlab.integration.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;

/**
 * {@code index.entropy}: a composite index of indicators weighted by the entropy weight method (or CRITIC, or
 * equally). Each indicator is min–max normalised (positive: (x − min)/(max − min); negative, listed in
 * {@code negative}: (max − x)/(max − min)), weighted as {@link org.carbonlab.integration.numerics.IndicatorWeights}
 * documents, and the score of each entity-period is Σⱼ wⱼ zⱼ (with {@code shift} and {@code shift_scores=true}:
 * Σⱼ wⱼ (zⱼ + shift)). Pooled over the panel or per period ({@code by_period}).
 *
 * <p>Outputs: {@code tables.scores} (entity, time, score; a study binds score as a variable) and
 * {@code tables.weights} (indicator, direction, entropy and divergence or the CRITIC terms, weight; with a time
 * column per period). For a cross-section (data without a time column) {@code tables.scores} has no time column.
 */
public class EntropyIndexEstimator implements Estimator {
    static final String INDICATORS = "indicators";

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.required(INDICATORS, ParameterType.COLUMN_LIST,
                "the indicator columns, comma-separated (at least one; each must vary)"));
        specs.add(IndexPlan.negative());
        specs.add(IndexPlan.weights(""));
        specs.addAll(IndexPlan.common());
        return new ParameterSchema(specs);
    }

    private static IndexPlan plan(EstimationContext context) {
        Parameters p = context.parameters();
        IndexPlan.Block block = new IndexPlan.Block("index", p.list(INDICATORS), p.string(IndexPlan.WEIGHTS));
        return new IndexPlan(context.data(), p, List.of(block), false);
    }

    @Override
    public List<String> validate(EstimationContext context) {
        return plan(context).problems;
    }

    @Override
    public Result estimate(EstimationContext context) {
        IndexPlan plan = plan(context);
        List<IndexPlan.BlockResult> results = plan.compute();
        PanelFrame data = context.data();
        double[] score = results.get(0).scores();
        Result result = new Result("index.entropy");
        ResultTable scores = new ResultTable(RowKeys.columns(data, "score"));
        for (int r : plan.rows) {
            List<Object> row = RowKeys.values(data, r);
            row.add(score[r]);
            scores.addRow(row.toArray());
        }
        result.table("scores", scores);
        result.table("weights", plan.weightTable(results));
        result.statistic("method", context.parameters().string(IndexPlan.WEIGHTS));
        result.statistic("n_indicators", plan.blocks.get(0).indicators().size());
        result.statistic("n_obs_used", plan.rows.length);
        result.statistic("n_groups", plan.groups.size());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int r : plan.rows) {
            min = Math.min(min, score[r]);
            max = Math.max(max, score[r]);
            sum += score[r];
        }
        result.statistic("score_mean", sum / plan.rows.length);
        result.statistic("score_min", min);
        result.statistic("score_max", max);
        plan.warnings.forEach(result::warn);
        return result;
    }
}
