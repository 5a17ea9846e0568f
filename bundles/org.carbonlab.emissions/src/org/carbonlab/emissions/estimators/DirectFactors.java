package org.carbonlab.emissions.estimators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carbonlab.emissions.factors.FuelFactor;
import org.carbonlab.emissions.numerics.Units;

/** Parses a CO2 factor given directly per physical unit: {@code 2.162 kg/m3}, {@code 21.62 t/10k m3}. */
final class DirectFactors {
    private static final Pattern FORM = Pattern.compile("\\s*([0-9.eE+-]+)\\s*(kg|t)\\s*(?:CO2)?\\s*/\\s*(.+?)\\s*");

    private DirectFactors() {
    }

    /**
     * The direct factor of {@code fuel}; its calorific value comes from {@code shipped} (the set's or table's
     * factor of the same fuel) when that is in a unit of the same kind, else it is unknown.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    static FuelFactor parse(String fuel, String text, FuelFactor shipped, String parameter) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected VALUE kg/UNIT or VALUE t/UNIT (e.g. 2.162 kg/m3), got '"
                    + text + "'");
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + m.group(1) + "' is not a number");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the factor must be positive, got " + m.group(1));
        }
        Units.Unit unit = Units.find(m.group(3));
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit '" + m.group(3) + "'; known units: "
                    + String.join(", ", Units.names()));
        }
        double tPerUnit = m.group(2).equals("kg") ? value / 1000.0 : value;
        double ncv = shipped != null && shipped.unit().dimension() == unit.dimension() && !Double.isNaN(shipped.ncv())
                ? unit.convert(1.0, shipped.unit()) * shipped.ncv()
                : Double.NaN;
        return FuelFactor.direct(fuel, unit, tPerUnit, ncv, fuel, parameter + " = " + text.strip());
    }
}
