package org.carbonlab.stats.numerics;

/**
 * Fills the missing values (NaN) of one series observed at ascending times, and says how each cell was filled.
 * <ul>
 * <li>{@link Interior#LINEAR}: a missing value between two observed ones lies on the straight line through them
 * (in time, so uneven spacing counts: Stata's {@code ipolate}); {@link Interior#CARRY_FORWARD}: it takes the last
 * observed value before it, and so do the cells after the last observation (zoo's {@code na.locf}; the end
 * rule then applies to the leading cells only); {@link Interior#NONE}: interior gaps stay missing. Gaps longer than {@code maxGap}
 * periods (in time units) are left missing.</li>
 * <li>Ends (before the first or after the last observation): {@link Ends#NONE} leaves them missing (the
 * default: no values outside the observed range); {@link Ends#LINEAR} extends the line through the two nearest
 * observations (Stata's {@code ipolate, epolate}); {@link Ends#LOGLINEAR} does so for log y, i.e. extends the
 * growth rate between them (both must be positive, else the cells stay missing and are counted);
 * {@link Ends#CARRY} repeats the nearest observation. With one observation only, the linear and log-linear ends
 * stay missing.</li>
 * </ul>
 */
public final class SeriesFill {
    /** How a cell got its value. */
    public enum How {
        OBSERVED, MISSING, INTERPOLATED, CARRIED_FORWARD, EXTRAPOLATED_LINEAR, EXTRAPOLATED_LOGLINEAR, CARRIED_TO_END;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rule for missing values between observations. */
    public enum Interior {
        LINEAR, CARRY_FORWARD, NONE
    }

    /** The rule for missing values before the first and after the last observation. */
    public enum Ends {
        NONE, LINEAR, LOGLINEAR, CARRY
    }

    private SeriesFill() {
    }

    /** The filled series and how each value came about. */
    public record Filled(double[] values, How[] how) {
    }

    /**
     * @param time   ascending times of the series
     * @param y      values, NaN for missing
     * @param maxGap the longest interior gap to fill, in time units between the observations around it
     *               ({@code Double.POSITIVE_INFINITY} for any)
     */
    public static Filled fill(double[] time, double[] y, Interior interior, Ends ends, double maxGap) {
        int n = y.length;
        double[] out = y.clone();
        How[] how = new How[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            how[i] = Double.isNaN(y[i]) ? How.MISSING : How.OBSERVED;
            if (!Double.isNaN(y[i])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new Filled(out, how);
        }
        int previous = first;
        for (int i = first + 1; i <= last; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            if (i > previous + 1 && interior != Interior.NONE && time[i] - time[previous] <= maxGap) {
                for (int k = previous + 1; k < i; k++) {
                    if (interior == Interior.LINEAR) {
                        double w = (time[k] - time[previous]) / (time[i] - time[previous]);
                        out[k] = y[previous] + w * (y[i] - y[previous]);
                        how[k] = How.INTERPOLATED;
                    } else {
                        out[k] = y[previous];
                        how[k] = How.CARRIED_FORWARD;
                    }
                }
            }
            previous = i;
        }
        int second = next(y, first);
        int beforeLast = previousObserved(y, last);
        for (int k = 0; k < first; k++) {
            end(time, y, out, how, k, first, second, ends);
        }
        for (int k = last + 1; k < n; k++) {
            if (interior == Interior.CARRY_FORWARD) { // as zoo's na.locf: the last observation goes on to the end
                out[k] = y[last];
                how[k] = How.CARRIED_FORWARD;
            } else {
                end(time, y, out, how, k, last, beforeLast, ends);
            }
        }
        return new Filled(out, how);
    }

    /** Extrapolates cell k from the nearest observation a and the one after it towards the inside, b. */
    private static void end(double[] time, double[] y, double[] out, How[] how, int k, int a, int b, Ends ends) {
        switch (ends) {
            case NONE -> {
                return;
            }
            case CARRY -> {
                out[k] = y[a];
                how[k] = How.CARRIED_TO_END;
            }
            case LINEAR -> {
                if (b < 0) {
                    return;
                }
                double slope = (y[b] - y[a]) / (time[b] - time[a]);
                out[k] = y[a] + slope * (time[k] - time[a]);
                how[k] = How.EXTRAPOLATED_LINEAR;
            }
            case LOGLINEAR -> {
                if (b < 0 || !(y[a] > 0) || !(y[b] > 0)) {
                    return;
                }
                double growth = (Math.log(y[b]) - Math.log(y[a])) / (time[b] - time[a]);
                out[k] = Math.exp(Math.log(y[a]) + growth * (time[k] - time[a]));
                how[k] = How.EXTRAPOLATED_LOGLINEAR;
            }
        }
    }

    private static int next(double[] y, int i) {
        for (int k = i + 1; k < y.length; k++) {
            if (!Double.isNaN(y[k])) {
                return k;
            }
        }
        return -1;
    }

    private static int previousObserved(double[] y, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!Double.isNaN(y[k])) {
                return k;
            }
        }
        return -1;
    }
}
