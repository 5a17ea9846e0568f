package org.carbonlab.emissions.factors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.emissions.numerics.Units;

/**
 * The factor sets shipped with the bundle and user factor tables.
 * <ul>
 * <li>{@code ipcc2006} (default): IPCC 2006 Guidelines Vol. 2 Ch. 1 Tables 1.2 (NCV) and 1.3 (carbon content),
 * oxidation 1; gases by volume with GB/T 2589 NCVs (file {@code ipcc2006.csv}).</li>
 * <li>{@code china}: GB/T 2589 NCVs with the carbon contents and oxidation rates of the NDRC provincial inventory
 * guidelines (file {@code china.csv}).</li>
 * </ul>
 * Each row of the shipped files names its source. Coal-equivalent coefficients (GB/T 2589) are in
 * {@code gbt2589_tce.csv}. The 17 fuels are those of China's energy balance: raw_coal, cleaned_coal,
 * other_washed_coal, briquettes, coke, coke_oven_gas, other_gas, other_coking_products, crude_oil, gasoline,
 * kerosene, diesel_oil, fuel_oil, lpg, refinery_gas, other_petroleum_products, natural_gas.
 */
public final class FactorLibrary {
    /** Shipped factor sets. */
    public static final List<String> SETS = List.of("ipcc2006", "china");

    /** Other names for fuels: {@code fuel.coal} uses raw_coal's factor, {@code fuel.diesel} diesel_oil's, ... */
    public static final Map<String, String> ALIASES = Map.of("coal", "raw_coal", "diesel", "diesel_oil", "gas",
            "natural_gas", "petrol", "gasoline", "lng", "natural_gas", "jet_kerosene", "kerosene", "washed_coal",
            "cleaned_coal", "crude", "crude_oil", "coke_gas", "coke_oven_gas");

    /** A user factor table's column of CO2 factors given directly (kg CO2 per unit), instead of the last three. */
    public static final String DIRECT_COLUMN = "co2_kg_per_unit";

    /** The user factor table's required columns (without {@link #DIRECT_COLUMN}). */
    public static final List<String> USER_COLUMNS = List.of("fuel", "unit", "ncv_gj_per_unit",
            "carbon_content_kgc_per_gj", "oxidation");

    /** A coal-equivalent coefficient: tce per {@code unit}. */
    public record TceCoefficient(String fuel, Units.Unit unit, double tcePerUnit, String source) {
    }

    private FactorLibrary() {
    }

    /** The canonical fuel name for a user's key ({@code coal} → {@code raw_coal}); unknown names are returned lower-cased. */
    public static String canonical(String fuel) {
        String f = fuel.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return ALIASES.getOrDefault(f, f);
    }

    /** A shipped set by name ({@link #SETS}), keyed by fuel in file order. */
    public static Map<String, FuelFactor> shipped(String set) {
        if (!SETS.contains(set)) {
            throw new InputException("unknown factor set '" + set + "'; shipped sets: " + String.join(", ", SETS));
        }
        Map<String, FuelFactor> out = new LinkedHashMap<>();
        for (String[] f : readShipped(set + ".csv", 7)) {
            Units.Unit u = Units.find(f[1]);
            out.put(f[0], new FuelFactor(f[0], u, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), f[5], f[6] + " [factor set " + set + "]"));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The GB/T 2589 coal-equivalent coefficients, keyed by fuel (and {@code electricity}). */
    public static Map<String, TceCoefficient> tceCoefficients() {
        Map<String, TceCoefficient> out = new LinkedHashMap<>();
        for (String[] f : readShipped("gbt2589_tce.csv", 4)) {
            out.put(f[0], new TceCoefficient(f[0], Units.find(f[1]), Double.parseDouble(f[2]), f[3]));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String[]> readShipped(String name, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = FactorLibrary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("factor file " + name + " is missing from the bundle");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", fields); // the last field (the source) may hold semicolons
                if (f.length != fields || Units.find(f[1]) == null) {
                    throw new IllegalStateException("bad line in shipped factor file " + name + ": " + line);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * A user factor table (CSV or XLSX) with the columns {@code fuel, unit, ncv_gj_per_unit,
     * carbon_content_kgc_per_gj, oxidation} and optionally {@code source}. Every problem (missing columns, unknown
     * units, non-numeric or out-of-range values, a fuel given twice) is reported at once.
     */
    public static Map<String, FuelFactor> read(Path file) {
        RawTable t = DataReader.read(file, null);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> col = new LinkedHashMap<>();
        int direct = t.columnIndex(DIRECT_COLUMN);
        for (String c : USER_COLUMNS) {
            int i = t.columnIndex(c);
            boolean optional = direct >= 0 && !c.equals("fuel") && !c.equals("unit");
            if (i < 0 && !optional) {
                problems.add("factor table " + t.origin() + " has no column '" + c + "'; it needs the columns "
                        + String.join(", ", USER_COLUMNS) + " (or fuel, unit, " + DIRECT_COLUMN + ") (it has " + String.join(", ", t.columnNames()) + ")");
            }
            col.put(c, i);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int src = t.columnIndex("source");
        Map<String, FuelFactor> out = new LinkedHashMap<>();
        for (int r = 0; r < t.rows(); r++) {
            String where = "factor table " + t.origin() + ", " + t.lineWord() + " " + t.line(r);
            String fuelText = t.cell(r, col.get("fuel"));
            if (fuelText == null) {
                problems.add(where + ": the fuel is missing");
                continue;
            }
            String fuel = canonical(fuelText);
            String unitText = t.cell(r, col.get("unit"));
            Units.Unit unit = Units.find(unitText);
            if (unit == null) {
                problems.add(where + ": unknown unit '" + unitText + "' for fuel '" + fuelText + "'; known units: "
                        + String.join(", ", Units.names()));
            }
            if (direct >= 0 && t.cell(r, direct) != null) {
                // CO2 given per unit; the NCV, when given, serves the energy in coal equivalent
                double kg = number(t, r, direct, where, problems, false);
                Integer nc = col.get("ncv_gj_per_unit");
                double ncv = nc >= 0 && t.cell(r, nc) != null ? number(t, r, nc, where, problems, false) : Double.NaN;
                if (out.containsKey(fuel)) {
                    problems.add(where + ": fuel '" + fuelText + "' is given twice");
                }
                String source = src >= 0 && t.cell(r, src) != null ? t.cell(r, src)
                        : "user factor table " + file.getFileName();
                if (unit != null) {
                    out.put(fuel, FuelFactor.direct(fuel, unit, kg / 1000.0, ncv, fuelText, source));
                }
                continue;
            }
            if (col.get("ncv_gj_per_unit") < 0 || col.get("carbon_content_kgc_per_gj") < 0 || col.get("oxidation") < 0) {
                problems.add(where + ": " + DIRECT_COLUMN + " is missing and the table has no columns "
                        + "ncv_gj_per_unit, carbon_content_kgc_per_gj, oxidation to compute the factor of '" + fuelText + "'");
                continue;
            }
            double ncv = number(t, r, col.get("ncv_gj_per_unit"), where, problems, false);
            double cc = number(t, r, col.get("carbon_content_kgc_per_gj"), where, problems, false);
            double ox = number(t, r, col.get("oxidation"), where, problems, true);
            if (out.containsKey(fuel)) {
                problems.add(where + ": fuel '" + fuelText + "' is given twice");
            }
            String source = src >= 0 && t.cell(r, src) != null ? t.cell(r, src) : "user factor table " + file.getFileName();
            if (unit != null) {
                out.put(fuel, new FuelFactor(fuel, unit, ncv, cc, ox, fuelText, source));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return Collections.unmodifiableMap(out);
    }

    private static double number(RawTable t, int r, int c, String where, List<String> problems, boolean fraction) {
        String name = t.columnNames().get(c);
        String text = t.cell(r, c);
        if (text == null || !Cells.isNumber(text)) {
            problems.add(where + ": " + name + " is " + (text == null ? "missing" : "'" + text + "', not a number"));
            return Double.NaN;
        }
        double v = Cells.parseNumber(text);
        if (!(v > 0) || (fraction && v > 1)) {
            problems.add(where + ": " + name + " = " + text + " is out of range (" + (fraction ? "0 < oxidation <= 1" : "must be positive") + ")");
        }
        return v;
    }
}
