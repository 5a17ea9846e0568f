package org.carbonlab.spatial.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;

/**
 * The {@code scatter_periods} option of {@code spatial.moran}: the periods that get a Moran scatter plot each.
 * {@code last} (the default) keeps the single chart of the last period; {@code all} or a comma-separated list of
 * periods asks for one chart per period. Every listed period must be one the analysis used for every variable, so a
 * chart is never silently missing.
 */
final class ScatterPeriods {
    /** Name of the parameter and of the statistic that hands the resolved list to the chart provider. */
    static final String NAME = "scatter_periods";

    private ScatterPeriods() {
    }

    /** True when the value asks for more than the default single chart of the last period. */
    static boolean explicit(String spec) {
        return spec != null && !spec.isBlank() && !"last".equalsIgnoreCase(spec.strip());
    }

    /**
     * The chosen periods in the order given, without repeats ({@code all}: every period analysed for some variable,
     * ascending); null for the default (the last period).
     *
     * @param observed for each variable the periods the analysis used, ascending
     */
    static long[] resolve(String spec, Map<String, long[]> observed) {
        if (!explicit(spec)) {
            return null;
        }
        if ("all".equalsIgnoreCase(spec.strip())) {
            return observed.values().stream().flatMapToLong(Arrays::stream).distinct().sorted().toArray();
        }
        Set<Long> chosen = new LinkedHashSet<>();
        for (String part : spec.split(",", -1)) {
            String s = part.strip();
            try {
                chosen.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new InputException("parameter " + NAME + ": '" + s + "' is not a period; give periods separated"
                        + " by commas (e.g. 2011,2015,2019), 'last' or 'all'");
            }
        }
        for (long t : chosen) {
            for (Map.Entry<String, long[]> v : observed.entrySet()) {
                if (Arrays.binarySearch(v.getValue(), t) < 0) {
                    throw new InputException("parameter " + NAME + ": period " + t + " is not among the periods"
                            + " analysed for '" + v.getKey() + "' (" + describe(v.getValue()) + ")");
                }
            }
        }
        return chosen.stream().mapToLong(Long::longValue).toArray();
    }

    /** The list as the statistic stores it: "2011,2015,2019". */
    static String format(long[] periods) {
        List<String> out = new ArrayList<>();
        for (long t : periods) {
            out.add(Long.toString(t));
        }
        return String.join(",", out);
    }

    private static String describe(long[] periods) {
        if (periods.length == 0) {
            return "none";
        }
        boolean consecutive = periods[periods.length - 1] - periods[0] == periods.length - 1;
        return consecutive && periods.length > 2 ? periods[0] + " to " + periods[periods.length - 1]
                : format(periods).replace(",", ", ");
    }
}
