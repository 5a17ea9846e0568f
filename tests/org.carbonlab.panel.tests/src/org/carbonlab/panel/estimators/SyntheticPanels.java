package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;

/** Seeded synthetic panels and small helpers for the mediation and moderation tests. */
final class SyntheticPanels {
    static final String[] COLUMNS = {"x", "w", "m", "m2", "y", "z", "ym", "flat", "xpart"};

    private SyntheticPanels() {
    }

    /**
     * g entities (ids 1..g) over t years (2001..): an entity effect α; treatment x; control w; mediators m and m2;
     * outcome y = 0.4x + 0.7m + 0.5m2 + 0.2w + 2α + e; moderator z (mean about 3) and the moderation outcome
     * ym = 1 + 0.5x + 0.2z + 0.3xz + 0.2w + α + e; flat = α (constant within entities); xpart = x in entities 1
     * and 2, constant elsewhere.
     */
    static PanelFrame mediation(int g, int t, long seed) {
        Random rnd = new Random(seed);
        int n = g * t;
        int[] ids = new int[n];
        int[] years = new int[n];
        Map<String, double[]> c = new LinkedHashMap<>();
        for (String name : COLUMNS) {
            c.put(name, new double[n]);
        }
        int r = 0;
        for (int i = 0; i < g; i++) {
            double alpha = rnd.nextGaussian();
            double xConst = rnd.nextGaussian();
            for (int s = 0; s < t; s++, r++) {
                ids[r] = i + 1;
                years[r] = 2001 + s;
                double x = 0.5 * alpha + rnd.nextGaussian() + 0.05 * s;
                double w = rnd.nextGaussian();
                double m = 0.6 * x + 0.3 * w + alpha + rnd.nextGaussian();
                double m2 = -0.4 * x + 0.5 * alpha + rnd.nextGaussian();
                double y = 0.4 * x + 0.7 * m + 0.5 * m2 + 0.2 * w + 2 * alpha + rnd.nextGaussian();
                double z = 3 + 0.5 * alpha + 0.8 * rnd.nextGaussian();
                double ym = 1 + 0.5 * x + 0.2 * z + 0.3 * x * z + 0.2 * w + alpha + rnd.nextGaussian();
                c.get("x")[r] = x;
                c.get("w")[r] = w;
                c.get("m")[r] = m;
                c.get("m2")[r] = m2;
                c.get("y")[r] = y;
                c.get("z")[r] = z;
                c.get("ym")[r] = ym;
                c.get("flat")[r] = alpha;
                c.get("xpart")[r] = i < 2 ? x : xConst;
            }
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn("id").timeColumn("year").entities(ids).times(years);
        c.forEach(b::column);
        return b.build();
    }

    /** The rows of {@code data} where {@code keep} is true, with the numeric columns {@code columns}. */
    static PanelFrame subset(PanelFrame data, boolean[] keep, String... columns) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < data.rows(); i++) {
            if (keep[i]) {
                rows.add(i);
            }
        }
        String[] ids = new String[rows.size()];
        long[] times = new long[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            ids[k] = data.entityLabel(rows.get(k));
            times[k] = data.time(rows.get(k));
        }
        PanelFrame.Builder b = PanelFrame.builder().entityColumn(data.entityColumn()).timeColumn(data.timeColumn())
                .entities(ids).times(times);
        for (String col : columns) {
            double[] all = data.numeric(col);
            double[] v = new double[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                v[k] = all[rows.get(k)];
            }
            b.column(col, v);
        }
        return b.build();
    }

    static Result fit(Estimator e, PanelFrame data, Map<String, String> params) {
        return e.estimate(EstimationContext.of(data, e.parameters().resolve(params)));
    }

    static Result fit(Estimator e, PanelFrame data, Map<String, String> params, long seed, ProgressMonitor monitor) {
        return e.estimate(new EstimationContext(data, e.parameters().resolve(params), monitor, seed));
    }

    static List<String> validate(Estimator e, PanelFrame data, Map<String, String> params) {
        return e.validate(EstimationContext.of(data, e.parameters().resolve(params)));
    }

    static Coefficient coef(ModelResult m, String term) {
        return m.coefficient(term).orElseThrow(() -> new AssertionError("no coefficient " + term + " in "
                + m.coefficients()));
    }

    /** Parameters from alternating names and values. */
    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
