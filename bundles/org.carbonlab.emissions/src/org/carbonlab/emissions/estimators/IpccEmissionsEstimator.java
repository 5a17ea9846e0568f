package org.carbonlab.emissions.estimators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.carbonlab.emissions.factors.FactorLibrary;
import org.carbonlab.emissions.factors.FuelFactor;
import org.carbonlab.emissions.numerics.Combustion;
import org.carbonlab.emissions.numerics.Electricity;
import org.carbonlab.emissions.numerics.EmissionTotals;
import org.carbonlab.emissions.numerics.HeatSupply;
import org.carbonlab.emissions.numerics.Units;

/**
 * {@code emissions.ipcc}: CO2 from fuel use by the IPCC 2006 emission-factor method,
 * <pre>
 *   CO2_k = E_k × NCV_k × CC_k × O_k × 44/12,     CO2_total = Σ_k CO2_k (fuels in the total)
 * </pre>
 * per row of the panel. Fuel columns are mapped with {@code fuel.<fuel>=column[:unit]} (e.g.
 * {@code fuel.coal=coal_10kt:10kt}, {@code fuel.natural_gas=natural_gas_100m_m3:100m m3}); without {@code :unit} the
 * unit is read from the end of the column name ({@code _10kt}, {@code _100m_m3}, {@code _tj}, {@code _tce}, ...). The
 * fuel name selects the factor (aliases such as {@code coal} = raw_coal, {@code diesel} = diesel_oil; see
 * {@link FactorLibrary}) and names the output {@code co2_<fuel>}.
 *
 * <p>Factors come from the shipped set {@code factor_set} ({@code ipcc2006} or {@code china}), overridden fuel by fuel
 * by a user table {@code factors=FILE.csv}. Electricity: {@code electricity=column[:unit]} times {@code grid_factor}
 * (t CO2/MWh = kg CO2/kWh) given as a number, a column, or a table FILE.csv with a factor column and region (or
 * entity) and/or year (or time) columns; the result is {@code co2_electricity}, in the total only with
 * {@code electricity_in_total=true} (indirect emissions; adding them to a province's direct emissions counts the coal
 * of its own power plants twice). Energy in coal equivalent ({@code energy_tce}) uses the GB/T 2589 coefficients.
 *
 * <p>Double counting: China's energy balance lists transformation inputs (crude oil into refineries, raw coal into
 * coke ovens and washing plants) as consumption, and their products (gasoline, diesel, coke ...) too. A total that
 * includes crude oil and oil products, or raw coal and coal products, counts carbon twice; the estimator warns, and
 * {@code total_excludes=crude_oil} keeps a fuel's CO2 as a column but out of the total.
 *
 * <p>Sector × fuel data: with {@code group.<name>=sector1,sector2} the rows' sectors (column {@code sector}, or the
 * entity itself) are summed into named groups per {@code region} column value (or over all rows) and period in
 * {@code tables.groups} with the columns entity (the region), time and co2_<group>.
 *
 * <p>A cross-section (data without a time column) gives the same tables without their time column; a grid factor
 * table by year needs periods and is then an input error.
 *
 * <p>This class binds names, checks input and builds the result tables; the arithmetic is in
 * {@link EmissionTotals}, {@link Combustion} and {@link Electricity}. The factor and grid tables are read once per
 * run: {@link #validate} builds the plan (with their contents) and {@link #estimate} reuses it for the same context.
 */
public class IpccEmissionsEstimator implements Estimator {
    static final String FUEL = "fuel";
    static final String FACTOR_SET = "factor_set";
    static final String FACTORS = "factors";
    static final String CO2_FACTOR = "co2_factor";
    static final String OUTPUT_UNIT = "output_unit";
    static final String TOTAL_EXCLUDES = "total_excludes";
    static final String MISSING = "missing";
    static final String ELECTRICITY = "electricity";
    static final String GRID_FACTOR = "grid_factor";
    static final String ELECTRICITY_IN_TOTAL = "electricity_in_total";
    static final String ENERGY_UNIT = "energy_unit";
    static final String ELECTRICITY_TCE = "electricity_tce";
    static final String SECTOR = "sector";
    static final String REGION = "region";
    static final String GROUP = "group";
    static final String GRID_REGION = "grid_region";
    static final String HEAT = "heat";
    static final String HEAT_EFFICIENCY = "heat_efficiency";
    static final String HEAT_FUEL = "heat_fuel";
    static final String HEAT_IN_TOTAL = "heat_in_total";

    private static final int MAX_LISTED = 10;
    private static final Set<String> OIL_PRODUCTS = Set.of("gasoline", "kerosene", "diesel_oil", "fuel_oil", "lpg",
            "refinery_gas", "other_petroleum_products");
    private static final Set<String> COAL_PRODUCTS = Set.of("cleaned_coal", "other_washed_coal", "briquettes", "coke",
            "coke_oven_gas", "other_gas", "other_coking_products");

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> s = new ArrayList<>();
        s.add(ParameterSpec.prefix(FUEL, ParameterType.STRING, false,
                "fuel.<fuel>=column[:unit]: a fuel-consumption column and its unit (t, kt, 10kt, Mt, m3, 1000 m3, 10k m3, "
                        + "100m m3, GJ, TJ, tce, 10ktce ...; default read from the column name's ending such as _10kt or "
                        + "_100m_m3), e.g. fuel.coal=coal_10kt, fuel.natural_gas=natural_gas_100m_m3:100m m3; output co2_<fuel>"));
        s.add(ParameterSpec.choice(FACTOR_SET, "ipcc2006", FactorLibrary.SETS,
                "shipped factors: ipcc2006 (IPCC 2006 Vol. 2 Ch. 1 Tables 1.2-1.3, oxidation 1) or china (GB/T 2589 NCVs, "
                        + "NDRC provincial-guideline carbon contents and oxidation rates)"));
        s.add(ParameterSpec.optional(FACTORS, ParameterType.STRING, null,
                "user factor table (CSV/XLSX) with columns fuel, unit, ncv_gj_per_unit, carbon_content_kgc_per_gj, "
                        + "oxidation [, source], or per fuel a direct factor in co2_kg_per_unit (ncv_gj_per_unit optional); its "
                        + "fuels override the shipped set"));
        s.add(ParameterSpec.prefix(CO2_FACTOR, ParameterType.STRING, false,
                "co2_factor.<fuel>=VALUE kg/UNIT or VALUE t/UNIT: the fuel's CO2 factor given directly per physical unit "
                        + "(e.g. co2_factor.natural_gas=2.162 kg/m3, co2_factor.lpg=3.101 kg/kg, co2_factor.heat=0.11 "
                        + "t/GJ); overrides the factor set and table for that fuel; energy in coal equivalent uses the "
                        + "shipped calorific value of the fuel"));
        s.add(ParameterSpec.choice(OUTPUT_UNIT, "t", List.of("t", "kt", "Mt"), "unit of the CO2 outputs (tonnes CO2)"));
        s.add(ParameterSpec.optional(TOTAL_EXCLUDES, ParameterType.LIST, null,
                "fuels whose CO2 is reported but left out of co2_total and energy_tce (e.g. crude_oil, a refinery input whose products are listed too)"));
        s.add(ParameterSpec.choice(MISSING, "propagate", List.of("propagate", "zero"),
                "a missing consumption value: propagate (co2_<fuel> and co2_total missing for that row) or zero"));
        s.add(ParameterSpec.optional(ELECTRICITY, ParameterType.STRING, null,
                "electricity-consumption column[:unit] (kWh, MWh, GWh, 100m kWh ...): indirect emissions co2_electricity"));
        s.add(ParameterSpec.optional(GRID_FACTOR, ParameterType.STRING, null,
                "grid emission factor in t CO2/MWh (= kg CO2/kWh): a number, a column, or a table FILE.csv with a column "
                        + "factor and region (or entity) and/or year (or time) columns"));
        s.add(ParameterSpec.optional(GRID_REGION, ParameterType.COLUMN, null,
                "column naming each row's power grid (e.g. North China, East China): the grid factor table's region "
                        + "column is matched against it instead of the entity (regional grid emission factors)"));
        s.add(new ParameterSpec(ELECTRICITY_IN_TOTAL, ParameterType.BOOLEAN, "false", false, List.of(), null, null,
                "add co2_electricity to co2_total (city or sector footprints; not with provincial fuel data, whose "
                        + "power-plant coal is already counted)"));
        s.add(ParameterSpec.optional(HEAT, ParameterType.STRING, null,
                "heat-consumption column[:unit] (GJ, TJ, 10^10 kJ ...): heat converted to the fuel that supplies it "
                        + "(heat_fuel, default raw coal) through the thermal efficiency heat_efficiency; output co2_heat"));
        s.add(ParameterSpec.number(HEAT_EFFICIENCY, 0.7, 0.01, 1.0,
                "thermal efficiency of heat supply: GJ of heat delivered per GJ of fuel (CO2_heat = heat x "
                        + "CO2-per-GJ of heat_fuel / efficiency)"));
        s.add(ParameterSpec.optional(HEAT_FUEL, ParameterType.STRING, "raw_coal",
                "the fuel whose factor converts heat (any fuel of the factor set or table; default raw_coal)"));
        s.add(new ParameterSpec(HEAT_IN_TOTAL, ParameterType.BOOLEAN, "true", false, List.of(), null, null,
                "add co2_heat to co2_total (default; set false when the fuel columns include the coal burnt in the "
                        + "province's own heating plants)"));
        s.add(ParameterSpec.choice(ENERGY_UNIT, "tce", List.of("tce", "10ktce", "Mtce"),
                "unit of energy_tce, the energy in coal equivalent (GB/T 2589 coefficients) of the fuels counted in co2_total plus electricity if given"));
        s.add(ParameterSpec.number(ELECTRICITY_TCE, 0.1229, 0.0, 1.0,
                "kgce per kWh of electricity in energy_tce: 0.1229 = calorific equivalent (GB/T 2589); the coal-"
                        + "equivalent method uses the year's coal consumption of power supply (about 0.3)"));
        s.add(ParameterSpec.optional(SECTOR, ParameterType.COLUMN, null,
                "column holding each row's sector, for sector groups (default: the entity is the sector)"));
        s.add(ParameterSpec.optional(REGION, ParameterType.COLUMN, null,
                "column holding each row's region; sector groups are summed per region and period (default: over all rows)"));
        s.add(ParameterSpec.prefix(GROUP, ParameterType.STRING, false,
                "group.<name>=sector1,sector2,...: a named group of sectors (separate with ';' when names contain commas), "
                        + "e.g. group.iron_steel=Smelting and Pressing of Ferrous Metals; output tables.groups"));
        return new ParameterSchema(s);
    }

    /** One mapped fuel. */
    record FuelInput(String key, String fuel, String column, Units.Unit unit, FuelFactor factor, double co2PerInputUnit,
            double tcePerInputUnit, String tceSource, boolean inTotal) {
    }

    /** The grid factor of each row in t CO2 per MWh (NaN where a table has none), and where it came from. */
    record Grid(double[] perRow, String description) {
    }

    record ElectricityInput(String column, Units.Unit unit, Grid grid) {
    }

    /** Heat and the fuel that supplies it: t CO2 and tce (calorific) per input unit of heat. */
    record HeatInput(String column, Units.Unit unit, FuelFactor fuel, double efficiency, double co2PerInputUnit,
            double tcePerInputUnit) {
    }

    record Plan(List<FuelInput> fuels, ElectricityInput electricity, HeatInput heat, Map<String, List<String>> groups,
            List<String> warnings) {
    }

    /** The plan that {@link #validate} built for a context, so that {@link #estimate} does not read the files again. */
    private record Validated(EstimationContext context, Plan plan, List<String> problems) {
    }

    private volatile Validated validated;

    @Override
    public List<String> validate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Plan plan = plan(context, problems);
        validated = new Validated(context, plan, List.copyOf(problems));
        return problems;
    }

    /** The plan {@link #validate} built for this very context object, else a fresh one. */
    private Plan planFor(EstimationContext context, List<String> problems) {
        Validated v = validated;
        if (v != null && v.context() == context) {
            validated = null; // used once: the estimator keeps no data after the run
            problems.addAll(v.problems());
            return v.plan();
        }
        return plan(context, problems);
    }

    /** Builds the computation plan, collecting every problem. */
    Plan plan(EstimationContext context, List<String> problems) {
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        List<String> warnings = new ArrayList<>();
        Map<String, Object> fuels = p.prefixed(FUEL);
        if (fuels.isEmpty() && !p.isSet(ELECTRICITY) && !p.isSet(HEAT)) {
            problems.add("no fuel column given: map at least one with fuel.<fuel>=column[:unit] (e.g. fuel.coal=coal_10kt:10kt) "
                    + "or give electricity=column or heat=column");
        }
        Map<String, FuelFactor> factors = new LinkedHashMap<>(FactorLibrary.shipped(p.string(FACTOR_SET)));
        String factorFile = p.string(FACTORS);
        Set<String> userFuels = new LinkedHashSet<>();
        if (factorFile != null) {
            Path file = InputFiles.find(factorFile, data);
            if (file == null) {
                problems.add("factor table '" + factorFile + "' not found (looked in the working directory and next to the data file)");
            } else {
                try {
                    Map<String, FuelFactor> user = FactorLibrary.read(file);
                    factors.putAll(user);
                    userFuels.addAll(user.keySet());
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        for (Map.Entry<String, Object> e : p.prefixed(CO2_FACTOR).entrySet()) {
            String fuel = FactorLibrary.canonical(e.getKey().strip().toLowerCase(Locale.ROOT));
            try {
                factors.put(fuel, DirectFactors.parse(fuel, e.getValue().toString(), factors.get(fuel),
                        CO2_FACTOR + "." + e.getKey()));
                userFuels.remove(fuel);
            } catch (IllegalArgumentException ex) {
                problems.add(CO2_FACTOR + "." + e.getKey() + ": " + ex.getMessage());
            }
        }
        Map<String, FactorLibrary.TceCoefficient> tce = FactorLibrary.tceCoefficients();
        Set<String> excluded = new LinkedHashSet<>();
        for (String f : p.list(TOTAL_EXCLUDES)) {
            excluded.add(f.strip().toLowerCase(Locale.ROOT));
        }
        List<FuelInput> inputs = new ArrayList<>();
        Set<String> columnsToCheck = new LinkedHashSet<>();
        // one consumption column is one fuel: given as two it would be counted twice in co2_total
        Map<String, String> fuelOfColumn = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fuels.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            String fuel = FactorLibrary.canonical(key);
            ColumnUnit cu = columnUnit(FUEL + "." + e.getKey(), e.getValue().toString(), data, problems);
            if (cu != null) {
                String other = fuelOfColumn.putIfAbsent(cu.column, e.getKey());
                if (other != null) {
                    problems.add("column '" + cu.column + "' is given as two fuels, fuel." + other + " and fuel."
                            + e.getKey() + ": its consumption would be counted twice in co2_total; map each column to"
                            + " one fuel");
                    continue;
                }
            }
            FuelFactor factor = factors.get(fuel);
            if (factor == null) {
                problems.add("fuel '" + e.getKey() + "' (fuel." + e.getKey() + ") has no emission factor in "
                        + (factorFile != null ? "the factor table " + factorFile + " or " : "")
                        + "the factor set " + p.string(FACTOR_SET) + "; fuels with factors: " + String.join(", ", factors.keySet())
                        + (factorFile == null ? " (add a factor table with factors=FILE.csv)" : ""));
            }
            if (cu == null || factor == null) {
                continue;
            }
            columnsToCheck.add(cu.column);
            double perUnit;
            try {
                perUnit = factor.direct()
                        ? Combustion.directCo2PerInputUnit(cu.unit, factor.unit(), factor.co2PerUnit(), factor.ncv())
                        : Combustion.co2PerInputUnit(cu.unit, factor.unit(), factor.ncv(), factor.co2PerGj());
            } catch (IllegalArgumentException ex) {
                problems.add("fuel." + e.getKey() + ": column '" + cu.column + "' is in " + cu.unit.name()
                        + " but the factor of " + fuel + " is per " + factor.unit().name() + ": " + ex.getMessage());
                continue;
            }
            double tcePer;
            String tceSource;
            FactorLibrary.TceCoefficient c = tce.get(fuel);
            if (cu.unit.dimension() == Units.Dimension.ENERGY) {
                tcePer = cu.unit.toBase() / Units.GJ_PER_TCE;
                tceSource = "energy content / 29.3076 GJ/tce";
            } else if (c != null && c.unit().dimension() == cu.unit.dimension() && !userFuels.contains(fuel)) {
                tcePer = cu.unit.convert(1.0, c.unit()) * c.tcePerUnit();
                tceSource = c.source();
            } else if (Double.isNaN(factor.ncv()) || factor.unit().dimension() != cu.unit.dimension()) {
                problems.add("fuel." + e.getKey() + ": energy in coal equivalent needs the calorific value of " + fuel
                        + " in " + cu.unit.name() + ", which its direct CO2 factor does not give: add the fuel with "
                        + "ncv_gj_per_unit to a factor table (factors=FILE.csv) or give the consumption in GJ/tce");
                continue;
            } else {
                tcePer = Combustion.gjPerInputUnit(cu.unit, factor.unit(), factor.ncv()) / Units.GJ_PER_TCE;
                tceSource = "NCV " + factor.ncv() + " GJ/" + factor.unit().name() + " / 29.3076 GJ/tce";
            }
            boolean inTotal = !excluded.contains(key) && !excluded.contains(fuel);
            inputs.add(new FuelInput(key, fuel, cu.column, cu.unit, factor, perUnit, tcePer, tceSource, inTotal));
        }
        Set<String> mapped = new LinkedHashSet<>();
        for (FuelInput f : inputs) {
            mapped.add(f.key);
            mapped.add(f.fuel);
        }
        for (String x : excluded) {
            if (!mapped.contains(x) && !x.equals("electricity")) {
                problems.add("total_excludes names '" + x + "', which is not a mapped fuel; mapped: "
                        + String.join(", ", inputs.stream().map(FuelInput::key).toList()));
            }
        }
        Set<String> inTotal = new LinkedHashSet<>();
        for (FuelInput f : inputs) {
            if (f.inTotal) {
                inTotal.add(f.fuel);
            }
        }
        if (inTotal.contains("crude_oil") && inTotal.stream().anyMatch(OIL_PRODUCTS::contains)) {
            warnings.add("co2_total includes crude oil and refined oil products: crude oil in China's energy statistics is "
                    + "mostly refinery input whose products are counted too (double counting); exclude it with total_excludes=crude_oil "
                    + "unless the column holds crude oil burnt directly");
        }
        if (inTotal.contains("raw_coal") && inTotal.stream().anyMatch(COAL_PRODUCTS::contains)) {
            warnings.add("co2_total includes raw coal and coal products (" + String.join(", ",
                    inTotal.stream().filter(COAL_PRODUCTS::contains).toList()) + "): if the raw-coal column is total consumption "
                    + "including coal washed or coked, the products' carbon is counted twice; use final consumption or exclude one side");
        }

        ElectricityInput electricity = null;
        if (p.isSet(ELECTRICITY)) {
            ColumnUnit cu = columnUnit(ELECTRICITY, p.string(ELECTRICITY), data, problems);
            if (cu != null && cu.unit.dimension() != Units.Dimension.ENERGY) {
                problems.add("electricity column '" + cu.column + "' is in " + cu.unit.name()
                        + ", which is not an energy unit (use kWh, MWh, GWh, 100m kWh ...)");
                cu = null;
            }
            Grid grid = null;
            if (!p.isSet(GRID_FACTOR)) {
                problems.add("electricity needs grid_factor: t CO2/MWh as a number, a column, or a table FILE.csv");
            } else {
                grid = grid(p.string(GRID_FACTOR), p.string(GRID_REGION), data, problems, warnings);
            }
            if (cu != null) {
                columnsToCheck.add(cu.column);
                electricity = new ElectricityInput(cu.column, cu.unit, grid);
            }
        } else if (p.isSet(GRID_FACTOR)) {
            problems.add("grid_factor is given but electricity is not: name the electricity column with electricity=column[:unit]");
        }
        if (p.isSet(GRID_REGION) && !data.hasColumn(p.string(GRID_REGION))) {
            problems.add("grid_region: column '" + p.string(GRID_REGION) + "' not found in " + data.origin()
                    + "; available columns: " + String.join(", ", data.columnNames()));
        }
        HeatInput heat = null;
        if (p.isSet(HEAT)) {
            ColumnUnit cu = columnUnit(HEAT, p.string(HEAT), data, problems);
            String fuelName = FactorLibrary.canonical(p.string(HEAT_FUEL).strip().toLowerCase(Locale.ROOT));
            FuelFactor fuel = factors.get(fuelName);
            if (fuel == null) {
                problems.add("heat_fuel '" + p.string(HEAT_FUEL) + "' has no emission factor; fuels with factors: "
                        + String.join(", ", factors.keySet()));
            } else if (Double.isNaN(fuel.co2PerGj())) {
                problems.add("heat_fuel '" + fuelName + "' has a direct CO2 factor without a calorific value, so its CO2 "
                        + "per GJ is unknown: give its ncv_gj_per_unit in a factor table");
                fuel = null;
            }
            if (cu != null && cu.unit.dimension() != Units.Dimension.ENERGY) {
                problems.add("heat column '" + cu.column + "' is in " + cu.unit.name()
                        + ", which is not an energy unit (use GJ, TJ, 10^10 kJ ...)");
                cu = null;
            }
            if (cu != null && fuel != null) {
                double eff = p.number(HEAT_EFFICIENCY);
                columnsToCheck.add(cu.column);
                heat = new HeatInput(cu.column, cu.unit, fuel, eff,
                        HeatSupply.co2PerUnit(cu.unit, fuel.co2PerGj(), eff), cu.unit.toBase() / Units.GJ_PER_TCE);
            }
        }
        if (problems.isEmpty()) {
            List<String> numeric = data.checkNumeric(columnsToCheck);
            problems.addAll(numeric);
            if (numeric.isEmpty()) {
                for (String col : columnsToCheck) {
                    negatives(data, col, problems);
                }
            }
        }
        Map<String, List<String>> groups = groups(p, data, problems, warnings);
        return new Plan(inputs, electricity, heat, groups, warnings);
    }

    private record ColumnUnit(String column, Units.Unit unit) {
    }

    /** Parses {@code column[:unit]}; the column must exist and the unit be known or readable from the column name. */
    private static ColumnUnit columnUnit(String parameter, String value, PanelFrame data, List<String> problems) {
        String column = value.strip();
        String unitText = null;
        int colon = column.lastIndexOf(':');
        if (colon >= 0) {
            unitText = column.substring(colon + 1).strip();
            column = column.substring(0, colon).strip();
        }
        boolean ok = true;
        if (!data.hasColumn(column)) {
            problems.add(parameter + ": column '" + column + "' not found in " + data.origin() + "; available columns: "
                    + String.join(", ", data.columnNames()));
            ok = false;
        }
        Units.Unit unit;
        if (unitText != null) {
            unit = Units.find(unitText);
            if (unit == null) {
                problems.add(parameter + ": unknown unit '" + unitText + "' for column '" + column + "'; known units: "
                        + String.join(", ", Units.names()));
                ok = false;
            }
        } else {
            unit = Units.fromColumnName(column);
            if (unit == null) {
                problems.add(parameter + ": the unit of column '" + column + "' is not known: give it as "
                        + parameter + "=" + column + ":UNIT (t, 10kt, 100m m3, TJ, tce, kWh ...)");
                ok = false;
            }
        }
        return ok ? new ColumnUnit(column, unit) : null;
    }

    private static void negatives(PanelFrame data, String column, List<String> problems) {
        double[] v = data.numeric(column);
        int n = 0;
        for (int r = 0; r < v.length; r++) {
            if (v[r] < 0) {
                if (n++ < MAX_LISTED) {
                    problems.add("negative consumption in column '" + column + "' for " + data.entityColumn() + " "
                            + data.entityLabel(r) + (data.hasTime() ? ", " + data.timeColumn() + " " + data.time(r) : "")
                            + ": " + Cells.format(v[r])
                            + " (consumption must be zero or positive)");
                }
            }
        }
        if (n > MAX_LISTED) {
            problems.add("... and " + (n - MAX_LISTED) + " more negative values in column '" + column + "'");
        }
    }

    /** A grid factor from a number, a column or a table. */
    private static Grid grid(String text, String regionColumn, PanelFrame data, List<String> problems,
            List<String> warnings) {
        String t = text.strip();
        if (Cells.isNumber(t)) {
            double v = Cells.parseNumber(t);
            if (!(v >= 0) || Double.isInfinite(v)) {
                problems.add("grid_factor " + t + " must be a non-negative number (t CO2/MWh)");
                return null;
            }
            double[] perRow = new double[data.rows()];
            java.util.Arrays.fill(perRow, v);
            return new Grid(perRow, "constant " + Cells.format(v) + " t CO2/MWh");
        }
        if (data.hasColumn(t)) {
            List<String> bad = data.checkNumeric(List.of(t));
            if (!bad.isEmpty()) {
                problems.addAll(bad);
                return null;
            }
            negatives(data, t, problems);
            return new Grid(data.numeric(t), "column " + t + " (t CO2/MWh)");
        }
        if (!InputFiles.looksLikeFile(t)) {
            problems.add("grid_factor '" + t + "' is neither a number, nor a column of " + data.origin()
                    + ", nor a table file (.csv/.xlsx)");
            return null;
        }
        Path file = InputFiles.find(t, data);
        if (file == null) {
            problems.add("grid factor table '" + t + "' not found (looked in the working directory and next to the data file)");
            return null;
        }
        RawTable table;
        try {
            table = DataReader.read(file, null);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
        int cf = table.columnIndex("factor");
        int cr = table.columnIndex("region") >= 0 ? table.columnIndex("region") : table.columnIndex("entity");
        int cy = table.columnIndex("year") >= 0 ? table.columnIndex("year") : table.columnIndex("time");
        if (cf < 0 || (cr < 0 && cy < 0)) {
            problems.add("grid factor table " + table.origin() + " needs a column 'factor' (t CO2/MWh) and a column 'region' "
                    + "(or 'entity') and/or 'year' (or 'time'); it has " + String.join(", ", table.columnNames()));
            return null;
        }
        Map<String, Double> byKey = new HashMap<>();
        int before = problems.size();
        for (int r = 0; r < table.rows(); r++) {
            String f = table.cell(r, cf);
            String where = table.origin() + ", " + table.lineWord() + " " + table.line(r);
            if (f == null || !Cells.isNumber(f) || !(Cells.parseNumber(f) >= 0)) {
                problems.add(where + ": factor '" + f + "' is not a non-negative number");
                continue;
            }
            String key = key(cr < 0 ? null : table.cell(r, cr), cy < 0 ? null : yearOf(table.cell(r, cy)));
            if (byKey.put(key, Cells.parseNumber(f)) != null) {
                problems.add(where + ": a second factor for the same " + (cr >= 0 ? "region" : "") + (cr >= 0 && cy >= 0 ? " and " : "")
                        + (cy >= 0 ? "year" : ""));
            }
        }
        if (cy >= 0 && !data.hasTime()) {
            problems.add("grid factor table " + table.origin() + " gives factors by year, but " + data.origin()
                    + " is a cross-section (no time column); give factors by region only, or name the time column");
        }
        if (problems.size() > before) {
            return null;
        }
        if (regionColumn != null && cr < 0) {
            problems.add("grid_region is given but the grid factor table " + table.origin() + " has no column 'region'");
            return null;
        }
        // a regional grid covers several provinces: match the table's region to grid_region's value
        String[] regionOf = regionColumn != null && data.hasColumn(regionColumn) ? data.text(regionColumn) : null;
        double[] v = new double[data.rows()];
        List<String> unmatched = new ArrayList<>();
        for (int r = 0; r < v.length; r++) {
            String region = cr < 0 ? null : regionOf != null ? regionOf[r] : data.entityLabel(r);
            Double f = region == null && cr >= 0 ? null
                    : byKey.get(key(region, cy < 0 ? null : Long.toString(data.time(r))));
            v[r] = f == null ? Double.NaN : f;
            if (f == null) {
                unmatched.add(data.entityLabel(r) + (data.hasTime() ? " " + data.time(r) : "")
                        + (regionOf != null ? " (" + regionColumn + " " + regionOf[r] + ")" : ""));
            }
        }
        if (!unmatched.isEmpty()) {
            warnings.add("the grid factor table " + file.getFileName() + " has no factor for " + unmatched.size() + " rows ("
                    + String.join(", ", unmatched.subList(0, Math.min(MAX_LISTED, unmatched.size())))
                    + (unmatched.size() > MAX_LISTED ? ", ..." : "") + "): co2_electricity is missing there");
        }
        return new Grid(v, "table " + file.getFileName() + " by " + (cr >= 0 ? regionOf != null ? "region (" + regionColumn + ")" : "region" : "")
                + (cr >= 0 && cy >= 0 ? " and " : "") + (cy >= 0 ? "year" : "") + " (t CO2/MWh)");
    }

    private static String yearOf(String cell) {
        Long y = cell == null ? null : Cells.parseWholeNumber(cell);
        return y == null ? String.valueOf(cell) : Long.toString(y);
    }

    private static String key(String region, String year) {
        return (region == null ? "" : region) + "\u0000" + (year == null ? "" : year);
    }

    private static Map<String, List<String>> groups(Parameters p, PanelFrame data, List<String> problems, List<String> warnings) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : p.prefixed(GROUP).entrySet()) {
            String text = e.getValue().toString();
            String sep = text.contains(";") ? ";" : ",";
            List<String> members = new ArrayList<>();
            for (String m : text.split(sep)) {
                if (!m.isBlank()) {
                    members.add(m.strip());
                }
            }
            if (members.isEmpty()) {
                problems.add("group." + e.getKey() + " names no sector");
            }
            groups.put(e.getKey(), members);
        }
        for (String col : new String[] {p.string(SECTOR), p.string(REGION)}) {
            if (col != null && !data.hasColumn(col)) {
                problems.add("column '" + col + "' not found in " + data.origin() + "; available columns: "
                        + String.join(", ", data.columnNames()));
            }
        }
        if (groups.isEmpty() || !problems.isEmpty()) {
            return groups;
        }
        Set<String> sectors = new LinkedHashSet<>();
        String[] s = sectorsOf(p, data);
        for (String x : s) {
            if (x != null) {
                sectors.add(x);
            }
        }
        Map<String, String> owner = new HashMap<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            for (String m : g.getValue()) {
                if (!sectors.contains(m)) {
                    warnings.add("group." + g.getKey() + ": sector '" + m + "' does not occur in the data");
                }
                String prev = owner.put(m, g.getKey());
                if (prev != null && !prev.equals(g.getKey())) {
                    problems.add("sector '" + m + "' is in two groups: " + prev + " and " + g.getKey());
                }
            }
        }
        return groups;
    }

    private static String[] sectorsOf(Parameters p, PanelFrame data) {
        if (p.isSet(SECTOR)) {
            return data.text(p.string(SECTOR));
        }
        String[] s = new String[data.rows()];
        for (int r = 0; r < s.length; r++) {
            s[r] = data.entityLabel(r);
        }
        return s;
    }

    @Override
    public Result estimate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Plan plan = planFor(context, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        int n = data.rows();
        double outScale = switch (p.string(OUTPUT_UNIT)) {
            case "kt" -> 1e-3;
            case "Mt" -> 1e-6;
            default -> 1.0;
        };
        double energyScale = switch (p.string(ENERGY_UNIT)) {
            case "10ktce" -> 1e-4;
            case "Mtce" -> 1e-6;
            default -> 1.0;
        };
        boolean zero = "zero".equals(p.string(MISSING));
        Result result = new Result("emissions.ipcc");
        result.warnings().addAll(plan.warnings);

        List<String> columns = RowKeys.columns(data);
        int nKeys = columns.size();
        List<EmissionTotals.Source> sources = new ArrayList<>();
        for (FuelInput f : plan.fuels) {
            // energy_tce sums the same fuels as co2_total, so total_excludes keeps transformation
            // inputs (crude oil, coal later coked) from being counted twice in energy too.
            sources.add(new EmissionTotals.Source(data.numeric(f.column), f.co2PerInputUnit, null, f.tcePerInputUnit,
                    f.inTotal, f.inTotal));
            columns.add("co2_" + f.key);
        }
        if (plan.electricity != null) {
            ElectricityInput e = plan.electricity;
            // Electricity given as an input always counts in energy_tce (the usual energy input of
            // city studies); whether its CO2 joins the total is electricity_in_total's choice.
            sources.add(new EmissionTotals.Source(data.numeric(e.column), Electricity.mwhPerUnit(e.unit),
                    e.grid.perRow(), Electricity.tcePerUnit(e.unit, p.number(ELECTRICITY_TCE)),
                    p.bool(ELECTRICITY_IN_TOTAL), true));
            columns.add("co2_electricity");
        }
        if (plan.heat != null) {
            HeatInput h = plan.heat;
            sources.add(new EmissionTotals.Source(data.numeric(h.column), h.co2PerInputUnit, null, h.tcePerInputUnit,
                    p.bool(HEAT_IN_TOTAL), true));
            columns.add("co2_heat");
        }
        EmissionTotals.Totals totals = EmissionTotals.compute(sources, n, zero, outScale, energyScale);
        List<double[]> values = new ArrayList<>(List.of(totals.co2()));
        double[] total = totals.total();
        int missingRows = totals.missing();
        if (missingRows > 0) {
            result.warn(missingRows + " consumption values are missing; "
                    + (zero ? "they were taken as zero" : "co2_total and energy_tce are missing in those rows (missing=propagate)"));
        }
        columns.add("co2_total");
        values.add(total);
        columns.add("energy_tce");
        values.add(totals.energy());
        ResultTable table = new ResultTable(columns);
        for (int r = 0; r < n; r++) {
            List<Object> row = RowKeys.values(data, r);
            for (int c = 0; c < values.size(); c++) {
                double v = values.get(c)[r];
                row.add(Double.isNaN(v) ? null : v);
            }
            table.addRow(row.toArray());
        }
        result.table("emissions", table);
        result.table("factors", factorTable(plan, p));
        if (!plan.groups.isEmpty()) {
            result.table("groups", groupTable(plan.groups, p, data, total, result));
        }
        String unit = p.string(OUTPUT_UNIT);
        for (int c = 0; c < values.size(); c++) {
            EmissionTotals.Sum sum = EmissionTotals.sumPresent(values.get(c));
            String name = columns.get(c + nKeys);
            result.statistic("sum_" + name, sum.value());
            if (sum.present() < n) {
                result.statistic("n_missing_" + name, n - sum.present());
            }
        }
        result.statistic("co2_unit", "t".equals(unit) ? "t CO2" : unit + " CO2");
        result.statistic("energy_unit", p.string(ENERGY_UNIT));
        List<String> in = new ArrayList<>();
        for (FuelInput f : plan.fuels) {
            if (f.inTotal) {
                in.add(f.key);
            }
        }
        if (plan.electricity != null && p.bool(ELECTRICITY_IN_TOTAL)) {
            in.add("electricity");
        }
        if (plan.heat != null && p.bool(HEAT_IN_TOTAL)) {
            in.add("heat");
        }
        result.statistic("co2_total_includes", String.join(", ", in));
        return result;
    }

    private static ResultTable factorTable(Plan plan, Parameters p) {
        ResultTable t = new ResultTable(List.of("fuel", "factor_fuel", "column", "input_unit", "factor_unit",
                "ncv_gj_per_unit", "carbon_content_kgc_per_gj", "oxidation", "t_co2_per_factor_unit", "t_co2_per_input_unit",
                "tce_per_input_unit", "in_total", "source", "tce_source"));
        for (FuelInput f : plan.fuels) {
            FuelFactor x = f.factor;
            t.addRow(f.key, f.fuel, f.column, f.unit.name(), x.unit().name(), knownOrEmpty(x.ncv()),
                    knownOrEmpty(x.carbonContent()), knownOrEmpty(x.oxidation()), x.co2PerUnit(), f.co2PerInputUnit,
                    f.tcePerInputUnit, f.inTotal, x.source(), f.tceSource);
        }
        if (plan.electricity != null) {
            ElectricityInput e = plan.electricity;
            double mwh = Electricity.mwhPerUnit(e.unit);
            t.addRow("electricity", "electricity", e.column, e.unit.name(), "MWh", null, null, null, null, null,
                    Electricity.tcePerUnit(e.unit, p.number(ELECTRICITY_TCE)), p.bool(ELECTRICITY_IN_TOTAL),
                    "grid factor: " + e.grid.description() + "; " + Cells.format(mwh) + " MWh per " + e.unit.name(),
                    Cells.format(p.number(ELECTRICITY_TCE)) + " kgce/kWh");
        }
        if (plan.heat != null) {
            HeatInput h = plan.heat;
            FuelFactor x = h.fuel;
            t.addRow("heat", x.fuel(), h.column, h.unit.name(), "GJ", x.ncv(), x.carbonContent(), x.oxidation(),
                    x.co2PerGj(), h.co2PerInputUnit, h.tcePerInputUnit, p.bool(HEAT_IN_TOTAL),
                    "heat as " + x.fuel() + " at thermal efficiency " + Cells.format(h.efficiency) + " (" + x.source() + ")",
                    "energy content / 29.3076 GJ/tce");
        }
        return t;
    }

    /** A direct CO2 factor has no NCV, carbon content or oxidation: an empty cell, not a non-finite number. */
    private static Double knownOrEmpty(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static ResultTable groupTable(Map<String, List<String>> groups, Parameters p, PanelFrame data, double[] total,
            Result result) {
        String[] sectors = sectorsOf(p, data);
        String[] regions = p.isSet(REGION) ? data.text(p.string(REGION)) : null;
        Map<String, String> owner = new HashMap<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            for (String m : g.getValue()) {
                owner.put(m, g.getKey());
            }
        }
        List<String> groupNames = new ArrayList<>(groups.keySet());
        Map<String, Integer> cellOf = new LinkedHashMap<>();
        List<Object[]> keys = new ArrayList<>();
        int[] cell = new int[data.rows()];
        int[] group = new int[data.rows()];
        java.util.Arrays.fill(cell, -1);
        Set<String> ungrouped = new LinkedHashSet<>();
        for (int r = 0; r < data.rows(); r++) {
            String g = sectors[r] == null ? null : owner.get(sectors[r]);
            if (g == null) {
                if (sectors[r] != null) {
                    ungrouped.add(sectors[r]);
                }
                continue;
            }
            String region = regions == null ? "all" : regions[r];
            if (region == null) {
                result.warn("row of " + data.entityLabel(r) + (data.hasTime() ? " " + data.time(r) : "")
                        + " has no region; left out of tables.groups");
                continue;
            }
            String k = region + (data.hasTime() ? "\u0000" + data.time(r) : "");
            if (!cellOf.containsKey(k)) {
                cellOf.put(k, keys.size());
                // sums per region and period; a cross-section has one implicit period
                keys.add(data.hasTime() ? new Object[] {region, data.time(r)} : new Object[] {region});
            }
            cell[r] = cellOf.get(k);
            group[r] = groupNames.indexOf(g);
        }
        double[][] sums = EmissionTotals.sumByCell(cell, group, total, keys.size(), groupNames.size());
        if (!ungrouped.isEmpty()) {
            List<String> list = new ArrayList<>(ungrouped);
            result.warn(list.size() + " sectors are in no group and are left out of tables.groups: "
                    + String.join(", ", list.subList(0, Math.min(MAX_LISTED, list.size()))) + (list.size() > MAX_LISTED ? ", ..." : ""));
        }
        List<String> cols = RowKeys.columns(data);
        int nKeys = cols.size();
        for (String g : groupNames) {
            cols.add("co2_" + g);
        }
        cols.add("co2_groups_total");
        ResultTable t = new ResultTable(cols);
        for (int c = 0; c < sums.length; c++) {
            Object[] key = keys.get(c);
            Object[] row = new Object[cols.size()];
            System.arraycopy(key, 0, row, 0, nKeys);
            double all = 0;
            for (int i = 0; i < groupNames.size(); i++) {
                double v = sums[c][i];
                row[i + nKeys] = Double.isNaN(v) ? null : v;
                all += v;
            }
            row[cols.size() - 1] = Double.isNaN(all) ? null : all;
            t.addRow(row);
        }
        return t;
    }
}
