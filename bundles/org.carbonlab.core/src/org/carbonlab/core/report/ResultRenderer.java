package org.carbonlab.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.result.TestResult;

/**
 * Human-readable renderings of one result: a sequence of {@link Grid}s (side-by-side models, coefficients,
 * statistics, tests, per-unit tables) laid out by a {@link GridRenderer}, or a .docx.
 *
 * <p><b>Models.</b> A result that fills {@code models} (stepwise, mediation, Hausman, ...) is shown first as a
 * {@link PublicationTable}: one column per model, stars, standard errors or t statistics in parentheses, N, R²,
 * fixed-effect indicators and notes. In CSV, such a result is that table (with its notes as last rows); a result
 * without models is its coefficients at full precision, as before.
 *
 * <p><b>Options.</b> The table follows {@link PublicationOptions}: those given to this writer
 * ({@link #ResultRenderer(PublicationOptions)}) win, option by option, over those among the result's parameters
 * (an estimator that declares {@link PublicationOptions#parameterSpecs()}), which win over the defaults (standard
 * errors, 10/5/1 %, no notes). The star levels apply to every coefficient grid; the notes go under the publication
 * table, or under the coefficients when the result has no models.
 */
public final class ResultRenderer {
    private final PublicationOptions writerOptions;

    /** A writer without options of its own: each result's parameters, else the defaults. */
    public ResultRenderer() {
        this(PublicationOptions.none());
    }

    /** A writer whose options (those set) override the results' own. */
    public ResultRenderer(PublicationOptions options) {
        this.writerOptions = options == null ? PublicationOptions.none() : options;
    }

    public String render(Result r, ReportFormat format) {
        return switch (format) {
            case JSON -> new JsonResultWriter().write(r);
            case MARKDOWN -> markdown(r);
            case LATEX -> text(r, GridRenderer.LATEX, "% ", "\n");
            case HTML -> html(r);
            case CSV -> csv(r);
            case DOCX -> throw new IllegalArgumentException("docx is binary: use renderDocx");
        };
    }

    public byte[] renderDocx(Result r) {
        return new DocxWriter().write(title(r), grids(r), r.warnings());
    }

    /** The options a result is rendered with: this writer's where set, else the result's parameters'. */
    public PublicationOptions options(Result r) {
        return writerOptions.over(PublicationOptions.fromParameters(r.parameters()));
    }

    /** The grids that describe a result, in reading order. */
    public List<Grid> grids(Result r) {
        PublicationOptions options = options(r);
        List<Grid> grids = new ArrayList<>();
        if (hasPublicationTable(r)) {
            grids.add(publicationTable(r, options).toGrid());
        }
        if (!r.coefficients().isEmpty()) {
            Grid g = coefficients(r, "Coefficients", options);
            if (r.models().isEmpty()) {
                options.notes().forEach(g::note);
            }
            grids.add(g);
        }
        if (!r.statistics().isEmpty()) {
            grids.add(statistics(r.statistics(), "Statistics"));
        }
        if (!r.tests().isEmpty()) {
            grids.add(tests(r.tests(), "Tests"));
        }
        for (Map.Entry<String, ResultTable> t : r.tables().entrySet()) {
            grids.add(table(t.getValue(), "Table: " + t.getKey(), r));
        }
        return grids;
    }

    /** Models without coefficients (e.g. unit-root tests per variable) make no publication table. */
    private static boolean hasPublicationTable(Result r) {
        return r.models().stream().anyMatch(m -> !m.coefficients().isEmpty());
    }

    /** The result parameter that asks for {@link PublicationTable#adjustedR2Dummies(boolean)}. */
    public static final String ADJ_R2_PARAMETER = "adj_r2";

    /** The result's models side by side, one column each, with the options applied. */
    public static PublicationTable publicationTable(Result r, PublicationOptions options) {
        PublicationTable pt = new PublicationTable().caption("Models");
        for (ModelResult m : r.models()) {
            pt.add(m.name(), m);
        }
        // an estimator that declares the parameter adj_r2 (panel.stepwise) asks for the dummy-model adjusted R² row
        pt.adjustedR2Dummies(Boolean.parseBoolean(String.valueOf(r.parameters().get(ADJ_R2_PARAMETER))));
        return pt.options(options);
    }

    public static Grid coefficients(ModelResult m, String caption) {
        return coefficients(m, caption, PublicationOptions.none());
    }

    /** One model's coefficient table; stars at the options' levels. */
    public static Grid coefficients(ModelResult m, String caption, PublicationOptions options) {
        String stat = m.inference() == null ? "t" : m.inference().statisticSymbol();
        Grid g = new Grid(List.of("term", "estimate", "std. error", stat, "p-value", "95% CI low", "95% CI high"));
        g.caption(caption);
        for (Coefficient c : m.coefficients()) {
            g.row(List.of(c.term(), Numbers.auto(c.estimate()) + options.starsFor(c.pValue()), Numbers.auto(c.stdError()),
                    Numbers.auto(c.statistic()), Numbers.pValue(c.pValue()), Numbers.auto(c.confLow()),
                    Numbers.auto(c.confHigh())));
        }
        String legend = options.starsLegend();
        if (!legend.isEmpty()) {
            g.note(legend);
        }
        return g;
    }

    public static Grid statistics(Map<String, Object> stats, String caption) {
        Grid g = new Grid(List.of("statistic", "value"));
        g.caption(caption);
        for (Map.Entry<String, Object> e : stats.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map || v instanceof Iterable || v instanceof double[]) {
                continue;
            }
            g.row(List.of(StatisticLabels.label(e.getKey()), Numbers.any(v)));
        }
        return g;
    }

    public static Grid tests(List<TestResult> tests, String caption) {
        Grid g = new Grid(List.of("test", "statistic", "df", "p-value", "distribution"));
        g.caption(caption);
        for (TestResult t : tests) {
            StringBuilder df = new StringBuilder();
            for (double d : t.df()) {
                if (df.length() > 0) {
                    df.append(", ");
                }
                df.append(d == Math.rint(d) ? Long.toString((long) d) : Numbers.auto(d));
            }
            g.row(List.of(StatisticLabels.label(t.name()), Numbers.auto(t.statistic()), df.toString(), Numbers.pValue(t.pValue()), t.distribution()));
        }
        return g;
    }

    public static Grid table(ResultTable t, String caption) {
        return table(t, caption, null);
    }

    /** As {@link #table(ResultTable, String)}, periods labelled by the result's time unit (2015Q1, 2015-03). */
    static Grid table(ResultTable t, String caption, Result r) {
        Grid g = new Grid(t.columns());
        g.caption(caption);
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < row.size(); j++) {
                cells.add(Numbers.any(r == null ? row.get(j) : r.cellForOutput(t.columns().get(j), row.get(j))));
            }
            g.row(cells);
        }
        return g;
    }

    private static String title(Result r) {
        return "CarbonLab result: " + r.estimatorId();
    }

    private String markdown(Result r) {
        StringBuilder sb = new StringBuilder("# ").append(title(r)).append("\n\n");
        if (r.data() != null) {
            sb.append("Data: `").append(r.data().source()).append("` (").append(r.data().nObs()).append(" observations, ")
                    .append(r.data().nEntities()).append(" entities, ")
                    .append(r.data().crossSection() ? "cross-section"
                            : r.data().nPeriods() + " periods, " + (r.data().balanced() ? "balanced" : "unbalanced"))
                    .append(")");
            if (!r.sample().isEmpty()) {
                sb.append("; sample:");
                if (r.sample().containsKey("subset")) {
                    sb.append(" subset `").append(r.sample().get("subset")).append('`');
                }
                if (r.sample().containsKey("period_range")) {
                    sb.append(" periods ").append(r.sample().get("period_range"));
                }
                sb.append(", ").append(r.sample().get("rows_selected")).append(" of ").append(r.sample().get("rows_data"))
                        .append(" rows");
            }
            sb.append("\n\n");
        }
        for (Grid g : grids(r)) {
            sb.append(GridRenderer.MARKDOWN.render(g)).append('\n');
        }
        appendWarnings(sb, r.warnings(), "## Warnings\n\n", "- ");
        return sb.toString();
    }

    private String text(Result r, GridRenderer renderer, String commentPrefix, String separator) {
        StringBuilder sb = new StringBuilder();
        sb.append(commentPrefix).append(title(r)).append('\n');
        if (renderer == GridRenderer.LATEX) {
            // a fragment for \input: say what the including document must load
            sb.append(GridRenderer.LATEX_REQUIRES).append('\n');
        }
        for (Grid g : grids(r)) {
            sb.append(renderer.render(g)).append(separator);
        }
        appendWarnings(sb, r.warnings(), "", commentPrefix + "Warning: ");
        return sb.toString();
    }

    private String html(Result r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(GridRenderer.html(title(r))).append("</title>\n<style>").append(GridRenderer.HTML_STYLE)
                .append("</style></head><body>\n<h1>").append(GridRenderer.html(title(r))).append("</h1>\n");
        for (Grid g : grids(r)) {
            sb.append(GridRenderer.HTML.render(g));
        }
        if (!r.warnings().isEmpty()) {
            sb.append("<h2>Warnings</h2>\n<ul>\n");
            for (String w : r.warnings()) {
                sb.append("<li>").append(GridRenderer.html(w)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /**
     * CSV: a result with models is its publication table (formatted as printed, notes as last rows); otherwise the
     * coefficients at full precision; without coefficients the first table, else the statistics.
     */
    private String csv(Result r) {
        if (hasPublicationTable(r)) {
            Grid g = publicationTable(r, options(r)).toGrid();
            StringBuilder sb = new StringBuilder(GridRenderer.CSV.render(g));
            for (String n : g.notes()) {
                sb.append(GridRenderer.csv("Note: " + n)).append('\n');
            }
            return sb.toString();
        }
        if (!r.coefficients().isEmpty()) {
            StringBuilder sb = new StringBuilder("term,estimate,std_error,statistic,p_value,conf_low,conf_high\n");
            for (Coefficient c : r.coefficients()) {
                sb.append(GridRenderer.csv(c.term())).append(',').append(full(c.estimate())).append(',')
                        .append(full(c.stdError())).append(',').append(full(c.statistic())).append(',')
                        .append(full(c.pValue())).append(',').append(full(c.confLow())).append(',')
                        .append(full(c.confHigh())).append('\n');
            }
            return sb.toString();
        }
        if (!r.tables().isEmpty()) {
            ResultTable t = r.tables().values().iterator().next();
            StringBuilder sb = new StringBuilder(String.join(",", t.columns().stream().map(GridRenderer::csv).toList()))
                    .append('\n');
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < row.size(); j++) {
                    Object o = r.cellForOutput(t.columns().get(j), row.get(j));
                    cells.add(o == null ? "" : o instanceof Double d ? full(d) : GridRenderer.csv(o.toString()));
                }
                sb.append(String.join(",", cells)).append('\n');
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder("statistic,value\n");
        for (Map.Entry<String, Object> e : r.statistics().entrySet()) {
            Object v = e.getValue();
            sb.append(GridRenderer.csv(e.getKey())).append(',')
                    .append(v instanceof Double d ? full(d) : GridRenderer.csv(String.valueOf(v))).append('\n');
        }
        return sb.toString();
    }

    private static String full(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "";
    }

    private static void appendWarnings(StringBuilder sb, List<String> warnings, String heading, String bullet) {
        if (warnings.isEmpty()) {
            return;
        }
        sb.append(heading);
        for (String w : warnings) {
            sb.append(bullet).append(w).append('\n');
        }
    }
}
