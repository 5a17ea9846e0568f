package org.carbonlab.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.report.PublicationTable.Parenthesis;

/**
 * How a publication table is printed: what goes in parentheses under each coefficient ({@code se} or {@code t}),
 * the significance levels of the stars ({@code 0.1,0.05,0.01}: * p&lt;0.1, ** p&lt;0.05, *** p&lt;0.01; {@code none}
 * for no stars) and free-text notes printed under the table.
 *
 * <p>Each option may be unset; {@link #over(PublicationOptions)} combines two sets option by option and the
 * accessors resolve what is unset to the defaults (standard errors, 10/5/1 %, no notes). Options come from two
 * places:
 * <ul>
 * <li>an estimator that writes a table (e.g. {@code panel.stepwise}) declares {@link #parameterSpecs()}; its
 * result then carries the values among its parameters and {@link #fromParameters(Map)} reads them back;</li>
 * <li>the report writer: {@code new ResultRenderer(options)}. Options set there win over the result's, option by
 * option (a writer that sets only notes keeps the result's choice of parentheses).</li>
 * </ul>
 */
public final class PublicationOptions {
    public static final String PARENTHESIS = "parenthesis";
    public static final String STARS = "stars";
    public static final String NOTES = "notes";
    /** The default significance levels, most lenient first: * p&lt;0.1, ** p&lt;0.05, *** p&lt;0.01. */
    public static final List<Double> DEFAULT_STARS = List.of(0.1, 0.05, 0.01);

    private static final PublicationOptions NONE = new PublicationOptions(null, null, null);

    private final Parenthesis parenthesis;
    private final List<Double> stars;
    private final List<String> notes;

    private PublicationOptions(Parenthesis parenthesis, List<Double> stars, List<String> notes) {
        this.parenthesis = parenthesis;
        this.stars = stars == null ? null : List.copyOf(stars);
        this.notes = notes == null ? null : List.copyOf(notes);
    }

    /** No option set: everything resolves to the defaults. */
    public static PublicationOptions none() {
        return NONE;
    }

    public PublicationOptions withParenthesis(Parenthesis p) {
        return new PublicationOptions(p, stars, notes);
    }

    /** Significance levels in (0, 1), in any order, distinct; an empty list means no stars. */
    public PublicationOptions withStars(List<Double> levels) {
        List<String> problems = new ArrayList<>();
        List<Double> checked = checkLevels(levels, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PublicationOptions(parenthesis, checked, notes);
    }

    public PublicationOptions withNotes(List<String> newNotes) {
        return new PublicationOptions(parenthesis, stars, newNotes);
    }

    /**
     * Options from text as users write them; {@code null} or blank leaves an option unset. Every problem is
     * reported at once in an {@link InputException}.
     */
    public static PublicationOptions parse(String parenthesis, String stars, String notes) {
        List<String> problems = new ArrayList<>();
        Parenthesis p = blank(parenthesis) ? null : parseParenthesis(parenthesis, problems);
        List<Double> s = blank(stars) ? null : parseStars(List.of(stars.split(",")), problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new PublicationOptions(p, s, blank(notes) ? null : List.of(notes.strip()));
    }

    /**
     * The options among an estimator's resolved parameters ({@link #PARENTHESIS}, {@link #STARS}, {@link #NOTES});
     * absent or null values stay unset. Values that do not parse are left unset too: estimators check them in their
     * validate phase with {@link #problems(Map)}.
     */
    public static PublicationOptions fromParameters(Map<String, ?> parameters) {
        List<String> ignored = new ArrayList<>();
        Object p = parameters.get(PARENTHESIS);
        Object s = parameters.get(STARS);
        Object n = parameters.get(NOTES);
        Parenthesis parenthesis = p == null || blank(p.toString()) ? null : parseParenthesis(p.toString(), ignored);
        List<Double> stars = s == null ? null : parseStars(items(s), ignored); // null when it does not parse
        List<String> notes = n == null || blank(n.toString()) ? null : List.of(n.toString().strip());
        return new PublicationOptions(parenthesis, stars, notes);
    }

    /** What is wrong with the options among {@code parameters}, one message per problem; empty when all is well. */
    public static List<String> problems(Map<String, ?> parameters) {
        List<String> problems = new ArrayList<>();
        Object p = parameters.get(PARENTHESIS);
        if (p != null && !blank(p.toString())) {
            parseParenthesis(p.toString(), problems);
        }
        Object s = parameters.get(STARS);
        if (s != null) {
            parseStars(items(s), problems);
        }
        return problems;
    }

    /**
     * The parameters an estimator declares when it writes a publication table: {@code parenthesis} (se|t, default
     * se), {@code stars} (default 0.1,0.05,0.01; none for no stars) and {@code notes} (free text).
     */
    public static List<ParameterSpec> parameterSpecs() {
        return List.of(
                ParameterSpec.choice(PARENTHESIS, "se", List.of("se", "t"),
                        "what the publication table prints in parentheses under each coefficient: se (standard "
                                + "errors) or t (t statistics; z for random effects)"),
                ParameterSpec.optional(STARS, ParameterType.LIST, "0.1,0.05,0.01",
                        "significance levels of the stars in the publication table, comma-separated: one star for "
                                + "p below the first, two below the second, ...; none for no stars"),
                ParameterSpec.optional(NOTES, ParameterType.STRING, null,
                        "free-text note printed under the publication table (after the standard note on "
                                + "parentheses and stars)"));
    }

    /** Option by option: this set's value where it is set, else {@code base}'s. */
    public PublicationOptions over(PublicationOptions base) {
        return new PublicationOptions(parenthesis != null ? parenthesis : base.parenthesis,
                stars != null ? stars : base.stars, notes != null ? notes : base.notes);
    }

    public boolean parenthesisSet() {
        return parenthesis != null;
    }

    public boolean starsSet() {
        return stars != null;
    }

    public boolean notesSet() {
        return notes != null;
    }

    /** What goes in parentheses; standard errors when unset. */
    public Parenthesis parenthesis() {
        return parenthesis != null ? parenthesis : Parenthesis.STD_ERROR;
    }

    /** The significance levels, most lenient first; {@link #DEFAULT_STARS} when unset, empty for no stars. */
    public List<Double> stars() {
        return stars != null ? stars : DEFAULT_STARS;
    }

    /** The free-text notes; none when unset. */
    public List<String> notes() {
        return notes != null ? notes : List.of();
    }

    /** The stars of a p-value: one per level it is below ({@code p < level}, as esttab). */
    public String starsFor(double pValue) {
        return Numbers.stars(pValue, stars());
    }

    /** "* p&lt;0.1, ** p&lt;0.05, *** p&lt;0.01", or empty without stars. */
    public String starsLegend() {
        return legend(stars());
    }

    static String legend(List<Double> levels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            parts.add("*".repeat(i + 1) + " p<" + plain(levels.get(i)));
        }
        return String.join(", ", parts);
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> items(Object value) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(o -> out.add(String.valueOf(o)));
            return out;
        }
        return List.of(value.toString().split(","));
    }

    private static Parenthesis parseParenthesis(String text, List<String> problems) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "se", "std_error", "standard_error":
                return Parenthesis.STD_ERROR;
            case "t", "z", "t_statistic", "statistic":
                return Parenthesis.T_STATISTIC;
            default:
                problems.add("invalid value for '" + PARENTHESIS + "': '" + text + "'; use se (standard errors) or t "
                        + "(t statistics) in parentheses");
                return null;
        }
    }

    /** Parses star levels; "none" (alone) means no stars. Problems are added to {@code problems}. */
    private static List<Double> parseStars(List<String> items, List<String> problems) {
        List<String> trimmed = new ArrayList<>();
        for (String i : items) {
            if (!i.isBlank()) {
                trimmed.add(i.strip());
            }
        }
        if (trimmed.isEmpty() || trimmed.size() == 1 && trimmed.get(0).equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Double> levels = new ArrayList<>();
        int before = problems.size();
        for (String i : trimmed) {
            try {
                levels.add(Double.parseDouble(i));
            } catch (NumberFormatException e) {
                problems.add("invalid value for '" + STARS + "': '" + i + "' is not a number; give significance "
                        + "levels such as 0.1,0.05,0.01, or none");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return checkLevels(levels, problems);
    }

    private static List<Double> checkLevels(List<Double> levels, List<String> problems) {
        int before = problems.size();
        List<Double> sorted = new ArrayList<>();
        for (double d : levels) {
            if (!(d > 0 && d < 1)) {
                problems.add("invalid value for '" + STARS + "': significance level " + plain0(d)
                        + " is not between 0 and 1 (exclusive)");
            } else if (sorted.contains(d)) {
                problems.add("invalid value for '" + STARS + "': significance level " + plain(d) + " is listed twice");
            } else {
                sorted.add(d);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        sorted.sort(Collections.reverseOrder());
        return List.copyOf(sorted);
    }

    private static String plain0(double d) {
        return Double.isFinite(d) ? plain(d) : Double.toString(d);
    }

    @Override
    public String toString() {
        return "PublicationOptions[parenthesis=" + parenthesis + ", stars=" + stars + ", notes=" + notes + "]";
    }
}
