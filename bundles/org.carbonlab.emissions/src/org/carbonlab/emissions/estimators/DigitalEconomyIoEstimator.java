package org.carbonlab.emissions.estimators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.carbonlab.emissions.numerics.DigitalValueAdded;

/**
 * {@code accounting.digital_io}: digital-economy value added of each region by the input–output method
 * ({@link DigitalValueAdded}): the value added of the core digital sectors plus λ times the core-digital input share of
 * every other sector's value added, from regional input–output tables of the survey years.
 *
 * <p>The tables come in one long file {@code io_table=FILE} with columns region, year, from, to, value: intermediate
 * flows from sector {@code from} to sector {@code to}, the value added of sector {@code to} in rows whose {@code from}
 * is {@code value_added_row}, and optionally its total input in rows whose {@code from} is {@code total_input_row}
 * (otherwise total input = intermediate inputs + value added). Regions are matched to the data's entities.
 *
 * <p>Years between (and around) the survey years keep the structure of a survey year (constant structure): with
 * {@code base=COLUMN} (the region's GRP or total value added in any unit) the digital share DE/VA of the latest survey
 * year at or before the year (the first survey year before the first) times the year's base; survey years get
 * share × base too, so the series has the base's unit. Without {@code base} only survey years have a value (in the
 * table's unit). Output tables.digital (entity, time, &lt;name&gt;, digital_share, core_share, integrated_share,
 * survey_year) and tables.sectors (region, year, sector, value_added, digital_input, total_input, digital_va).
 */
public class DigitalEconomyIoEstimator implements Estimator {
    static final String IO_TABLE = "io_table";
    static final String CORE = "core";
    static final String ADJUSTMENT = "adjustment";
    static final String VALUE_ADDED_ROW = "value_added_row";
    static final String TOTAL_INPUT_ROW = "total_input_row";
    static final String BASE = "base";
    static final String NAME = "name";

    private static final int MAX_LISTED = 10;

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.of(
                ParameterSpec.required(IO_TABLE, ParameterType.STRING,
                        "input-output tables of the survey years, one long file (CSV/XLSX) with columns region, year, "
                                + "from, to, value"),
                ParameterSpec.required(CORE, ParameterType.STRING,
                        "the core digital sectors (names as in from/to), e.g. the manufacture of communication equipment, "
                                + "computers and electronics, and information transmission, software and IT services; "
                                + "separate with ';' when names contain commas"),
                ParameterSpec.number(ADJUSTMENT, 1.0, 0.0, 100.0,
                        "adjustment coefficient lambda applied to the digital share of the other sectors' value added"),
                ParameterSpec.optional(VALUE_ADDED_ROW, ParameterType.STRING, "value_added",
                        "the 'from' label of the rows holding each sector's value added"),
                ParameterSpec.optional(TOTAL_INPUT_ROW, ParameterType.STRING, "total_input",
                        "the 'from' label of the rows holding each sector's total input (when absent: intermediate "
                                + "inputs + value added)"),
                ParameterSpec.optional(BASE, ParameterType.COLUMN, null,
                        "the region's GRP (or total value added) column: every year gets the digital share of its "
                                + "survey year (the latest at or before it) times this value (constant structure)"),
                ParameterSpec.optional(NAME, ParameterType.STRING, "digital_va", "name of the output column"));
    }

    /** One region's table of one survey year. */
    private static final class IoTable {
        final Map<String, Integer> sector = new LinkedHashMap<>();
        final Map<String, Double> flows = new HashMap<>();
        final Map<String, Double> valueAdded = new HashMap<>();
        final Map<String, Double> totalInput = new HashMap<>();

        void sector(String s) {
            sector.putIfAbsent(s, sector.size());
        }
    }

    /** Digital value added per region and survey year, with the per-sector rows. */
    private record Plan(Map<String, TreeMap<Long, DigitalValueAdded.Parts>> parts, ResultTable sectors,
            List<String> warnings) {
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
            problems.add("accounting.digital_io matches input-output tables by year, but " + data.origin()
                    + " is a cross-section (no time column); name the time column");
            return null;
        }
        if (p.isSet(BASE)) {
            if (!data.hasColumn(p.string(BASE))) {
                problems.add("base: column '" + p.string(BASE) + "' not found in " + data.origin() + "; available columns: "
                        + String.join(", ", data.columnNames()));
            } else {
                problems.addAll(data.checkNumeric(List.of(p.string(BASE))));
            }
        }
        Path file = InputFiles.find(p.string(IO_TABLE), data);
        if (file == null) {
            problems.add("input-output table '" + p.string(IO_TABLE)
                    + "' not found (looked in the working directory and next to the data file)");
            return null;
        }
        RawTable raw;
        try {
            raw = DataReader.read(file, null);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
        int cr = raw.columnIndex("region");
        int cy = raw.columnIndex("year");
        int cf = raw.columnIndex("from");
        int ct = raw.columnIndex("to");
        int cv = raw.columnIndex("value");
        if (cr < 0 || cy < 0 || cf < 0 || ct < 0 || cv < 0) {
            problems.add("input-output table " + raw.origin() + " needs the columns region, year, from, to, value; it has "
                    + String.join(", ", raw.columnNames()));
            return null;
        }
        String vaRow = p.string(VALUE_ADDED_ROW);
        String totalRow = p.string(TOTAL_INPUT_ROW);
        Map<String, TreeMap<Long, IoTable>> tables = new LinkedHashMap<>();
        for (int r = 0; r < raw.rows(); r++) {
            String where = raw.origin() + ", " + raw.lineWord() + " " + raw.line(r);
            String region = strip(raw.cell(r, cr));
            Long year = raw.cell(r, cy) == null ? null : Cells.parseWholeNumber(raw.cell(r, cy));
            String from = strip(raw.cell(r, cf));
            String to = strip(raw.cell(r, ct));
            String v = raw.cell(r, cv);
            if (region == null || year == null || from == null || to == null) {
                problems.add(where + ": region, year, from and to are all needed");
                continue;
            }
            if (v == null || !Cells.isNumber(v) || !Double.isFinite(Cells.parseNumber(v))) {
                problems.add(where + ": value '" + v + "' (" + from + " -> " + to + ", " + region + " " + year
                        + ") is not a number");
                continue;
            }
            double x = Cells.parseNumber(v);
            IoTable t = tables.computeIfAbsent(region, k -> new TreeMap<>()).computeIfAbsent(year, k -> new IoTable());
            t.sector(to);
            Map<String, Double> target = from.equals(vaRow) ? t.valueAdded : from.equals(totalRow) ? t.totalInput : null;
            if (target == null) {
                t.sector(from);
                if (t.flows.put(from + "\u0000" + to, x) != null) {
                    problems.add(where + ": a second flow " + from + " -> " + to + " for " + region + " " + year);
                }
            } else if (target.put(to, x) != null) {
                problems.add(where + ": a second " + from + " of sector " + to + " for " + region + " " + year);
            }
        }
        Set<String> core = new LinkedHashSet<>();
        // names with commas (most sector names) are separated by ';'
        String coreText = p.string(CORE);
        for (String s : (coreText.contains(";") ? coreText.split(";") : coreText.split(","))) {
            if (!s.isBlank()) {
                core.add(s.strip());
            }
        }
        Set<String> entities = new LinkedHashSet<>();
        for (int r = 0; r < data.rows(); r++) {
            entities.add(data.entityLabel(r));
        }
        for (String e : entities) {
            if (!tables.containsKey(e)) {
                problems.add("input-output table " + raw.origin() + " has no table for " + data.entityColumn() + " " + e
                        + "; its regions: " + String.join(", ", tables.keySet()));
            }
        }
        Set<String> allSectors = new LinkedHashSet<>();
        tables.values().forEach(m -> m.values().forEach(t -> allSectors.addAll(t.sector.keySet())));
        for (String c : core) {
            if (!allSectors.contains(c)) {
                problems.add("core sector '" + c + "' is in none of the input-output tables of " + raw.origin()
                        + "; their sectors: " + String.join(", ", allSectors));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        ResultTable sectors = new ResultTable(List.of("region", "year", "sector", "core", "value_added", "digital_input",
                "total_input", "digital_va"));
        Map<String, TreeMap<Long, DigitalValueAdded.Parts>> parts = new LinkedHashMap<>();
        double lambda = p.number(ADJUSTMENT);
        for (String region : entities) {
            for (Map.Entry<Long, IoTable> e : tables.get(region).entrySet()) {
                IoTable t = e.getValue();
                String at = region + " " + e.getKey();
                List<String> names = new ArrayList<>(t.sector.keySet());
                int n = names.size();
                double[][] z = new double[n][n];
                double[] va = new double[n];
                double[] total = new double[n];
                boolean[] isCore = new boolean[n];
                for (String c : core) {
                    if (!t.sector.containsKey(c)) {
                        // a region without the sector: no value added and no inputs of it
                        warnings.add("core sector '" + c + "' is not in the input-output table of " + at
                                + "; it counts as zero there");
                    }
                }
                List<String> noVa = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    String s = names.get(j);
                    isCore[j] = core.contains(s);
                    Double v = t.valueAdded.get(s);
                    if (v == null) {
                        noVa.add(s);
                        continue;
                    }
                    va[j] = v;
                    for (int i = 0; i < n; i++) {
                        Double f = t.flows.get(names.get(i) + "\u0000" + s);
                        z[i][j] = f == null ? 0.0 : f;
                    }
                }
                if (!noVa.isEmpty()) {
                    problems.add("input-output table of " + at + " has no " + vaRow + " row for sector(s) "
                            + String.join(", ", noVa.subList(0, Math.min(MAX_LISTED, noVa.size()))));
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    Double given = t.totalInput.get(names.get(j));
                    if (given != null) {
                        total[j] = given;
                    } else {
                        double sum = va[j];
                        for (int i = 0; i < n; i++) {
                            sum += z[i][j];
                        }
                        total[j] = sum;
                    }
                    if (!isCore[j] && !(total[j] > 0)) {
                        problems.add("input-output table of " + at + ": sector " + names.get(j) + " has total input "
                                + Cells.format(total[j]) + " (must be positive)");
                    }
                }
                if (!problems.isEmpty()) {
                    continue;
                }
                DigitalValueAdded.Parts part = DigitalValueAdded.compute(z, va, total, isCore, lambda);
                if (!(part.valueAdded() > 0)) {
                    problems.add("input-output table of " + at + ": total value added is not positive");
                    continue;
                }
                parts.computeIfAbsent(region, k -> new TreeMap<>()).put(e.getKey(), part);
                for (int j = 0; j < n; j++) {
                    double digitalInput = 0;
                    for (int k = 0; k < n; k++) {
                        digitalInput += isCore[k] ? z[k][j] : 0;
                    }
                    double dva = isCore[j] ? va[j] : lambda * va[j] * digitalInput / total[j];
                    sectors.addRow(region, e.getKey(), names.get(j), isCore[j], va[j], digitalInput, total[j], dva);
                }
            }
        }
        return problems.isEmpty() ? new Plan(parts, sectors, warnings) : null;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Result estimate(EstimationContext context) {
        List<String> problems = new ArrayList<>();
        Plan plan = plan(context, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Parameters p = context.parameters();
        PanelFrame data = context.data();
        String name = p.string(NAME);
        double[] base = p.isSet(BASE) ? data.numeric(p.string(BASE)) : null;
        Result result = new Result("accounting.digital_io");
        result.warnings().addAll(plan.warnings);
        ResultTable out = new ResultTable(RowKeys.columns(data, name, "digital_share", "core_share", "integrated_share",
                "survey_year", "method"));
        int filled = 0;
        int empty = 0;
        for (int r = 0; r < data.rows(); r++) {
            TreeMap<Long, DigitalValueAdded.Parts> surveys = plan.parts.get(data.entityLabel(r));
            long t = data.time(r);
            Map.Entry<Long, DigitalValueAdded.Parts> s = surveys.floorEntry(t);
            if (s == null) {
                s = surveys.firstEntry();
            }
            boolean survey = s.getKey() == t;
            DigitalValueAdded.Parts part = s.getValue();
            double va = part.valueAdded();
            Double value;
            String method;
            if (base != null) {
                value = Double.isNaN(base[r]) ? null : part.share() * base[r];
                method = survey ? "survey year" : "constant structure of " + s.getKey();
                filled += survey ? 0 : 1;
            } else if (survey) {
                value = part.total();
                method = "survey year";
            } else {
                value = null;
                method = "no survey (give base= to fill)";
                empty++;
            }
            List<Object> row = RowKeys.values(data, r);
            row.add(value);
            row.add(part.share());
            row.add(part.core() / va);
            row.add(part.integrated() / va);
            row.add(s.getKey());
            row.add(method);
            out.addRow(row.toArray());
        }
        if (empty > 0) {
            result.warn(empty + " rows lie outside the survey years and have no " + name
                    + "; give base=COLUMN (GRP) to fill them with the survey years' structure");
        }
        result.table("digital", out);
        result.table("sectors", plan.sectors);
        result.statistic("adjustment", p.number(ADJUSTMENT));
        result.statistic("rows_filled_by_constant_structure", filled);
        result.statistic("method", "DE = sum of core VA + lambda * sum_j VA_j * (core inputs into j / total input of j)"
                + " (Kang 2008 input-share method)");
        return result;
    }
}
