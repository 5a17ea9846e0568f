package org.carbonlab.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carbonlab.core.inference.Inference;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.ModelResult;

/**
 * Several models side by side, as applied papers print them: one column per model, coefficients
 * with stars (10/5/1 % by default, see {@link #stars(List)}), standard errors (or t statistics) in
 * parentheses below, then N, R², the log-likelihood and σ² when a model reports them, and which fixed
 * effects are in, and notes under the table: the standard one (what is in parentheses, the standard errors' kind, the stars) followed by the
 * caller's ({@link #note(String)}, or {@link #options(PublicationOptions)}). Estimators describe a
 * model through these statistics: "dependent", "n_obs", "r2" or "r2_within", "log_likelihood", "sigma2", "effect"
 * (none|individual|time|twoways), "model" ("re" marks random effects: no fixed effects, headline R²
 * "r2"), "n_instruments" and "n_groups" (GMM: rows and the note "instruments: 28, groups: 30"), and through its
 * {@link ModelResult#inference()}: the covariance's description and t or z (for the note
 * under t statistics). Stars follow each coefficient's p-value, which the estimator computed from that inference's
 * distribution (t(df) or normal).
 */
public final class PublicationTable {

    private static final String INTERCEPT = "(Intercept)";
    /** The footer shows the log-likelihood when a model reports this statistic (maximum-likelihood models). */
    private static final String LOG_LIKELIHOOD = "log_likelihood";
    private static final String SIGMA2 = "sigma2";

    /** What goes in parentheses under each coefficient. */
    public enum Parenthesis { STD_ERROR, T_STATISTIC }

    /**
     * One column: its label, an optional group label printed above it (columns with the same group next to each
     * other share it, e.g. "Main" and "Wx" under one weight matrix), the model, and whether the model's footer rows
     * (N, R², FE, counts, tests) are printed under it (not under the second part of a model already counted).
     */
    public record Column(String label, String group, ModelResult model, boolean footers) {
        public Column(String label, ModelResult model) {
            this(label, null, model, true);
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private Parenthesis parenthesis = Parenthesis.STD_ERROR;
    private List<Double> stars = PublicationOptions.DEFAULT_STARS;
    private String caption;
    private final List<String> notes = new ArrayList<>();
    private boolean adjustedR2Dummies;

    public PublicationTable add(String label, ModelResult model) {
        columns.add(new Column(label, model));
        return this;
    }

    public PublicationTable add(Column column) {
        columns.add(column);
        return this;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public PublicationTable parenthesis(Parenthesis p) {
        this.parenthesis = p;
        return this;
    }

    /**
     * The significance levels of the stars, in any order (printed most lenient first): one star for p below the
     * largest level, two below the next, ...; an empty list prints no stars.
     */
    public PublicationTable stars(List<Double> levels) {
        this.stars = PublicationOptions.none().withStars(levels).stars();
        return this;
    }

    /** Applies the options that are set: parentheses, stars, and the notes (appended). */
    public PublicationTable options(PublicationOptions options) {
        if (options.parenthesisSet()) {
            parenthesis = options.parenthesis();
        }
        if (options.starsSet()) {
            stars = options.stars();
        }
        notes.addAll(options.notes());
        return this;
    }

    public Parenthesis parenthesis() {
        return parenthesis;
    }

    /** The significance levels of the stars, most lenient first. */
    public List<Double> stars() {
        return stars;
    }

    /** The caller's notes (the standard note on parentheses and stars is added by {@link #toGrid()}). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public PublicationTable caption(String text) {
        this.caption = text;
        return this;
    }

    /**
     * Whether to print the row "Adj. R² (FE as dummies)": the adjusted R² of the model with its fixed effects as
     * explicit dummies (statistic {@value #ADJ_R2_DUMMIES}: R's {@code lm} with factor dummies, areg's and reghdfe's
     * {@code r2_a} without clustering), or a pooled model's {@code adj_r2}.
     */
    public PublicationTable adjustedR2Dummies(boolean show) {
        this.adjustedR2Dummies = show;
        return this;
    }

    /** The statistic the row "Adj. R² (FE as dummies)" prints. */
    public static final String ADJ_R2_DUMMIES = "adj_r2_lsdv";

    public PublicationTable note(String note) {
        notes.add(note);
        return this;
    }

    public Grid toGrid() {
        List<String> header = new ArrayList<>();
        header.add("");
        for (int i = 0; i < columns.size(); i++) {
            header.add("(" + (i + 1) + ")");
        }
        Grid g = new Grid(header);
        if (caption != null) {
            g.caption(caption);
        }
        if (columns.stream().anyMatch(c -> c.group() != null && !c.group().isBlank())) {
            List<String> groups = new ArrayList<>();
            groups.add("");
            for (int i = 0; i < columns.size(); i++) {
                String gl = columns.get(i).group() == null ? "" : columns.get(i).group();
                // a group label is printed once, over the first of its neighbouring columns
                boolean continued = i > 0 && gl.equals(columns.get(i - 1).group() == null ? "" : columns.get(i - 1).group());
                groups.add(continued ? "" : gl);
            }
            g.row(groups);
        }
        List<String> labels = new ArrayList<>();
        labels.add("");
        boolean anyLabel = false;
        for (Column c : columns) {
            Object dep = c.model().statistic("dependent");
            String l = c.label() != null ? c.label() : dep == null ? "" : dep.toString();
            anyLabel |= !l.isEmpty();
            labels.add(l);
        }
        if (anyLabel) {
            g.row(labels);
        }
        List<String> terms = termOrder();
        g.rule();
        for (String term : terms) {
            List<String> est = new ArrayList<>();
            List<String> par = new ArrayList<>();
            est.add(term);
            par.add("");
            for (Column c : columns) {
                Optional<Coefficient> k = c.model().coefficient(term);
                est.add(k.map(x -> Numbers.auto(x.estimate()) + Numbers.stars(x.pValue(), stars)).orElse(""));
                par.add(k.map(x -> "(" + Numbers.auto(parenthesis == Parenthesis.STD_ERROR ? x.stdError() : x.statistic()) + ")")
                        .orElse(""));
            }
            g.row(est);
            g.row(par);
        }
        g.rule();
        g.row(footer("N", "n_obs"));
        List<String> r2 = new ArrayList<>();
        r2.add("R²");
        // Random-effects models report Stata's within R² too, but their headline R² is "r2".
        boolean within = columns.stream().anyMatch(c -> !randomEffects(c) && c.model().statistic("r2_within") != null);
        // A fixed-effects model without a within R² (e.g. ML spatial models: R² of y with the effects) gets its R²
        // in a row of its own, not in the "within for FE" row.
        List<String> r2WithEffects = new ArrayList<>(List.of("R² (fixed effects included)"));
        boolean anyWithEffects = false;
        for (Column c : columns) {
            if (!c.footers()) {
                r2.add("");
                r2WithEffects.add("");
                continue;
            }
            Object w = randomEffects(c) ? null : c.model().statistic("r2_within");
            Object v = c.model().statistic("r2");
            boolean separate = within && w == null && !randomEffects(c) && !"none".equals(effect(c));
            anyWithEffects |= separate && v != null;
            r2.add(Numbers.any(w != null ? w : separate ? null : v));
            r2WithEffects.add(Numbers.any(separate ? v : null));
        }
        if (within) {
            r2.set(0, "R² (within for FE)");
        }
        g.row(r2);
        if (anyWithEffects) {
            g.row(r2WithEffects);
        }
        if (adjustedR2Dummies) {
            List<String> adj = new ArrayList<>(List.of("Adj. R² (FE as dummies)"));
            for (Column c : columns) {
                Object v = c.model().statistic(ADJ_R2_DUMMIES);
                adj.add(c.footers() ? Numbers.any(v != null ? v : c.model().statistic("adj_r2")) : "");
            }
            g.row(adj);
        }
        if (columns.stream().anyMatch(c -> c.footers() && c.model().statistic(LOG_LIKELIHOOD) != null)) {
            g.row(footer("Log-likelihood", LOG_LIKELIHOOD));
        }
        // ML models (spatial SAR/SEM/SDM) report their error variance; papers print it under ρ
        if (columns.stream().anyMatch(c -> c.footers() && c.model().statistic(SIGMA2) != null)) {
            g.row(footer("σ²", SIGMA2));
        }
        List<String> entityFe = new ArrayList<>(List.of("Entity FE"));
        List<String> timeFe = new ArrayList<>(List.of("Time FE"));
        for (Column c : columns) {
            if (!c.footers()) {
                entityFe.add("");
                timeFe.add("");
                continue;
            }
            String effect = effect(c);
            entityFe.add(effect.equals("individual") || effect.equals("twoways") ? "Yes" : "No");
            timeFe.add(effect.equals("time") || effect.equals("twoways") ? "Yes" : "No");
        }
        g.row(entityFe);
        g.row(timeFe);
        // instrument-count guard (Roodman 2009): models that report "n_instruments" get the rows and the paper-style
        // note "instruments: 28, groups: 30"
        List<String> counts = new ArrayList<>();
        for (Column c : columns) {
            Object l = c.model().statistic("n_instruments");
            if (l != null && c.footers()) {
                Object groups = c.model().statistic("n_groups");
                counts.add((columns.size() > 1 ? c.label() + ": " : "") + "instruments: " + Numbers.any(l)
                        + (groups == null ? "" : ", groups: " + Numbers.any(groups)));
            }
        }
        if (!counts.isEmpty()) {
            g.row(footer("Instruments", "n_instruments"));
            g.row(footer("Groups", "n_groups"));
        }
        // GMM prints its specification tests' p-values
        for (String[] test : new String[][] {{"AR(1) p", "ar1"}, {"AR(2) p", "ar2"}, {"Hansen p", "hansen"}}) {
            if (columns.stream().anyMatch(c -> c.footers() && c.model().test(test[1]).isPresent())) {
                List<String> row = new ArrayList<>();
                row.add(test[0]);
                for (Column c : columns) {
                    row.add(c.footers() ? c.model().test(test[1]).map(t -> Numbers.auto(t.pValue())).orElse("") : "");
                }
                g.row(row);
            }
        }
        Set<String> vcovs = new LinkedHashSet<>();
        for (Column c : columns) {
            Inference inf = c.model().inference();
            if (inf != null && inf.vcovDescription() != null) {
                vcovs.add(inf.vcovDescription());
            }
        }
        String what = parenthesis == Parenthesis.STD_ERROR ? "Standard errors" : statisticsName();
        String legend = PublicationOptions.legend(stars);
        g.note(what + " in parentheses" + (vcovs.isEmpty() ? "" : " (" + String.join("; ", vcovs) + ")")
                + "." + (legend.isEmpty() ? "" : " " + legend + "."));
        if (!counts.isEmpty()) {
            g.note(String.join("; ", counts) + ".");
        }
        notes.forEach(g::note);
        return g;
    }

    private static boolean randomEffects(Column c) {
        return "re".equals(c.model().statistic("model"));
    }

    /** The fixed effects in: none, individual, time or twoways (random effects count as none). */
    private static String effect(Column c) {
        Object e = c.model().statistic("effect");
        return e == null || randomEffects(c) ? "none" : e.toString();
    }

    /**
     * The rows: every model's terms in an order that keeps each model's own order, the intercept last (as Stata's
     * esttab prints it). A term not listed yet goes just before the first listed term that follows it in its model,
     * else at the end; so a model's extra terms sit where that model puts them: the spatial lags W*x of an SDM after
     * its x and before rho, also when a SAR (x, rho) comes first.
     */
    private List<String> termOrder() {
        List<String> order = new ArrayList<>();
        for (Column c : columns) {
            List<String> own = new ArrayList<>();
            for (Coefficient k : c.model().coefficients()) {
                if (!k.term().equals(INTERCEPT)) {
                    own.add(k.term());
                }
            }
            for (int i = 0; i < own.size(); i++) {
                String term = own.get(i);
                if (order.contains(term)) {
                    continue;
                }
                int at = order.size();
                for (int j = i + 1; j < own.size() && at == order.size(); j++) {
                    int listed = order.indexOf(own.get(j));
                    if (listed >= 0) {
                        at = listed;
                    }
                }
                order.add(at, term);
            }
        }
        if (columns.stream().anyMatch(c -> c.model().coefficient(INTERCEPT).isPresent())) {
            order.add(INTERCEPT);
        }
        return order;
    }

    /** "t statistics", "z statistics" when every model reports z (random effects), else "t/z statistics". */
    private String statisticsName() {
        Set<String> types = new LinkedHashSet<>();
        for (Column c : columns) {
            Inference inf = c.model().inference();
            types.add(inf == null ? "t" : inf.statisticSymbol());
        }
        if (types.equals(Set.of("z"))) {
            return "z statistics";
        }
        return types.contains("z") ? "t/z statistics" : "t statistics";
    }

    private List<String> footer(String label, String key) {
        List<String> row = new ArrayList<>();
        row.add(label);
        for (Column c : columns) {
            row.add(c.footers() ? Numbers.any(c.model().statistic(key)) : "");
        }
        return row;
    }
}
