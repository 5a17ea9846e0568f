package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carbonlab.core.formula.ModelFrame;
import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;
import org.carbonlab.panel.estimators.PolynomialTerms.Polynomial;
import org.carbonlab.panel.numerics.TurningPoints;

/**
 * Turning points and the Lind–Mehlum U test of a fitted model's polynomials ({@link PolynomialTerms}).
 * For each focal variable ({@code focal} selects them by any of their terms; default every one detected):
 * <ul>
 * <li>{@code tables.turning_points}: one row per turning point with columns {@code focal, turning_point, std_error,
 * conf_low, conf_high, inside_range, x_min, x_max, shape, degree, fieller_low, fieller_high}: the root(s) of the slope
 * (see {@link TurningPoints}), the delta-method standard error from the model's covariance (the one chosen by
 * {@code vcov}, covariances included), the {@code level} interval ± t(df)·se (normal for {@code panel.re}), whether it
 * lies in the observed range [x_min, x_max] of the focal variable over the estimation sample, {@code shape}
 * {@code inverse_u} (a maximum) or {@code u} (a minimum), and for a quadratic the Fieller interval (null when it is
 * unbounded). The turning point is in the units of the focal expression (for {@code log(x)} exponentiate it).</li>
 * <li>in {@code tests}: {@code lind_mehlum} (with several focal variables {@code lind_mehlum_<focal>}), the Lind–Mehlum
 * (2010) test of H0 monotone or the opposite shape against H1 inverse U (when the slope falls over the range; for the
 * quadratic b2 &lt; 0) or U, on [x_min, x_max]: statistic the smaller directional t of the slopes at the two bounds,
 * p-value from t(df) ({@code distribution} "t"; "normal" for {@code panel.re}); the members list the slopes, their
 * standard errors, t and one-sided p at both bounds, {@code extremum_inside} and the turning point(s).
 * For a cubic the same bound test is reported; it is the Lind–Mehlum condition applied to the cubic's slope.</li>
 * </ul>
 */
final class TurningPointReport {

    private TurningPointReport() {
    }

    /**
     * Adds the Lind–Mehlum test of every polynomial to {@code model} and returns the turning points as a table
     * (columns as documented on the class). Polynomials with a dropped term are skipped with a warning.
     */
    static ResultTable add(ModelResult model, ModelFrame mf, List<Polynomial> polynomials, double level,
            Consumer<String> warn) {
        ResultTable table = new ResultTable(List.of("focal", "turning_point", "std_error", "conf_low", "conf_high",
                "inside_range", "x_min", "x_max", "shape", "degree", "fieller_low", "fieller_high"));
        double df = model.inference().df(); // +Infinity for z statistics (random effects)
        double crit = Distributions.tCritical(level, df);
        List<String> vTerms = model.vcovTerms();
        double[][] vAll = model.vcov();
        for (Polynomial poly : polynomials) {
            int d = poly.degree();
            int[] idx = new int[d];
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < d; k++) {
                idx[k] = vTerms == null ? -1 : vTerms.indexOf(poly.terms().get(k));
                if (idx[k] < 0) {
                    missing.add(poly.terms().get(k));
                }
            }
            if (!missing.isEmpty()) {
                warn.accept("no turning point for " + poly.focal() + ": " + String.join(", ", missing)
                        + " could not be estimated (dropped)");
                continue;
            }
            double[] b = new double[d];
            double[][] v = new double[d][d];
            for (int a = 0; a < d; a++) {
                b[a] = model.coefficient(poly.terms().get(a)).map(Coefficient::estimate).orElse(Double.NaN);
                for (int c = 0; c < d; c++) {
                    v[a][c] = vAll[idx[a]][idx[c]];
                }
            }
            double[] x = mf.column(poly.focal());
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            for (double xi : x) {
                xMin = Math.min(xMin, xi);
                xMax = Math.max(xMax, xi);
            }
            TurningPoints.Point[] points = TurningPoints.turningPoints(b, v);
            double[] fieller = TurningPoints.fieller(b, v, crit);
            List<Double> values = new ArrayList<>();
            List<Double> ses = new ArrayList<>();
            boolean anyInside = false;
            for (TurningPoints.Point pt : points) {
                boolean inside = pt.value() >= xMin && pt.value() <= xMax;
                anyInside |= inside;
                values.add(pt.value());
                ses.add(pt.stdError());
                table.addRow(poly.focal(), pt.value(), pt.stdError(), pt.value() - crit * pt.stdError(),
                        pt.value() + crit * pt.stdError(), inside, xMin, xMax, pt.maximum() ? "inverse_u" : "u", d,
                        fieller == null ? null : fieller[0], fieller == null ? null : fieller[1]);
            }
            if (points.length == 0) {
                warn.accept("the estimated " + (d == 2 ? "quadratic" : "cubic") + " in " + poly.focal()
                        + " has no turning point (its slope never changes sign)");
            }
            TurningPoints.UTest u = TurningPoints.uTest(b, v, xMin, xMax, df);
            String name = polynomials.size() == 1 ? "lind_mehlum" : "lind_mehlum_" + poly.focal();
            String shape = u.inverseU() ? "inverse_u" : "u";
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("focal", poly.focal());
            extra.put("terms", poly.terms());
            extra.put("shape", shape);
            extra.put("null", "monotone or " + (u.inverseU() ? "U" : "inverse U") + " shape on [x_min, x_max]");
            extra.put("alternative", (u.inverseU() ? "inverse U" : "U") + " shape: the slope is "
                    + (u.inverseU() ? "positive at x_min and negative at x_max" : "negative at x_min and positive at x_max"));
            extra.put("x_min", xMin);
            extra.put("x_max", xMax);
            extra.put("slope_min", u.slopeLow());
            extra.put("slope_min_se", u.seLow());
            extra.put("slope_min_t", u.tLow());
            extra.put("slope_min_p", u.pLow());
            extra.put("slope_max", u.slopeHigh());
            extra.put("slope_max_se", u.seHigh());
            extra.put("slope_max_t", u.tHigh());
            extra.put("slope_max_p", u.pHigh());
            extra.put("extremum_inside", u.extremumInside());
            if (d == 2 && points.length == 1) {
                extra.put("turning_point", values.get(0));
                extra.put("turning_point_se", ses.get(0));
            } else {
                extra.put("turning_point", values);
                extra.put("turning_point_se", ses);
            }
            extra.put("turning_point_inside", anyInside);
            if (!u.extremumInside()) {
                extra.put("note", "the slopes at x_min and x_max have the same sign (the extremum lies outside the "
                        + "observed range): a trivial failure to reject H0");
            }
            boolean normal = Double.isInfinite(df);
            model.addTest(new TestResult(name, u.statistic(), normal ? new double[0] : new double[] {df}, u.pValue(),
                    normal ? "normal" : "t", extra));
        }
        return table;
    }
}
