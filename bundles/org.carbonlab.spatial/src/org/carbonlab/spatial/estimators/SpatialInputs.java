package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;

/**
 * What the spatial estimators share: the parameters that prepare W ({@code standardise}, {@code islands}), the
 * prepared W, and a variable's values for one period in W's (= the data's entity) order.
 */
final class SpatialInputs {
    static final String STANDARDISE = "standardise";
    static final String ISLANDS = "islands";

    private SpatialInputs() {
    }

    static List<ParameterSpec> weightSpecs() {
        return List.of(
                ParameterSpec.choice(STANDARDISE, "auto", List.of("auto", "row", "none"),
                        "auto: a binary (0/1) matrix is row-standardised, any other is used as given; row: always"
                                + " row-standardise; none: use the weights as given"),
                ParameterSpec.choice(ISLANDS, "error", List.of("error", "keep"),
                        "units without neighbours: error (names them) or keep them as zero rows (spdep's"
                                + " zero.policy=TRUE)"));
    }

    /** W from the context, standardised as asked, with islands checked. */
    static SpatialWeights prepare(SpatialWeights w, Parameters p) {
        String s = p.string(STANDARDISE);
        boolean binary = true;
        for (int k = 0; k < w.links() && binary; k++) {
            binary = w.valueAt(k) == 1.0;
        }
        SpatialWeights out = switch (s) {
            case "row" -> w.standardised(Standardisation.ROW);
            case "none" -> w;
            default -> binary && w.links() > 0 ? w.standardised(Standardisation.ROW) : w;
        };
        if (out.links() == 0) {
            throw new InputException("the spatial weight matrix " + w.source() + " has no links");
        }
        List<String> islands = out.isolateIds();
        if (!islands.isEmpty() && "error".equals(p.string(ISLANDS))) {
            throw new InputException("the spatial weight matrix " + w.source() + " has " + islands.size()
                    + " unit(s) without neighbours: " + quoted(islands) + "; link them in W, or give islands=keep"
                    + " to keep them as zero rows (spdep's zero.policy=TRUE)");
        }
        return out;
    }

    /**
     * The periods within {@code range} (FROM:TO or one period, inclusive), in order; all of them when range is null.
     * An input error when the range is malformed or holds none of the data's periods.
     */
    static long[] periodsIn(long[] periods, String range) {
        if (range == null) {
            return periods;
        }
        String[] parts = range.strip().split(":", -1);
        long from;
        long to;
        try {
            from = Long.parseLong(parts[0].strip());
            to = parts.length == 2 ? Long.parseLong(parts[1].strip()) : from;
        } catch (NumberFormatException e) {
            parts = null;
            from = 1;
            to = 0;
        }
        if (parts == null || parts.length > 2 || from > to) {
            throw new InputException("parameter periods: '" + range + "' is not a range FROM:TO of periods (e.g."
                    + " 2004:2019)");
        }
        long lo = from;
        long hi = to;
        long[] in = java.util.Arrays.stream(periods).filter(t -> t >= lo && t <= hi).toArray();
        if (in.length == 0) {
            throw new InputException("parameter periods: the data have no period in " + range + " (they run from "
                    + periods[0] + " to " + periods[periods.length - 1] + ")");
        }
        return in;
    }

    /** True when the column is missing (or not finite) for every entity in the period: a period not observed. */
    static boolean missingInPeriod(PanelFrame f, double[] column, long period) {
        for (int i = 0; i < f.nEntities(); i++) {
            int row = f.hasTime() ? f.rowOf(i, period) : f.firstRow(i);
            if (row >= 0 && Double.isFinite(column[row])) {
                return false;
            }
        }
        return true;
    }

    /** The column's value for every entity in period {@code period} (a cross-section: its only row per entity). */
    static double[] periodValues(PanelFrame f, double[] column, String name, long period) {
        int n = f.nEntities();
        double[] out = new double[n];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row = f.hasTime() ? f.rowOf(i, period) : f.firstRow(i);
            if (row < 0) {
                problems.add("entity '" + f.entityLabels().get(i) + "' has no row in period " + period
                        + ": spatial statistics need every unit of W in every period (a balanced panel)");
            } else if (!Double.isFinite(column[row])) {
                problems.add("column '" + name + "' is missing or not finite for entity '"
                        + f.entityLabels().get(i) + "'" + (f.hasTime() ? " in period " + period : ""));
            } else {
                out[i] = column[row];
            }
            if (problems.size() >= 20) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** I_T ⊗ W: T diagonal copies of W over units "entity@period", period-major (period t, then entity i). */
    static SpatialWeights blockDiagonal(SpatialWeights w, long[] periods) {
        int n = w.n();
        List<String> ids = new ArrayList<>(n * periods.length);
        for (long t : periods) {
            for (String e : w.entities()) {
                ids.add(e + "@" + t);
            }
        }
        SpatialWeights.Builder b = SpatialWeights.builder(ids, w.source() + " (I_T x W)", w.format())
                .standardisation(w.standardisation());
        for (int t = 0; t < periods.length; t++) {
            for (int i = 0; i < n; i++) {
                for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                    b.link(t * n + i, t * n + w.columnAt(k), w.valueAt(k));
                }
            }
        }
        return b.build();
    }

    static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), 20); i++) {
            sb.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > 20) {
            sb.append(" ... and ").append(names.size() - 20).append(" more");
        }
        return sb.toString();
    }
}
