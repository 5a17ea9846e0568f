package org.carbonlab.core.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carbonlab.core.data.Names;
import org.carbonlab.core.errors.InputException;

/**
 * Recursive-descent parser for formulas and expressions. Syntax errors stop at the first one
 * (with the 1-based position and what was expected); unknown functions and wrong arguments are
 * collected and reported together.
 */
final class Parser {
    enum Kind {
        NAME, NUMBER, STRING, LPAREN, RPAREN, COMMA, PLUS, MINUS, STAR, SLASH, CARET, COLON, TILDE, PIPE, EQUALS, END,
        EQ, NE, LT, LE, GT, GE, AND, NOT, IN
    }

    record Token(Kind kind, String text, int pos, boolean quoted) {
    }

    private final String text;
    private final FunctionRegistry registry;
    private final String what;
    private final List<Token> tokens;
    private final List<String> problems = new ArrayList<>();
    private int at;
    /** Current nesting (parentheses, calls, signs): the parser recurses once per level. */
    private int depth;

    /** Deeper nesting is refused: it means a generated or broken formula, and would exhaust the stack. */
    static final int MAX_DEPTH = 200;
    /** Longer texts are refused for the same reason (a flat sum of n terms is evaluated n levels deep). */
    static final int MAX_LENGTH = 10_000;

    Parser(String text, FunctionRegistry registry, String what) {
        if (text == null || text.isBlank()) {
            throw new InputException("the " + what + " is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InputException("the " + what + " is " + text.length() + " characters long; the limit is "
                    + MAX_LENGTH + " (it begins '" + text.substring(0, 40) + "...')");
        }
        this.text = text;
        this.registry = registry;
        this.what = what;
        this.tokens = lex();
    }

    // ------------------------------------------------------------------ entry points

    Expression parseExpression() {
        Expression e = logic();
        if (peek().kind == Kind.TILDE) {
            throw syntax("an operator or the end of the expression ('~' belongs in formulas)", peek());
        }
        expect(Kind.END, "an operator or the end of the " + what);
        finish();
        return e;
    }

    Formula parseFormula() {
        if (peek().kind == Kind.TILDE) {
            throw syntax("the response (left-hand side) before '~'", peek());
        }
        Expression lhs = arith();
        if (peek().kind == Kind.COLON) {
            throw syntax("'~' (':' makes interactions, which belong on the right-hand side)", peek());
        }
        if (peek().kind != Kind.TILDE) {
            throw syntax("'~' between the response and the terms", peek());
        }
        next();
        if (peek().kind == Kind.END) {
            throw syntax("terms after '~' (write 1 for an intercept-only model)", peek());
        }
        Rhs rhs = new Rhs();
        sum(rhs, true);
        if (peek().kind == Kind.RPAREN) {
            throw syntax("'+', '-' or the end of the formula (unbalanced ')')", peek());
        }
        List<FixedEffect> fixedEffects = new ArrayList<>();
        List<Term> endogenous = new ArrayList<>();
        List<Term> instruments = new ArrayList<>();
        while (peek().kind == Kind.PIPE) {
            Token bar = next();
            if (!endogenous.isEmpty()) {
                throw error("the instrument part (endog ~ instruments) must be the last part of the formula", bar);
            }
            if (tildeBeforeNextBar()) {
                instrumentPart(endogenous, instruments);
            } else {
                if (!fixedEffects.isEmpty()) {
                    throw error("a formula has one fixed-effects part; join absorbed factors with '+'"
                            + " (y ~ x | entity + year)", bar);
                }
                fixedEffects.addAll(fixedEffectsPart());
            }
        }
        expect(Kind.END, "'+', '-', ':', '*' or the end of the formula");
        finish();
        List<Term> terms = new ArrayList<>();
        rhs.terms.values().forEach(terms::add);
        for (Term e : endogenous) {
            if (rhs.terms.containsKey(e.key())) {
                throw new InputException(prefix() + "'" + e.label() + "' is both an exogenous term and an endogenous"
                        + " variable; list it in one part only");
            }
        }
        return new Formula(text, lhs, terms, rhs.intercept, fixedEffects, endogenous, instruments);
    }

    // ------------------------------------------------------------------ fixed effects and instruments

    /** True when the part after a '|' contains '~' (fixest: the part with '~' holds the instruments). */
    private boolean tildeBeforeNextBar() {
        for (int k = at; k < tokens.size(); k++) {
            Kind kind = tokens.get(k).kind;
            if (kind == Kind.PIPE || kind == Kind.END) {
                return false;
            }
            if (kind == Kind.TILDE) {
                return true;
            }
        }
        return false;
    }

    /** entity + year + province^year: column names, combined with '^'. */
    private List<FixedEffect> fixedEffectsPart() {
        Map<String, FixedEffect> out = new LinkedHashMap<>();
        while (true) {
            List<String> columns = new ArrayList<>();
            while (true) {
                Token t = peek();
                if (t.kind != Kind.NAME || (!t.quoted && peekAt(1).kind == Kind.LPAREN)) {
                    throw syntax("a column to absorb as fixed effects (y ~ x | entity + year, or province^year for"
                            + " combinations)", t);
                }
                next();
                columns.add(t.text);
                if (peek().kind != Kind.CARET) {
                    break;
                }
                next();
            }
            FixedEffect fe = new FixedEffect(columns);
            out.putIfAbsent(fe.label(), fe);
            if (peek().kind != Kind.PLUS) {
                break;
            }
            next();
        }
        if (peek().kind != Kind.PIPE && peek().kind != Kind.END) {
            throw syntax("'+', '^', '|' or the end of the formula after the fixed effects", peek());
        }
        return new ArrayList<>(out.values());
    }

    /** endog1 + endog2 ~ z1 + z2. */
    private void instrumentPart(List<Term> endogenous, List<Term> instruments) {
        Token start = peek();
        if (start.kind == Kind.TILDE) {
            throw syntax("the endogenous variables before '~' (y ~ x | endog ~ z1 + z2)", start);
        }
        endogenous.addAll(termList(start, "endogenous variables"));
        expect(Kind.TILDE, "'~' between the endogenous variables and the instruments");
        Token zStart = peek();
        if (zStart.kind == Kind.END || zStart.kind == Kind.PIPE) {
            throw syntax("instruments after '~' (y ~ x | endog ~ z1 + z2)", zStart);
        }
        instruments.addAll(termList(zStart, "instruments"));
        if (peek().kind == Kind.PIPE) {
            throw error("the instrument part (endog ~ instruments) must be the last part of the formula", peek());
        }
        if (peek().kind != Kind.END) {
            throw syntax("'+' or the end of the formula (the instrument part comes last)", peek());
        }
    }

    private List<Term> termList(Token start, String what) {
        Rhs part = new Rhs();
        sum(part, true);
        if (!part.intercept) {
            throw error("the intercept is set in the first part of the formula, not among the " + what, start);
        }
        if (part.terms.isEmpty()) {
            throw syntax("at least one term among the " + what, start);
        }
        return new ArrayList<>(part.terms.values());
    }

    private void finish() {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    // ------------------------------------------------------------------ formula right-hand side

    private static final class Rhs {
        final Map<String, Term> terms = new LinkedHashMap<>();
        boolean intercept = true;
    }

    /** terms joined by '+'/'-', applied in order (R's semantics: "- x" removes x). */
    private void sum(Rhs rhs, boolean top) {
        boolean first = true;
        while (true) {
            Token t = peek();
            boolean minus = false;
            if (t.kind == Kind.PLUS || t.kind == Kind.MINUS) {
                minus = t.kind == Kind.MINUS;
                next();
            } else if (!first) {
                return;
            }
            first = false;
            Token start = peek();
            if (start.kind == Kind.NUMBER && isTermEnd(peekAt(1).kind)) {
                next();
                double v = Double.parseDouble(start.text);
                if (v != 0 && v != 1) {
                    throw error("the number " + start.text + " is not a term; only 1 (intercept) and 0 or -1 (no"
                            + " intercept) may stand alone; write I(" + start.text + "*x) for arithmetic", start);
                }
                if (!top) {
                    throw error("the intercept (0 or 1) cannot be set inside parentheses", start);
                }
                rhs.intercept = (v == 1) != minus;
                continue;
            }
            List<Term> item = product();
            for (Term term : item) {
                if (minus) {
                    rhs.terms.remove(term.key());
                } else {
                    rhs.terms.putIfAbsent(term.key(), term);
                }
            }
        }
    }

    private static boolean isTermEnd(Kind k) {
        return k == Kind.PLUS || k == Kind.MINUS || k == Kind.END || k == Kind.RPAREN || k == Kind.PIPE
                || k == Kind.TILDE;
    }

    /** a*b = a + b + a:b. */
    private List<Term> product() {
        List<Term> acc = interaction();
        while (peek().kind == Kind.STAR) {
            next();
            List<Term> right = interaction();
            Map<String, Term> out = new LinkedHashMap<>();
            for (Term t : acc) {
                out.putIfAbsent(t.key(), t);
            }
            for (Term t : right) {
                out.putIfAbsent(t.key(), t);
            }
            for (Term t : interact(acc, right)) {
                out.putIfAbsent(t.key(), t);
            }
            acc = new ArrayList<>(out.values());
            // within an expanded product, main effects come before interactions (a*b*c = a + b + c + a:b + ...)
            acc.sort(java.util.Comparator.comparingInt(term -> term.factors().size()));
        }
        Token t = peek();
        if (t.kind == Kind.SLASH) {
            throw error("'/' between terms is not supported; write I(a/b) for a ratio", t);
        }
        if (isComparison(t.kind) || t.kind == Kind.AND || t.kind == Kind.IN) {
            throw error("'" + t.text + "' between terms is not supported; a condition is a term inside I(), e.g."
                    + " I(year >= 2013)", t);
        }
        if (t.kind == Kind.CARET) {
            throw error("'^' between terms is not supported; write I(x^2) for a power", t);
        }
        return acc;
    }

    /** a:b = the product of a and b as one term. */
    private List<Term> interaction() {
        List<Term> acc = factorGroup();
        while (peek().kind == Kind.COLON) {
            next();
            acc = interact(acc, factorGroup());
        }
        return acc;
    }

    private static List<Term> interact(List<Term> a, List<Term> b) {
        Map<String, Term> out = new LinkedHashMap<>();
        for (Term x : a) {
            for (Term y : b) {
                Term t = x.times(y);
                out.putIfAbsent(t.key(), t);
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Term> factorGroup() {
        Token t = peek();
        if (t.kind == Kind.LPAREN) {
            enter(t);
            next();
            Rhs inner = new Rhs();
            sum(inner, false);
            expect(Kind.RPAREN, "')' or '+'");
            depth--;
            return new ArrayList<>(inner.terms.values());
        }
        if (t.kind == Kind.NUMBER) {
            throw error("a number cannot be part of an interaction or product; write I(" + t.text + "*x)", t);
        }
        if (t.kind == Kind.STRING) {
            throw misplacedString(t);
        }
        if (t.kind != Kind.NAME) {
            throw syntax("a term (a variable, a function call such as log(x), or '(')", t);
        }
        if (isFactorCall(t)) {
            return List.of(new Term(List.of(factor())));
        }
        Expression e = primary();
        return List.of(new Term(List.of(e)));
    }

    // ------------------------------------------------------------------ factor(g), i(g[, x])

    private boolean isFactorCall(Token t) {
        return t.kind == Kind.NAME && !t.quoted && (t.text.equals("factor") || t.text.equals("i"))
                && peekAt(1).kind == Kind.LPAREN;
    }

    private Factor factor() {
        Token name = next();
        Token open = next();
        Factor.Style style = name.text.equals("factor") ? Factor.Style.FACTOR : Factor.Style.I;
        String usage = style == Factor.Style.FACTOR ? "factor(g[, ref = level][, bin = c(lo, hi)][, na = \"ref\"])"
                : "i(g[, x][, ref = level or c(level, ...)][, bin = c(lo, hi)][, na = \"ref\"])";
        Token var = peek();
        if (var.kind != Kind.NAME || (!var.quoted && peekAt(1).kind == Kind.LPAREN)) {
            throw error(name.text + "() takes a column name first; usage: " + usage, var);
        }
        next();
        Expression slope = null;
        List<Object> refs = new ArrayList<>();
        double[] bin = null;
        boolean missingAsReference = false;
        java.util.Set<String> named = new java.util.HashSet<>();
        while (peek().kind == Kind.COMMA) {
            next();
            Token a = peek();
            if (a.kind == Kind.NAME && !a.quoted && peekAt(1).kind == Kind.EQUALS) {
                next();
                next();
                if (!named.add(a.text)) {
                    throw error("argument '" + a.text + "' of " + name.text + "() is given twice", a);
                }
                switch (a.text) {
                    case "ref" -> refs = literals(a, true);
                    case "bin" -> bin = binLimits(a);
                    case "na" -> missingAsReference = naPolicy(a);
                    default -> throw error("unknown argument '" + a.text + "' of " + name.text + "(); usage: " + usage, a);
                }
                continue;
            }
            if (style == Factor.Style.FACTOR || slope != null || !named.isEmpty()) {
                throw error(style == Factor.Style.FACTOR
                        ? "factor() takes one column and named arguments; for a slope per level write i(g, x)"
                        : "i() takes a column, an optional variable to interact and then named arguments; usage: "
                                + usage, a);
            }
            slope = arith();
        }
        if (peek().kind != Kind.RPAREN) {
            throw syntax("',' or ')' to close " + name.text + "( opened at position " + (open.pos + 1) + ")", peek());
        }
        next();
        return new Factor(style, var.text, slope, refs, bin, missingAsReference);
    }

    /** A number, a string, or c(...) of them. */
    private List<Object> literals(Token arg, boolean strings) {
        List<Object> out = new ArrayList<>();
        Token t = peek();
        if (t.kind == Kind.NAME && !t.quoted && t.text.equals("c") && peekAt(1).kind == Kind.LPAREN) {
            next();
            next();
            while (true) {
                out.add(literal(arg, strings));
                if (peek().kind == Kind.COMMA) {
                    next();
                    continue;
                }
                expect(Kind.RPAREN, "',' or ')' to close c(");
                return out;
            }
        }
        out.add(literal(arg, strings));
        return out;
    }

    private Object literal(Token arg, boolean strings) {
        Token t = peek();
        if (t.kind == Kind.STRING) {
            if (!strings) {
                throw error(arg.text + " takes numbers, not the string \"" + t.text + "\"", t);
            }
            next();
            return t.text;
        }
        Expression e = arith();
        if (!e.isConstant()) {
            throw error(arg.text + " takes " + (strings ? "levels (numbers or \"strings\")" : "numbers") + ", not '"
                    + e.label() + "'", t);
        }
        return e.constantValue();
    }

    private double[] binLimits(Token arg) {
        Token t = peek();
        List<Object> v = literals(arg, false);
        if (v.size() != 2 || !((Double) v.get(0) < (Double) v.get(1))) {
            throw error("bin takes c(lo, hi) with lo < hi: values below lo are pooled into lo, values above hi"
                    + " into hi", t);
        }
        return new double[] {(Double) v.get(0), (Double) v.get(1)};
    }

    private boolean naPolicy(Token arg) {
        Token t = peek();
        if (t.kind == Kind.STRING && (t.text.equals("ref") || t.text.equals("drop"))) {
            next();
            return t.text.equals("ref");
        }
        throw error("na takes \"drop\" (rows with a missing level are dropped, the default) or \"ref\" (they"
                + " get zeros in every dummy, like the reference level)", t);
    }

    private InputException misplacedString(Token t) {
        return new InputException(prefix() + "unexpected character '" + text.charAt(t.pos) + "' at position "
                + (t.pos + 1) + " (quote odd column names with backquotes: `my col`)");
    }

    // ------------------------------------------------------------------ arithmetic

    private Expression arith() {
        Expression e = mul();
        while (peek().kind == Kind.PLUS || peek().kind == Kind.MINUS) {
            char op = next().kind == Kind.PLUS ? '+' : '-';
            e = new Expression.Binary(op, e, mul());
        }
        return e;
    }

    private Expression mul() {
        Expression e = special();
        while (peek().kind == Kind.STAR || peek().kind == Kind.SLASH) {
            char op = next().kind == Kind.STAR ? '*' : '/';
            e = new Expression.Binary(op, e, special());
        }
        return e;
    }

    // ------------------------------------------------------------------ conditions

    /** a | b (loosest). */
    private Expression logic() {
        Expression e = conjunction();
        while (peek().kind == Kind.PIPE) {
            next();
            e = new Conditions.Logical('|', e, conjunction());
        }
        return e;
    }

    /** a & b. */
    private Expression conjunction() {
        Expression e = negation();
        while (peek().kind == Kind.AND) {
            next();
            e = new Conditions.Logical('&', e, negation());
        }
        return e;
    }

    /** !a: looser than comparisons, as in R (!x > 1 is !(x > 1)). */
    private Expression negation() {
        Token t = peek();
        if (t.kind == Kind.NOT) {
            enter(t);
            next();
            Expression e = negation();
            depth--;
            return new Conditions.Not(e);
        }
        return comparison();
    }

    private static boolean isComparison(Kind k) {
        return k == Kind.EQ || k == Kind.NE || k == Kind.LT || k == Kind.LE || k == Kind.GT || k == Kind.GE;
    }

    /** a op b, or a text column compared with a string; not chained. */
    private Expression comparison() {
        Token first = peek();
        Expression result;
        if (first.kind == Kind.STRING && isComparison(peekAt(1).kind)) { // "east" == region
            next();
            Token op = next();
            Token column = peek();
            result = textComparison(arith(), op, first, column);
        } else {
            Expression left = arith();
            Token op = peek();
            if (!isComparison(op.kind)) {
                return left;
            }
            next();
            if (peek().kind == Kind.STRING) {
                result = textComparison(left, op, next(), first);
            } else {
                result = new Conditions.Compare(op.text, left, arith());
            }
        }
        if (isComparison(peek().kind)) {
            throw error("comparisons cannot be chained (a < b < c); write (a < b) & (b < c)", peek());
        }
        return result;
    }

    private Expression textComparison(Expression column, Token op, Token string, Token columnStart) {
        if (!(column instanceof Expression.Variable v)) {
            throw error("the string \"" + string.text + "\" can only be compared with a column, e.g."
                    + " region == \"east\"; '" + column.label() + "' is not one", columnStart);
        }
        if (op.kind != Kind.EQ && op.kind != Kind.NE) {
            throw error("strings are compared with == and != only, not '" + op.text + "'", op);
        }
        return new Conditions.TextIn(v.name, List.of(string.text), op.kind == Kind.NE, "==");
    }

    /** x %in% c(...): binds tighter than * and /, looser than unary minus and ^ (R's %any%). */
    private Expression special() {
        Token start = peek();
        Expression e = unary();
        while (peek().kind == Kind.IN) {
            Token in = next();
            List<Object> values = new ArrayList<>();
            Token t = peek();
            if (t.kind == Kind.NAME && !t.quoted && t.text.equals("c") && peekAt(1).kind == Kind.LPAREN) {
                next();
                Token open = next();
                while (true) {
                    values.add(memberValue("%in%"));
                    if (peek().kind == Kind.COMMA) {
                        next();
                        continue;
                    }
                    if (peek().kind != Kind.RPAREN) {
                        throw syntax("',' or ')' to close c( opened at position " + (open.pos + 1) + ")", peek());
                    }
                    next();
                    break;
                }
            } else {
                values.add(memberValue("%in%"));
            }
            e = membership(e, values, "%in%", start, in);
        }
        return e;
    }

    /** A value of inlist() or %in%: a string, or a number (arithmetic on numbers). */
    private Object memberValue(String what) {
        Token t = peek();
        if (t.kind == Kind.STRING) {
            next();
            return t.text;
        }
        Expression v = arith();
        if (!v.isConstant()) {
            throw error(what + " takes numbers or \"strings\" as values, not '" + v.label() + "'", t);
        }
        return v.constantValue();
    }

    private Expression membership(Expression x, List<Object> values, String style, Token xStart, Token at) {
        boolean strings = values.get(0) instanceof String;
        for (Object v : values) {
            if ((v instanceof String) != strings) {
                throw error(style + " mixes numbers and strings; give the values of a text column as \"strings\"",
                        at);
            }
        }
        if (strings) {
            if (!(x instanceof Expression.Variable var)) {
                throw error(style + " compares strings with a column, e.g. inlist(region, \"east\", \"west\"); '"
                        + x.label() + "' is not one", xStart);
            }
            return new Conditions.TextIn(var.name, values.stream().map(String.class::cast).toList(), false, style);
        }
        return new Conditions.NumberIn(x, values.stream().mapToDouble(v -> (Double) v).toArray(), style);
    }

    /** Functions the grammar parses itself (their values may be strings). */
    static final java.util.Set<String> GRAMMAR_FUNCTIONS = java.util.Set.of("inlist");

    private static final String INLIST_USAGE = "inlist(x, v1, v2, ...): 1 if x equals one of the values (numbers, or"
            + " \"strings\" for a text column), else 0";

    /** inlist(x, v1, ...). */
    private Expression grammarCall(Token name) {
        Token open = next();
        if (peek().kind == Kind.RPAREN) {
            throw error(name.text + "() needs arguments; usage: " + INLIST_USAGE, name);
        }
        Token xStart = peek();
        Expression x = logic();
        List<Object> values = new ArrayList<>();
        while (peek().kind == Kind.COMMA) {
            next();
            values.add(memberValue("inlist()"));
        }
        if (values.isEmpty()) {
            throw error("inlist() needs at least one value after x; usage: " + INLIST_USAGE, name);
        }
        if (peek().kind != Kind.RPAREN) {
            throw syntax("',' or ')' to close " + name.text + "( opened at position " + (open.pos + 1) + ")", peek());
        }
        next();
        return membership(x, values, "inlist", xStart, name);
    }

    /** A GROUP argument: a column name, or entity or time (unquoted) for the panel's own. */
    private Expression groupArgument(Token name, FormulaFunction f) {
        Token g = peek();
        if (g.kind != Kind.NAME || (!g.quoted && peekAt(1).kind == Kind.LPAREN)) {
            throw error(name.text + "() groups by column names (or entity, time), not '" + g.text + "'; usage: "
                    + f.usage(), g);
        }
        next();
        boolean word = !g.quoted && (g.text.equals(GroupKey.ENTITY) || g.text.equals(GroupKey.TIME));
        return new GroupKey(word ? g.text : null, word ? null : g.text);
    }

    private Expression unary() {
        Token t = peek();
        if (t.kind == Kind.MINUS || t.kind == Kind.PLUS) {
            enter(t);
            next();
            Expression e = unary();
            depth--;
            return t.kind == Kind.MINUS ? new Expression.Negate(e) : e;
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (peek().kind == Kind.CARET) {
            enter(peek());
            next();
            Expression exponent = unary();
            depth--;
            return new Expression.Binary('^', base, exponent);
        }
        return base;
    }

    private Expression primary() {
        Token t = peek();
        switch (t.kind) {
            case NUMBER -> {
                next();
                return new Expression.Constant(Double.parseDouble(t.text));
            }
            case LPAREN -> {
                enter(t);
                next();
                Expression e = logic();
                expect(Kind.RPAREN, "')'");
                depth--;
                return e;
            }
            case STRING -> throw misplacedString(t);
            case NAME -> {
                if (isFactorCall(t)) {
                    throw error(t.text + "() stands for several dummy columns: it can be a term or part of an"
                            + " interaction (x:" + t.text + "(g)), not part of arithmetic or of the response", t);
                }
                next();
                if (!t.quoted && peek().kind == Kind.LPAREN) {
                    enter(t);
                    Expression call = GRAMMAR_FUNCTIONS.contains(t.text) ? grammarCall(t) : call(t);
                    depth--;
                    return call;
                }
                return new Expression.Variable(t.text);
            }
            default -> throw syntax("a variable, a number, a function call or '('", t);
        }
    }

    private Expression call(Token name) {
        Token open = next();
        Optional<FormulaFunction> known = registry.get(name.text);
        List<Expression> args = new ArrayList<>();
        List<Token> argStarts = new ArrayList<>();
        if (peek().kind != Kind.RPAREN) {
            while (true) {
                argStarts.add(peek());
                int i = args.size();
                boolean group = known.isPresent() && i < known.get().maxArgs()
                        && known.get().argKind(i) == FormulaFunction.ArgKind.GROUP;
                args.add(group ? groupArgument(name, known.get()) : logic());
                if (peek().kind == Kind.COMMA) {
                    next();
                    continue;
                }
                break;
            }
        }
        if (peek().kind != Kind.RPAREN) {
            throw syntax("',' or ')' to close " + name.text + "( opened at position " + (open.pos + 1) + ")", peek());
        }
        next();
        Optional<FormulaFunction> found = registry.get(name.text);
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>(registry.names());
            names.addAll(GRAMMAR_FUNCTIONS);
            String hint = Names.suggest(name.text, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
            problems.add(prefix() + "unknown function '" + name.text + "' at position " + (name.pos + 1) + hint
                    + "; functions: " + String.join(", ", names));
            return new Expression.Variable(name.text + "()");
        }
        FormulaFunction f = found.get();
        int n = args.size();
        if (n < f.minArgs() || n > f.maxArgs()) {
            String range = f.minArgs() == f.maxArgs() ? Integer.toString(f.minArgs())
                    : f.minArgs() + " to " + f.maxArgs();
            if (f.maxArgs() == f.minArgs() + 1) {
                range = f.minArgs() + " or " + f.maxArgs();
            }
            problems.add(prefix() + name.text + "() at position " + (name.pos + 1) + " takes " + range + " argument"
                    + (f.maxArgs() == 1 ? "" : "s") + " but has " + n + "; usage: " + f.usage());
            return new Expression.Variable(name.text + "()");
        }
        double[] constants = new double[f.maxArgs()];
        List<Expression> full = new ArrayList<>(args);
        boolean ok = true;
        for (int i = 0; i < f.maxArgs(); i++) {
            if (f.argKind(i) != FormulaFunction.ArgKind.CONSTANT) {
                constants[i] = Double.NaN;
                continue;
            }
            if (i >= n) {
                constants[i] = f.defaultValue(i);
                full.add(new Expression.Constant(constants[i]));
                continue;
            }
            Expression a = args.get(i);
            if (!a.isConstant()) {
                problems.add(prefix() + "argument " + (i + 1) + " of " + name.text + "() at position "
                        + (argStarts.get(i).pos + 1) + " must be a number, not '" + a.label() + "'; usage: "
                        + f.usage());
                ok = false;
            } else {
                constants[i] = a.constantValue();
            }
        }
        if (ok) {
            String bad = f.checkConstants(constants.clone());
            if (bad != null) {
                problems.add(prefix() + name.text + "() at position " + (name.pos + 1) + ": " + bad + "; usage: "
                        + f.usage());
            }
        }
        return new Expression.Call(f, full, constants, n);
    }

    // ------------------------------------------------------------------ tokens

    private Token peek() {
        return tokens.get(at);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(at);
        if (at < tokens.size() - 1) {
            at++;
        }
        return t;
    }

    private void expect(Kind kind, String expected) {
        if (peek().kind != kind) {
            throw syntax(expected, peek());
        }
        next();
    }

    /** Enters one level of nesting at {@code t}; callers leave with {@code depth--}. */
    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new InputException("the " + what + " is nested more than " + MAX_DEPTH
                    + " levels deep (parentheses, function calls or signs) at position " + (t.pos + 1)
                    + "; the limit is " + MAX_DEPTH);
        }
    }

    private String prefix() {
        return what + " '" + text + "': ";
    }

    private InputException syntax(String expected, Token found) {
        String f = found.kind == Kind.END ? "the end of the " + what : "'" + found.text + "'";
        return new InputException(prefix() + "expected " + expected + " at position " + (found.pos + 1) + ", found " + f);
    }

    private InputException error(String message, Token at) {
        return new InputException(prefix() + message + " (position " + (at.pos + 1) + ")");
    }

    private List<Token> lex() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0) {
                    throw new InputException(prefix() + "the backquote at position " + (i + 1) + " is never closed");
                }
                String name = text.substring(i + 1, end);
                if (name.isEmpty()) {
                    throw new InputException(prefix() + "empty name `` at position " + (i + 1));
                }
                out.add(new Token(Kind.NAME, name, start, true));
                i = end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new InputException(prefix() + "unexpected character '" + c + "' at position " + (i + 1)
                            + " (quote odd column names with backquotes: `my col`; strings such as ref = \"east\""
                            + " need a closing quote)");
                }
                out.add(new Token(Kind.STRING, text.substring(i + 1, end), start, true));
                i = end + 1;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    while (i < n && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < n && Character.isDigit(text.charAt(j))) {
                        i = j;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                }
                if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
                    throw new InputException(prefix() + "'" + text.substring(start, i + 1) + "' at position "
                            + (start + 1) + " is neither a number nor a name (names start with a letter;"
                            + " put other column names in backquotes, e.g. `2005gdp`)");
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), start, false));
                continue;
            }
            if (Character.isLetter(c) || c == '_' || c == '.') {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(start, i), start, false));
                continue;
            }
            Kind k;
            int len = 1;
            switch (c) {
                case '(' -> k = Kind.LPAREN;
                case ')' -> k = Kind.RPAREN;
                case ',' -> k = Kind.COMMA;
                case '+' -> k = Kind.PLUS;
                case '-' -> k = Kind.MINUS;
                case '*' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '*') {
                        k = Kind.CARET;
                        len = 2;
                    } else {
                        k = Kind.STAR;
                    }
                }
                case '/' -> k = Kind.SLASH;
                case '^' -> k = Kind.CARET;
                case ':' -> k = Kind.COLON;
                case '~' -> k = Kind.TILDE;
                case '|' -> k = Kind.PIPE;
                case '&' -> k = Kind.AND;
                case '=' -> {
                    boolean two = i + 1 < n && text.charAt(i + 1) == '=';
                    k = two ? Kind.EQ : Kind.EQUALS;
                    len = two ? 2 : 1;
                }
                case '!' -> {
                    boolean two = i + 1 < n && text.charAt(i + 1) == '=';
                    k = two ? Kind.NE : Kind.NOT;
                    len = two ? 2 : 1;
                }
                case '<' -> {
                    boolean two = i + 1 < n && text.charAt(i + 1) == '=';
                    k = two ? Kind.LE : Kind.LT;
                    len = two ? 2 : 1;
                }
                case '>' -> {
                    boolean two = i + 1 < n && text.charAt(i + 1) == '=';
                    k = two ? Kind.GE : Kind.GT;
                    len = two ? 2 : 1;
                }
                case '%' -> {
                    int end = text.indexOf('%', i + 1);
                    if (end < 0) {
                        throw new InputException(prefix() + "unexpected character '%' at position " + (i + 1));
                    }
                    String op = text.substring(i, end + 1);
                    if (!op.equals("%in%")) {
                        throw new InputException(prefix() + "unknown operator '" + op + "' at position " + (i + 1)
                                + " (the only %...% operator is %in%)");
                    }
                    k = Kind.IN;
                    len = 4;
                }
                default -> throw new InputException(prefix() + "unexpected character '" + c + "' at position " + (i + 1));
            }
            out.add(new Token(k, text.substring(i, i + len), start, false));
            i += len;
        }
        out.add(new Token(Kind.END, "", n, false));
        return out;
    }
}
