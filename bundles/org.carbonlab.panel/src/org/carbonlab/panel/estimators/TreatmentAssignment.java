package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.core.result.ResultTable;

/**
 * Who is treated when, for {@code panel.did}, {@code panel.eventstudy} and {@code panel.placebo}: from a 0/1 column
 * ({@code treatment}), from a treated group and a common start ({@code treated} + {@code start}), or from each unit's
 * first treated period ({@code start_column}, staggered adoption; empty, 0 or beyond the panel = never treated).
 * The result holds each unit's first treated period (its group) and the 0/1 dummy of every row, written to the
 * result's {@code treatment} table so users can check them.
 *
 * @param dummy      the treatment dummy per data row (NaN where a 0/1 column is missing)
 * @param start      per entity index, the first treated period, or null for never treated
 * @param absorbing  true when every unit stays treated once treated (needed for event times and group-time ATTs)
 * @param switcher   the first entity whose 0/1 treatment switches off again, or null
 * @param source     how the treatment was given, for the notes
 * @param warnings   what was noticed while building (never treated despite a start beyond the panel, ...)
 */
record TreatmentAssignment(double[] dummy, Long[] start, boolean absorbing, String switcher, String source,
        List<String> warnings) {

    static final String TREATMENT = "treatment";
    static final String TREATED = "treated";
    static final String START = "start";
    static final String START_COLUMN = "start_column";

    /**
     * The checks every DID estimator ({@code estimatorId}) makes before estimating: a panel with periods, then the
     * treatment parameters and the TWFE model against the data, all problems at once.
     */
    static List<String> didProblems(Parameters p, PanelFrame data, String estimatorId) {
        List<String> problems = new ArrayList<>(RegressionBinding.crossSectionProblems(data, estimatorId, true));
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(problems(p, data));
        problems.addAll(TwfeModel.problems(p, data));
        return problems;
    }

    /** Every problem of the treatment parameters against the data (for validate). */
    static List<String> problems(Parameters p, PanelFrame data) {
        List<String> problems = new ArrayList<>();
        boolean column = p.isSet(TREATMENT);
        boolean group = p.isSet(TREATED) || p.isSet(START);
        boolean staggered = p.isSet(START_COLUMN);
        int ways = (column ? 1 : 0) + (group ? 1 : 0) + (staggered ? 1 : 0);
        if (ways == 0) {
            problems.add("no treatment given: set treatment=COLUMN (a 0/1 column), treated=UNITS|COLUMN with "
                    + "start=PERIOD, or start_column=COLUMN (each unit's first treated period)");
            return problems;
        }
        if (ways > 1) {
            problems.add("give the treatment one way only: treatment=, treated= with start=, or start_column=");
            return problems;
        }
        if (!data.hasTime()) {
            problems.add(data.origin() + " has no time column; a DID needs periods (--time COL)");
            return problems;
        }
        if (column) {
            problems.addAll(data.checkNumeric(List.of(p.string(TREATMENT))));
        }
        if (group) {
            if (!p.isSet(TREATED)) {
                problems.add("start=" + p.string(START) + " needs treated= (the treated units or a column marking them)");
            } else if (!p.isSet(START)) {
                problems.add("treated=" + p.string(TREATED) + " needs start= (the first treated period)");
            } else {
                try {
                    treatedUnits(p.string(TREATED), data);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
                long s = p.integer(START);
                long[] periods = data.periods();
                if (s < periods[0] || s > periods[periods.length - 1]) {
                    problems.add("start=" + s + " is outside the panel's periods " + periods[0] + "–"
                            + periods[periods.length - 1]);
                } else if (s == periods[0]) {
                    problems.add("start=" + s + " is the panel's first period: the treated group has no untreated "
                            + "periods, so its effect is not identified apart from the entity effects");
                }
            }
        }
        if (staggered) {
            problems.addAll(data.checkNumeric(List.of(p.string(START_COLUMN))));
        }
        return problems;
    }

    /** Builds the assignment; an {@link InputException} with every problem otherwise. */
    static TreatmentAssignment build(Parameters p, PanelFrame data) {
        List<String> problems = problems(p, data);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (p.isSet(TREATMENT)) {
            return fromColumn(p.string(TREATMENT), data);
        }
        if (p.isSet(START_COLUMN)) {
            return fromStartColumn(p.string(START_COLUMN), data);
        }
        boolean[] treated = treatedUnits(p.string(TREATED), data);
        Long[] start = new Long[data.nEntities()];
        long s = p.integer(START);
        for (int e = 0; e < start.length; e++) {
            start[e] = treated[e] ? s : null;
        }
        return fromStarts(start, data, "treated=" + p.string(TREATED) + ", start=" + s, new ArrayList<>());
    }

    /** The treated units: a column marking them (non-zero), a list of entity ids, or an expression of columns. */
    static boolean[] treatedUnits(String spec, PanelFrame data) {
        int g = data.nEntities();
        boolean[] treated = new boolean[g];
        double[] marks = null;
        String what;
        if (data.hasColumn(spec)) {
            marks = data.numeric(spec);
            what = "column '" + spec + "'";
        } else {
            List<String> ids = new ArrayList<>();
            for (String part : spec.split(",")) {
                if (!part.isBlank()) {
                    ids.add(part.strip());
                }
            }
            Set<String> unknown = new LinkedHashSet<>();
            for (String id : ids) {
                int e = data.entityLabels().indexOf(id);
                if (e < 0) {
                    unknown.add(id);
                } else {
                    treated[e] = true;
                }
            }
            if (unknown.isEmpty()) {
                return requireSomeTreated(treated, "treated=" + spec);
            }
            Expression ex;
            try {
                ex = Expression.parse(spec);
                marks = ex.evaluate(data);
            } catch (InputException | IllegalArgumentException e) {
                throw new InputException("treated=" + spec + ": " + String.join(", ", unknown)
                        + (unknown.size() == 1 ? " is" : " are") + " neither an entity of " + data.entityColumn()
                        + " nor a column (nor an expression of columns); entities: "
                        + String.join(", ", data.entityLabels().subList(0, Math.min(10, g)))
                        + (g > 10 ? ", ..." : ""));
            }
            what = "expression '" + spec + "'";
        }
        for (int e = 0; e < g; e++) {
            Boolean value = null;
            for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                if (Double.isNaN(marks[r])) {
                    continue;
                }
                boolean v = marks[r] != 0;
                if (value != null && value != v) {
                    throw new InputException("treated=" + spec + ": " + what + " is not constant within entity '"
                            + data.entityLabels().get(e) + "' (" + data.describe(r) + "); it must mark whole units");
                }
                value = v;
            }
            treated[e] = value != null && value;
        }
        return requireSomeTreated(treated, "treated=" + spec);
    }

    private static boolean[] requireSomeTreated(boolean[] treated, String what) {
        boolean any = false;
        boolean all = true;
        for (boolean t : treated) {
            any |= t;
            all &= t;
        }
        if (!any) {
            throw new InputException(what + " marks no unit as treated");
        }
        if (all) {
            throw new InputException(what + " marks every unit as treated: there is no control group");
        }
        return treated;
    }

    private static TreatmentAssignment fromStartColumn(String column, PanelFrame data) {
        double[] v = data.numeric(column);
        long[] periods = data.periods();
        List<String> warnings = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        Long[] start = new Long[data.nEntities()];
        for (int e = 0; e < start.length; e++) {
            Double value = null;
            for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                if (Double.isNaN(v[r])) {
                    continue;
                }
                if (value != null && value != v[r]) {
                    throw new InputException("start_column=" + column + " is not constant within entity '"
                            + data.entityLabels().get(e) + "' (" + data.describe(r) + "): it must hold the unit's "
                            + "first treated period in every row (empty or 0 for never treated)");
                }
                value = v[r];
            }
            if (value == null || value == 0 || Double.isInfinite(value)) {
                continue;
            }
            if (value != Math.rint(value)) {
                throw new InputException("start_column=" + column + ": entity '" + data.entityLabels().get(e)
                        + "' has first treated period " + value + ", not a whole period");
            }
            long s = (long) (double) value;
            if (s > periods[periods.length - 1]) {
                beyond.add(data.entityLabels().get(e) + " (" + s + ")");
                continue;
            }
            start[e] = s;
        }
        if (!beyond.isEmpty()) {
            warnings.add("start_column=" + column + ": first treated after the panel's last period "
                    + periods[periods.length - 1] + ", so never treated within it: " + String.join(", ", beyond));
        }
        return fromStarts(start, data, "start_column=" + column, warnings);
    }

    private static TreatmentAssignment fromStarts(Long[] start, PanelFrame data, String source, List<String> warnings) {
        double[] dummy = new double[data.rows()];
        boolean anyUntreatedPeriod = false;
        boolean anyTreated = false;
        boolean anyNever = false;
        for (int e = 0; e < start.length; e++) {
            if (start[e] == null) {
                anyNever = true;
                continue;
            }
            anyTreated = true;
            for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                boolean on = data.time(r) >= start[e];
                dummy[r] = on ? 1 : 0;
                anyUntreatedPeriod |= !on;
            }
        }
        if (!anyTreated) {
            throw new InputException(source + ": no unit is treated within the panel's periods");
        }
        if (!anyUntreatedPeriod) {
            throw new InputException(source + ": the treated group has no untreated periods (every treated unit is "
                    + "treated from its first observed period), so the effect is not identified apart from the "
                    + "entity effects");
        }
        if (!anyNever) {
            warnings.add(source + ": every unit is eventually treated; controls are the not-yet-treated units");
        }
        return new TreatmentAssignment(dummy, start, true, null, source, warnings);
    }

    private static TreatmentAssignment fromColumn(String column, PanelFrame data) {
        double[] d = data.numeric(column);
        Long[] start = new Long[data.nEntities()];
        String switcher = null;
        boolean anyZero = false;
        boolean anyOne = false;
        for (int r = 0; r < d.length; r++) {
            if (!Double.isNaN(d[r]) && d[r] != 0 && d[r] != 1) {
                throw new InputException("treatment=" + column + " must be 0/1, but " + data.describe(r) + " has "
                        + d[r]);
            }
        }
        for (int e = 0; e < start.length; e++) {
            boolean on = false;
            for (int r = data.firstRow(e); r < data.endRow(e); r++) {
                if (Double.isNaN(d[r])) {
                    continue;
                }
                if (d[r] == 1) {
                    anyOne = true;
                    if (!on) {
                        on = true;
                        start[e] = data.time(r);
                    }
                } else {
                    anyZero = true;
                    if (on && switcher == null) {
                        switcher = data.entityLabels().get(e) + " (" + data.describe(r) + ")";
                    }
                }
            }
        }
        if (!anyOne) {
            throw new InputException("treatment=" + column + " is 0 in every row: nobody is treated");
        }
        if (!anyZero) {
            throw new InputException("treatment=" + column + " is 1 in every row: the treated group has no untreated "
                    + "periods and there is no control group");
        }
        boolean treatedWithUntreatedPeriod = false;
        for (int e = 0; e < start.length; e++) {
            treatedWithUntreatedPeriod |= start[e] != null && data.time(data.firstRow(e)) < start[e];
        }
        if (!treatedWithUntreatedPeriod) {
            throw new InputException("treatment=" + column + ": the treated group has no untreated periods (every "
                    + "treated unit is 1 from its first observed period), so the effect is not identified apart from "
                    + "the entity effects");
        }
        return new TreatmentAssignment(d, start, switcher == null, switcher, "treatment=" + column, new ArrayList<>());
    }

    /** Requires absorbing treatment (event times, group-time ATTs, Bacon): named otherwise. */
    void requireAbsorbing(String what) {
        if (!absorbing) {
            throw new InputException(what + " needs a treatment that stays on once switched on, but " + source
                    + " switches off again for " + switcher);
        }
    }

    /** True when the units start in more than one period (staggered adoption). */
    boolean staggered() {
        Long first = null;
        for (Long s : start) {
            if (s != null) {
                if (first != null && !first.equals(s)) {
                    return true;
                }
                first = s;
            }
        }
        return false;
    }

    /** Any never-treated unit. */
    boolean hasNeverTreated() {
        for (Long s : start) {
            if (s == null) {
                return true;
            }
        }
        return false;
    }

    /** Event time t − start per row (NaN for never-treated units). */
    double[] eventTime(PanelFrame data) {
        double[] rel = new double[data.rows()];
        for (int r = 0; r < rel.length; r++) {
            Long s = start[data.entityIndex(r)];
            rel[r] = s == null ? Double.NaN : data.time(r) - s;
        }
        return rel;
    }

    /** The per-row table of the built treatment: entity, time, group (first treated period), dummy, event time. */
    ResultTable table(PanelFrame data) {
        ResultTable t = new ResultTable(List.of("entity", "time", "treated_group", "first_treated", "treat",
                "event_time"));
        for (int r = 0; r < data.rows(); r++) {
            Long s = start[data.entityIndex(r)];
            t.addRow(data.entityLabel(r), data.time(r), s != null, s, Double.isNaN(dummy[r]) ? null : dummy[r],
                    s == null ? null : data.time(r) - s);
        }
        return t;
    }
}
