package org.carbonlab.emissions.estimators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.RowKeys;
import org.carbonlab.emissions.numerics.CarbonBalance;
import org.carbonlab.emissions.numerics.SectorShares;
import org.carbonlab.emissions.numerics.Units;

/**
 * {@code emissions.downscale}: regional aggregates (e.g. a province's industrial CO2) split into sector groups by the
 * national sector shares of industrial final energy of the same year ({@link SectorShares}),
 * <pre>
 *   x_{r,t,g} = x_{r,t} × Σ_{s ∈ g} E_{s,t} / Σ_{s} E_{s,t}
 * </pre>
 * with E from a table {@code shares=FILE} (columns year or time, sector, and the value column {@code share_value}).
 * A group may deduct the carbon kept in its product by a carbon balance ({@link CarbonBalance}): with
 * {@code stored.<group>=column[:unit]} (product output, e.g. crude steel in 10 kt) and
 * {@code stored_carbon.<group>=fraction}, the group's net value is x − m × c × 44/12 (in {@code unit}).
 * Output tables.downscaled (entity, time, {@code <variable>_<group>} and for a deducting group
 * {@code <variable>_<group>_stored} and {@code <variable>_<group>_net}) and tables.shares (time, group, share).
 */
public class SectorDownscalingEstimator implements Estimator {
    static final String VARIABLES = "variables";
    static final String SHARES = "shares";
    static final String SHARE_VALUE = "share_value";
    static final String GROUP = "group";
    static final String DENOMINATOR = "denominator";
    static final String STORED = "stored";
    static final String STORED_CARBON = "stored_carbon";
    static final String UNIT = "unit";

    private static final int MAX_LISTED = 10;

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(VARIABLES, ParameterType.LIST,
                        "regional aggregates to split (columns), e.g. co2_industry; output <variable>_<group>"),
                ParameterSpec.required(SHARES, ParameterType.STRING,
                        "table FILE (CSV/XLSX) of national final energy by sector and year: columns year (or time), "
                                + "sector and the value column share_value"),
                ParameterSpec.optional(SHARE_VALUE, ParameterType.STRING, "energy",
                        "the column of the shares table holding each sector's final energy (any unit)"),
                ParameterSpec.prefix(GROUP, ParameterType.STRING, true,
                        "group.<name>=sector1,sector2,...: the sectors of a group (';'-separated when names contain "
                                + "commas), e.g. group.steel=Smelting and Pressing of Ferrous Metals"),
                ParameterSpec.choice(DENOMINATOR, "all", List.of("all", "groups"),
                        "share denominator: all sectors of the table in that year (industrial final energy), or the "
                                + "grouped sectors only"),
                ParameterSpec.prefix(STORED, ParameterType.STRING, false,
                        "stored.<group>=column[:unit]: product output of the group whose carbon stays in the product "
                                + "(carbon balance; e.g. stored.steel=crude_steel_10kt:10kt), deducted from its share"),
                ParameterSpec.prefix(STORED_CARBON, ParameterType.STRING, false,
                        "stored_carbon.<group>=fraction: carbon mass fraction of that product (e.g. 0.002 for crude steel)"),
                ParameterSpec.choice(UNIT, "t", List.of("t", "kt", "10kt", "Mt"),
                        "unit of the variables (t CO2 ...), for the carbon-balance deduction"));
    }

    /** What validation found: groups, shares per year and group, and the deductions. */
    private record Plan(List<String> variables, List<String> groups, Map<Long, double[]> shares,
            Map<String, Deduction> deductions) {
    }

    /** A carbon-balance deduction: product column, its unit and the carbon fraction. */
    private record Deduction(String column, Units.Unit unit, double carbonFraction) {
    }

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        plan(context, problems);
        return problems;
    }

    private Plan plan(EstimationContext context, List<String> problems) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        if (!data.hasTime()) {
            problems.add("emissions.downscale uses the shares of each year, but " + data.origin()
                    + " is a cross-section (no time column); name the time column");
            return null;
        }
        List<String> variables = new ArrayList<>();
        for (String v : p.list(VARIABLES)) {
            if (!data.hasColumn(v.strip())) {
                problems.add("variables: column '" + v.strip() + "' not found in " + data.origin() + "; available columns: "
                        + String.join(", ", data.columnNames()));
            } else {
                variables.add(v.strip());
            }
        }
        problems.addAll(data.checkNumeric(variables));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : p.prefixed(GROUP).entrySet()) {
            String text = e.getValue().toString();
            String sep = text.contains(";") ? ";" : ",";
            List<String> members = new ArrayList<>();
            for (String m : text.split(sep)) {
                if (!m.isBlank()) {
                    members.add(m.strip());
                    String prev = owner.put(m.strip(), e.getKey());
                    if (prev != null && !prev.equals(e.getKey())) {
                        problems.add("sector '" + m.strip() + "' is in two groups: " + prev + " and " + e.getKey());
                    }
                }
            }
            if (members.isEmpty()) {
                problems.add("group." + e.getKey() + " names no sector");
            }
            groups.put(e.getKey(), members);
        }
        Map<String, Deduction> deductions = deductions(p, data, groups.keySet(), variables.size(), problems);
        Map<Long, double[]> shares = shares(p, data, groups, owner, problems);
        return problems.isEmpty() ? new Plan(variables, new ArrayList<>(groups.keySet()), shares, deductions) : null;
    }

    private static Map<String, Deduction> deductions(Parameters p, PanelFrame data, Set<String> groups, int nVariables,
            List<String> problems) {
        Map<String, Deduction> out = new LinkedHashMap<>();
        Map<String, Object> stored = p.prefixed(STORED);
        Map<String, Object> carbon = p.prefixed(STORED_CARBON);
        if (!stored.isEmpty() && nVariables > 1) {
            problems.add("stored.<group> deducts product carbon from one emission variable, but variables names "
                    + nVariables + "; downscale the CO2 column alone");
        }
        for (String g : carbon.keySet()) {
            if (!stored.containsKey(g)) {
                problems.add("stored_carbon." + g + " is given but stored." + g + " (the product column) is not");
            }
        }
        for (Map.Entry<String, Object> e : stored.entrySet()) {
            String g = e.getKey();
            if (!groups.contains(g)) {
                problems.add("stored." + g + ": there is no group." + g + "; groups: " + String.join(", ", groups));
            }
            String col = e.getValue().toString().strip();
            Units.Unit unit = Units.find("t");
            int colon = col.lastIndexOf(':');
            if (colon >= 0) {
                unit = Units.find(col.substring(colon + 1).strip());
                if (unit == null || unit.dimension() != Units.Dimension.MASS) {
                    problems.add("stored." + g + ": '" + col.substring(colon + 1).strip()
                            + "' is not a mass unit (t, kt, 10kt, Mt ...)");
                }
                col = col.substring(0, colon).strip();
            } else if (Units.fromColumnName(col) != null && Units.fromColumnName(col).dimension() == Units.Dimension.MASS) {
                unit = Units.fromColumnName(col);
            }
            if (!data.hasColumn(col)) {
                problems.add("stored." + g + ": column '" + col + "' not found in " + data.origin() + "; available columns: "
                        + String.join(", ", data.columnNames()));
                continue;
            }
            problems.addAll(data.checkNumeric(List.of(col)));
            Object c = carbon.get(g);
            if (c == null) {
                problems.add("stored." + g + " needs stored_carbon." + g + "=FRACTION, the carbon mass fraction of the product");
                continue;
            }
            String text = c.toString().strip();
            double f = Cells.isNumber(text) ? Cells.parseNumber(text) : Double.NaN;
            if (!(f >= 0 && f <= 1)) {
                problems.add("stored_carbon." + g + " = '" + text + "' must be a fraction between 0 and 1");
                continue;
            }
            if (unit != null && unit.dimension() == Units.Dimension.MASS) {
                out.put(g, new Deduction(col, unit, f));
            }
        }
        return out;
    }

    /** Reads the shares table and computes each year's group shares; null entries where a year cannot be computed. */
    private static Map<Long, double[]> shares(Parameters p, PanelFrame data, Map<String, List<String>> groups,
            Map<String, String> owner, List<String> problems) {
        String name = p.string(SHARES);
        Path file = InputFiles.find(name, data);
        if (file == null) {
            problems.add("shares table '" + name + "' not found (looked in the working directory and next to the data file)");
            return Map.of();
        }
        RawTable table;
        try {
            table = DataReader.read(file, null);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return Map.of();
        }
        int cy = table.columnIndex("year") >= 0 ? table.columnIndex("year") : table.columnIndex("time");
        int cs = table.columnIndex("sector");
        int cv = table.columnIndex(p.string(SHARE_VALUE));
        if (cy < 0 || cs < 0 || cv < 0) {
            problems.add("shares table " + table.origin() + " needs the columns year (or time), sector and "
                    + p.string(SHARE_VALUE) + " (share_value); it has " + String.join(", ", table.columnNames()));
            return Map.of();
        }
        Map<Long, Map<String, Double>> byYear = new TreeMap<>();
        Set<String> sectors = new LinkedHashSet<>();
        int before = problems.size();
        for (int r = 0; r < table.rows(); r++) {
            String where = table.origin() + ", " + table.lineWord() + " " + table.line(r);
            Long year = table.cell(r, cy) == null ? null : Cells.parseWholeNumber(table.cell(r, cy));
            String sector = table.cell(r, cs) == null ? null : table.cell(r, cs).strip();
            String v = table.cell(r, cv);
            if (year == null || sector == null || sector.isEmpty()) {
                problems.add(where + ": a year and a sector are needed");
                continue;
            }
            if (v == null || !Cells.isNumber(v) || !(Cells.parseNumber(v) >= 0)) {
                problems.add(where + ": " + p.string(SHARE_VALUE) + " '" + v + "' of sector " + sector + " in " + year
                        + " is not a non-negative number");
                continue;
            }
            sectors.add(sector);
            if (byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(sector, Cells.parseNumber(v)) != null) {
                problems.add(where + ": sector " + sector + " appears twice in " + year);
            }
        }
        for (Map.Entry<String, String> e : owner.entrySet()) {
            if (!sectors.contains(e.getKey()) && problems.size() == before) {
                problems.add("group." + e.getValue() + ": sector '" + e.getKey() + "' is not in the shares table "
                        + table.origin() + "; its sectors: " + String.join(", ", sectors));
            }
        }
        if (problems.size() > before) {
            return Map.of();
        }
        List<String> groupNames = new ArrayList<>(groups.keySet());
        boolean groupsOnly = "groups".equals(p.string(DENOMINATOR));
        Map<Long, double[]> out = new TreeMap<>();
        Set<Long> needed = new LinkedHashSet<>();
        for (long t : data.periods()) {
            needed.add(t);
        }
        for (long year : needed) {
            Map<String, Double> m = byYear.get(year);
            if (m == null) {
                problems.add("shares table " + table.origin() + " has no rows for " + data.timeColumn() + " " + year
                        + " of the data; its years: " + byYear.keySet());
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String s : sectors) {
                if (!m.containsKey(s) && owner.containsKey(s)) {
                    missing.add(s);
                }
            }
            if (!missing.isEmpty()) {
                problems.add("shares table " + table.origin() + " has no value in " + year + " for sector(s) "
                        + String.join(", ", missing));
                continue;
            }
            double[] energy = new double[m.size()];
            int[] groupOf = new int[m.size()];
            boolean[] inDen = new boolean[m.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : m.entrySet()) {
                energy[k] = e.getValue();
                String g = owner.get(e.getKey());
                groupOf[k] = g == null ? -1 : groupNames.indexOf(g);
                inDen[k] = !groupsOnly || g != null;
                k++;
            }
            try {
                out.put(year, SectorShares.shares(energy, groupOf, inDen, groupNames.size()));
            } catch (IllegalArgumentException ex) {
                problems.add("shares table " + table.origin() + ", " + year + ": " + ex.getMessage());
            }
        }
        return out;
    }

    @Override
    public Result estimate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Plan plan = plan(context, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        PanelFrame data = context.data();
        double perTonne = switch (context.parameters().string(UNIT)) {
            case "kt" -> 1e-3;
            case "10kt" -> 1e-4;
            case "Mt" -> 1e-6;
            default -> 1.0;
        };
        Result result = new Result("emissions.downscale");
        List<String> columns = RowKeys.columns(data);
        for (String v : plan.variables) {
            for (String g : plan.groups) {
                columns.add(v + "_" + g);
                if (plan.deductions.containsKey(g)) {
                    columns.add(v + "_" + g + "_stored");
                    columns.add(v + "_" + g + "_net");
                }
            }
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String v : plan.variables) {
            values.put(v, data.numeric(v));
        }
        Map<String, double[]> products = new LinkedHashMap<>();
        for (Map.Entry<String, Deduction> e : plan.deductions.entrySet()) {
            products.put(e.getKey(), data.numeric(e.getValue().column()));
        }
        ResultTable table = new ResultTable(columns);
        List<String> negative = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            double[] share = plan.shares.get(data.time(r));
            List<Object> row = RowKeys.values(data, r);
            for (String v : plan.variables) {
                double x = values.get(v)[r];
                for (int g = 0; g < plan.groups.size(); g++) {
                    double part = x * share[g];
                    row.add(Double.isNaN(part) ? null : part);
                    Deduction d = plan.deductions.get(plan.groups.get(g));
                    if (d != null) {
                        double tonnes = products.get(plan.groups.get(g))[r] * d.unit().toBase();
                        double stored = CarbonBalance.storedCo2(tonnes, d.carbonFraction()) * perTonne;
                        double net = part - stored;
                        row.add(Double.isNaN(stored) ? null : stored);
                        row.add(Double.isNaN(net) ? null : net);
                        if (net < 0) {
                            negative.add(data.entityLabel(r) + " " + data.time(r));
                        }
                    }
                }
            }
            table.addRow(row.toArray());
        }
        if (!negative.isEmpty()) {
            result.warn("the carbon kept in products exceeds the downscaled emissions (negative net) for " + negative.size()
                    + " rows: " + String.join(", ", negative.subList(0, Math.min(MAX_LISTED, negative.size())))
                    + (negative.size() > MAX_LISTED ? ", ..." : "") + "; check the product unit and carbon fraction");
        }
        ResultTable shares = new ResultTable(List.of("time", "group", "share"));
        for (Map.Entry<Long, double[]> e : plan.shares.entrySet()) {
            for (int g = 0; g < plan.groups.size(); g++) {
                shares.addRow(e.getKey(), plan.groups.get(g), e.getValue()[g]);
            }
        }
        result.table("downscaled", table);
        result.table("shares", shares);
        result.statistic("denominator", context.parameters().string(DENOMINATOR));
        return result;
    }
}
