package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carbonlab.core.errors.InputException;

/**
 * The xtabond2-like text of {@code panel.gmm}: the model {@code y ~ lag(y, 1:2) + w + lag(w, 1) + k} (a term is a
 * variable, {@code log(variable)}, or either inside {@code lag(v, k)} / {@code lag(v, a:b)}), the GMM-style
 * instruments {@code lag(y, 2:.); lag(w, 2:3)} ({@code .} or 99 and above: every available lag) and the standard
 * instruments {@code k; lag(ys, 1)}, items separated by {@code ;}.
 */
final class GmmSpecification {
    /** A lag range end meaning "every available lag", as xtabond2's {@code .}. */
    static final int ALL_LAGS = Integer.MAX_VALUE;

    /** A variable as written: a column, optionally logged. */
    record Variable(String column, boolean log) {
        String label() {
            return log ? "log(" + column + ")" : column;
        }
    }

    /** One regressor or standard instrument: a variable lagged {@code lag} periods. */
    record Term(Variable variable, int lag) {
        String label() {
            return lag == 0 ? variable.label() : "lag(" + variable.label() + ", " + lag + ")";
        }
    }

    /** GMM-style instruments of one variable with its lag range. */
    record GmmTerm(Variable variable, int minLag, int maxLag, String text) {
    }

    record Model(Variable response, List<Term> regressors) {
    }

    private static final Pattern LAG = Pattern.compile("^lag\\s*\\((.*),\\s*([0-9]+)\\s*(?::\\s*([0-9]+|\\.))?\\s*\\)$");
    private static final Pattern LOG = Pattern.compile("^log\\s*\\(\\s*([^()]+?)\\s*\\)$");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z_.][A-Za-z0-9_.]*$");

    private GmmSpecification() {
    }

    static Model model(String formula) {
        int tilde = formula.indexOf('~');
        if (tilde < 0) {
            throw new InputException("formula '" + formula + "' has no '~' (write e.g. y ~ lag(y, 1) + x)");
        }
        Variable response = variable(formula.substring(0, tilde).trim(), "the response of formula '" + formula + "'");
        List<Term> terms = new ArrayList<>();
        for (String part : splitTop(formula.substring(tilde + 1), '+')) {
            terms.addAll(terms(part, "formula '" + formula + "'"));
        }
        if (terms.isEmpty()) {
            throw new InputException("formula '" + formula + "' has no regressors");
        }
        return new Model(response, terms);
    }

    static List<Term> standardInstruments(String text) {
        List<Term> out = new ArrayList<>();
        for (String part : splitTop(text, ';')) {
            out.addAll(terms(part, "iv='" + text + "'"));
        }
        return out;
    }

    static List<GmmTerm> gmmInstruments(String text) {
        List<GmmTerm> out = new ArrayList<>();
        for (String part : splitTop(text, ';')) {
            String p = part.trim();
            Matcher m = LAG.matcher(p);
            if (!m.matches()) {
                throw new InputException("gmm='" + text + "': '" + p + "' is not lag(variable, first:last), e.g. "
                        + "lag(y, 2:4) or lag(y, 2:.) for every available lag");
            }
            Variable v = variable(m.group(1).trim(), "gmm='" + text + "'");
            int a = Integer.parseInt(m.group(2));
            int b = m.group(3) == null ? a : m.group(3).equals(".") ? ALL_LAGS : Integer.parseInt(m.group(3));
            if (b >= 99) {
                b = ALL_LAGS;
            }
            if (a < 1) {
                throw new InputException("gmm='" + text + "': the lag range of " + v.label() + " starts at " + a
                        + "; GMM-style instruments for differenced equations start at lag 1 (exogenous) or 2 "
                        + "(predetermined/endogenous, e.g. the lagged dependent variable)");
            }
            if (b < a) {
                throw new InputException("gmm='" + text + "': lag range " + a + ":" + b + " of " + v.label()
                        + " ends before it starts");
            }
            out.add(new GmmTerm(v, a, b, p));
        }
        if (out.isEmpty()) {
            throw new InputException("gmm is empty: name at least one GMM-style instrument, e.g. gmm=lag(y, 2:.)");
        }
        return out;
    }

    private static List<Term> terms(String part, String where) {
        String p = part.trim();
        if (p.isEmpty()) {
            throw new InputException(where + " has an empty term");
        }
        Matcher m = LAG.matcher(p);
        if (!m.matches()) {
            return List.of(new Term(variable(p, where), 0));
        }
        Variable v = variable(m.group(1).trim(), where);
        int a = Integer.parseInt(m.group(2));
        if (m.group(3) != null && m.group(3).equals(".")) {
            throw new InputException(where + ": '" + p + "' needs a finite lag range for a regressor");
        }
        int b = m.group(3) == null ? a : Integer.parseInt(m.group(3));
        if (b < a) {
            throw new InputException(where + ": lag range " + a + ":" + b + " of " + v.label() + " ends before it starts");
        }
        List<Term> out = new ArrayList<>();
        for (int lag = a; lag <= b; lag++) {
            out.add(new Term(v, lag));
        }
        return out;
    }

    private static Variable variable(String text, String where) {
        Matcher log = LOG.matcher(text);
        if (log.matches() && NAME.matcher(log.group(1)).matches()) {
            return new Variable(log.group(1), true);
        }
        if (NAME.matcher(text).matches()) {
            return new Variable(text, false);
        }
        throw new InputException(where + ": '" + text + "' is not a column name or log(column)");
    }

    /** Splits at {@code sep} outside parentheses. */
    private static List<String> splitTop(String text, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        String last = text.substring(start);
        if (!last.isBlank() || !out.isEmpty()) {
            out.add(last);
        }
        return out;
    }
}
