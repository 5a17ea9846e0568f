package org.carbonlab.stats.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;

/**
 * The variables of a descriptive table: raw columns or expressions in the formula language
 * ({@code co2, log(gdp), co2/pop}), separated by commas outside parentheses and quotes, each labelled as
 * written. Without a list, every numeric column except the entity and time columns.
 */
final class VariableList {
    final List<String> labels = new ArrayList<>();
    final List<double[]> values = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    VariableList(PanelFrame data, String text, String parameter) {
        List<String> items = text == null || text.isBlank() ? numericColumns(data) : split(text);
        if (items.isEmpty()) {
            problems.add("parameter '" + parameter + "': no variables given, and " + data.origin()
                    + " has no numeric column besides the entity and time columns");
        }
        for (String item : items) {
            if (item.isBlank()) {
                problems.add("parameter '" + parameter + "' has an empty item in '" + text + "'");
                continue;
            }
            try {
                double[] v = Expression.parse(item).evaluate(data, warnings);
                labels.add(item);
                values.add(v);
            } catch (InputException e) {
                for (String p : e.problems()) {
                    problems.add("parameter '" + parameter + "', variable '" + item + "': " + p);
                }
            }
        }
    }

    /** Splits at commas outside parentheses and quotes. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }

    private static List<String> numericColumns(PanelFrame data) {
        List<String> out = new ArrayList<>();
        for (String c : data.columnNames()) {
            if (!c.equals(data.entityColumn()) && !c.equals(data.timeColumn()) && data.isNumeric(c)
                    && !data.allMissing(c)) {
                out.add(Expression.parse("`" + c + "`").label());
            }
        }
        return out;
    }
}
