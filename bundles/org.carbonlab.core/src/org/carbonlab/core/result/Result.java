package org.carbonlab.core.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.TimeUnit;

/**
 * The outcome of one estimation, written as the "carbonlab.result/1" JSON contract. The main
 * model's coefficients/statistics/tests live in the inherited members; multi-equation estimators
 * add {@link #models()}, per-unit outputs go to {@link #tables()}.
 */
public class Result extends ModelResult {
    public static final String SCHEMA = "carbonlab.result/1";

    private String estimatorId;
    private String estimatorVersion;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private DataSummary data;
    private final List<ModelResult> models = new ArrayList<>();
    private final Map<String, ResultTable> tables = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Object> provenance = new LinkedHashMap<>();
    private final Map<String, Object> sample = new LinkedHashMap<>();
    private TimeUnit timeUnit;

    public Result(String estimatorId) {
        this.estimatorId = estimatorId;
    }

    public String estimatorId() {
        return estimatorId;
    }

    public Result estimatorId(String id) {
        this.estimatorId = id;
        return this;
    }

    public String estimatorVersion() {
        return estimatorVersion;
    }

    public Result estimatorVersion(String version) {
        this.estimatorVersion = version;
        return this;
    }

    /** Every parameter with defaults resolved. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    public DataSummary data() {
        return data;
    }

    public Result data(DataSummary summary) {
        this.data = summary;
        return this;
    }

    public List<ModelResult> models() {
        return models;
    }

    public Map<String, ResultTable> tables() {
        return tables;
    }

    public Result table(String name, ResultTable table) {
        tables.put(name, table);
        return this;
    }

    public List<String> warnings() {
        return warnings;
    }

    public Result warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
        return this;
    }

    public Map<String, Object> provenance() {
        return provenance;
    }

    /**
     * How the rows were selected before estimation (written as {@code data.sample}): the {@code subset}
     * expression and {@code period_range} with the rows before, after and dropped by each; empty when every row
     * was used. Filled by the runner.
     */
    public Map<String, Object> sample() {
        return sample;
    }

    /**
     * The unit of the periods when the data's time column held dates ({@code data.time_unit}), or {@code null};
     * the writers then print the {@code time} column of the tables as {@code 2015Q1} or {@code 2015-03}. Set by
     * the runner.
     */
    public TimeUnit timeUnit() {
        return timeUnit;
    }

    public Result timeUnit(TimeUnit unit) {
        this.timeUnit = unit;
        return this;
    }

    /**
     * A table cell as the writers print it: a whole number in the {@code time} or {@code period} column is a period,
     * labelled by {@link #timeUnit()} when the periods came from dates; any other cell is returned as it is.
     */
    public Object cellForOutput(String column, Object value) {
        if (timeUnit != null && ("time".equals(column) || "period".equals(column)) && value instanceof Number n && !(value instanceof Double d
                && d != Math.rint(d))) {
            return timeUnit.label(n.longValue());
        }
        return value;
    }
}
