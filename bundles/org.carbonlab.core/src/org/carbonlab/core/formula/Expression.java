package org.carbonlab.core.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;

/**
 * An expression over the columns of a {@link PanelFrame}: numbers, column names
 * (backquoted when they are not plain names), {@code + - * / ^} with the usual precedence
 * ({@code ^} binds tightest and is right-associative, so {@code -x^2} is −(x²) as in R), parentheses
 * and calls of the functions of a {@link FunctionRegistry} such as {@code log(co2/gdp)} or
 * {@code lag(x, 2)}.
 *
 * <p><b>Conditions.</b> Comparisons {@code == != < <= > >=} and logic {@code & | !} give 1 or 0, with R's
 * precedence, loosest first: {@code |}, {@code &}, {@code !}, comparisons, {@code + -}, {@code * /},
 * {@code %in%}, unary minus, {@code ^} ({@code !x > 1} is {@code !(x > 1)}; {@code a < b < c} is refused).
 * A text column compares with strings ({@code region == "east"}, {@code region != 'west'});
 * {@code inlist(x, v1, v2, ...)} and {@code x %in% c(v1, v2, ...)} test membership in numbers or strings;
 * {@code ifelse(cond, a, b)} and {@code cond(c, a, b[, m])} choose. Operands of {@code & | !} are true when
 * not zero. <b>Missing in, missing out:</b> any missing operand makes the comparison or logical result
 * missing (Stata's "missing is larger than any number" and R's {@code NA & FALSE == FALSE} are not copied).
 * In a formula's right-hand side {@code |} separates the fixed effects; there, conditions go inside a call
 * such as {@code I(year >= 2013)}, where {@code |} is "or".
 *
 * <p><b>Group statistics.</b> {@code mean_by(x, g...)}, {@code sum_by}, {@code sd_by}, {@code min_by},
 * {@code max_by}, {@code count_by}, {@code share(x[, g...])} and {@code rank(x[, g...])}: built-in functions
 * with {@link FormulaFunction.ArgKind#GROUP} arguments; g is a column, or {@code entity} or {@code time} for
 * the panel's own.
 *
 * <p>Evaluation gives one value per frame row, NaN for missing. A value that cannot be computed
 * (log of a non-positive number, division by zero, overflow) becomes missing, never ±Inf, and is
 * counted in a warning that names the expression.
 *
 * <p>{@link #label()} is the canonical text: no blanks, minimal parentheses, numbers in shortest
 * form, constant function arguments evaluated, and defaults written out where the function asks
 * for it ({@code lag(x)} is {@code lag(x,1)}). Two expressions are equal when their labels are.
 */
public abstract class Expression {
    static final int ADD = 1;
    static final int MUL = 2;
    static final int UNARY = 3;
    static final int POW = 4;
    static final int ATOM = 5;

    Expression() {
    }

    /** Parses an expression using the {@linkplain FunctionRegistry#standard() standard functions}. */
    public static Expression parse(String text) {
        return parse(text, FunctionRegistry.standard());
    }

    public static Expression parse(String text, FunctionRegistry registry) {
        return new Parser(text, registry, "expression").parseExpression();
    }

    /** The canonical text of the expression. */
    public abstract String label();

    abstract int precedence();

    abstract void collectVariables(Set<String> into);

    /** Adds the columns the expression reads as text (string comparisons, group keys); none by default. */
    void collectTextVariables(Set<String> into) {
    }

    /** The columns read as text: they must exist and have values, but need not be numeric. */
    Set<String> textVariables() {
        Set<String> s = new LinkedHashSet<>();
        collectTextVariables(s);
        return s;
    }

    /**
     * Every column the expression reads: {@link #variables()} (used as numbers) and those read as text (string
     * comparisons such as {@code region == "east"}, group keys such as the g of {@code mean_by(x, g)}).
     */
    public Set<String> columns() {
        Set<String> s = new LinkedHashSet<>();
        collectVariables(s);
        collectTextVariables(s);
        return Collections.unmodifiableSet(s);
    }

    abstract double[] eval(Evaluator ev);

    /** The column names the expression uses, in order of appearance. */
    public Set<String> variables() {
        Set<String> s = new LinkedHashSet<>();
        collectVariables(s);
        return Collections.unmodifiableSet(s);
    }

    /** True if the expression uses no column (a number or arithmetic on numbers). */
    public boolean isConstant() {
        return variables().isEmpty() && textVariables().isEmpty() && constantValue() == constantValue();
    }

    /** The value of a constant expression; NaN if it is not constant. */
    public double constantValue() {
        return Double.NaN;
    }

    /**
     * The expression's value in every row of {@code frame}, NaN for missing. Throws an
     * {@link InputException} listing unknown columns (with suggestions) and non-numeric or
     * entirely missing columns.
     */
    public double[] evaluate(PanelFrame frame) {
        return evaluate(frame, new ArrayList<>());
    }

    /** As {@link #evaluate(PanelFrame)}, adding warnings (values set to missing) to {@code warnings}. */
    public double[] evaluate(PanelFrame frame, List<String> warnings) {
        List<String> problems = Evaluator.checkVariables(frame, variables(), textVariables(),
                "expression '" + label() + "'");
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Evaluator ev = new Evaluator(frame);
        double[] v = ev.evaluate(this, label());
        warnings.addAll(ev.warnings());
        return v;
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression e && e.label().equals(label());
    }

    @Override
    public int hashCode() {
        return label().hashCode();
    }

    // ------------------------------------------------------------------ helpers

    /** A number in shortest form: {@code 2}, {@code 0.5}, {@code 0.0001}, {@code 1.0E-10}. */
    static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-6 && a < 1e15) {
            return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }

    /** A column name as written in formulas: plain when it is a name, else in backquotes. */
    static String quoteName(String name) {
        return isPlainName(name) ? name : "`" + name + "`";
    }

    static boolean isPlainName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c0 = s.charAt(0);
        if (!(Character.isLetter(c0) || c0 == '_' || c0 == '.')) {
            return false;
        }
        if (c0 == '.' && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    static String wrap(Expression e, boolean parens) {
        return parens ? "(" + e.label() + ")" : e.label();
    }

    // ------------------------------------------------------------------ nodes

    /** A column of the frame. */
    static final class Variable extends Expression {
        final String name;

        Variable(String name) {
            this.name = name;
        }

        @Override
        public String label() {
            return quoteName(name);
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void collectVariables(Set<String> into) {
            into.add(name);
        }

        @Override
        double[] eval(Evaluator ev) {
            return ev.variable(name);
        }
    }

    /** A number. */
    static final class Constant extends Expression {
        final double value;

        Constant(double value) {
            this.value = value;
        }

        @Override
        public String label() {
            return formatNumber(value);
        }

        @Override
        int precedence() {
            return value < 0 ? UNARY : ATOM;
        }

        @Override
        void collectVariables(Set<String> into) {
        }

        @Override
        public double constantValue() {
            return value;
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] v = new double[ev.rows()];
            java.util.Arrays.fill(v, value);
            return v;
        }
    }

    /** Unary minus. */
    static final class Negate extends Expression {
        final Expression operand;

        Negate(Expression operand) {
            this.operand = operand;
        }

        @Override
        public String label() {
            return "-" + wrap(operand, operand.precedence() < UNARY || operand instanceof Negate
                    || operand instanceof Constant c && c.value < 0);
        }

        @Override
        int precedence() {
            return UNARY;
        }

        @Override
        void collectVariables(Set<String> into) {
            operand.collectVariables(into);
        }

        @Override
        void collectTextVariables(Set<String> into) {
            operand.collectTextVariables(into);
        }

        @Override
        public double constantValue() {
            return -operand.constantValue();
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = operand.eval(ev);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = -a[i];
            }
            return out;
        }
    }

    /** {@code + - * / ^}. */
    static final class Binary extends Expression {
        final char op;
        final Expression left;
        final Expression right;

        Binary(char op, Expression left, Expression right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public String label() {
            int p = precedence();
            if (op == '^') {
                return wrap(left, left.precedence() <= POW) + "^" + wrap(right, right.precedence() < UNARY);
            }
            return wrap(left, left.precedence() < p) + op + wrap(right, right.precedence() <= p);
        }

        @Override
        int precedence() {
            return switch (op) {
                case '+', '-' -> ADD;
                case '*', '/' -> MUL;
                default -> POW;
            };
        }

        @Override
        void collectVariables(Set<String> into) {
            left.collectVariables(into);
            right.collectVariables(into);
        }

        @Override
        void collectTextVariables(Set<String> into) {
            left.collectTextVariables(into);
            right.collectTextVariables(into);
        }

        @Override
        public double constantValue() {
            return apply(op, left.constantValue(), right.constantValue());
        }

        static double apply(char op, double a, double b) {
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> Math.pow(a, b);
            };
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = left.eval(ev);
            double[] b = right.eval(ev);
            double[] out = new double[a.length];
            int invalid = 0;
            int first = -1;
            for (int i = 0; i < a.length; i++) {
                if (Double.isNaN(a[i]) || Double.isNaN(b[i])) {
                    out[i] = Double.NaN;
                    continue;
                }
                double v = apply(op, a[i], b[i]);
                if (!Double.isFinite(v)) {
                    if (invalid++ == 0) {
                        first = i;
                    }
                    v = Double.NaN;
                }
                out[i] = v;
            }
            if (invalid > 0) {
                ev.invalid(this, invalid, first, switch (op) {
                    case '/' -> "divides by zero";
                    case '^' -> "is undefined or infinite";
                    default -> "overflows";
                });
            }
            return out;
        }
    }

    /** A function call; constant arguments are evaluated when parsing. */
    static final class Call extends Expression {
        final FormulaFunction function;
        final List<Expression> args;
        final double[] constants;
        final int written;

        Call(FormulaFunction function, List<Expression> args, double[] constants, int written) {
            this.function = function;
            this.args = List.copyOf(args);
            this.constants = constants;
            this.written = written;
        }

        @Override
        public String label() {
            StringBuilder sb = new StringBuilder(function.name()).append('(');
            int shown = function.labelWithDefaults() ? args.size() : written;
            for (int i = 0; i < shown; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (function.argKind(i) == FormulaFunction.ArgKind.CONSTANT) {
                    sb.append(formatNumber(constants[i]));
                } else {
                    sb.append(args.get(i).label());
                }
            }
            return sb.append(')').toString();
        }

        @Override
        int precedence() {
            return ATOM;
        }

        @Override
        void collectVariables(Set<String> into) {
            for (int i = 0; i < args.size(); i++) {
                if (function.argKind(i) == FormulaFunction.ArgKind.VECTOR) {
                    args.get(i).collectVariables(into);
                }
            }
        }

        @Override
        void collectTextVariables(Set<String> into) {
            for (int i = 0; i < args.size(); i++) {
                if (function.argKind(i) != FormulaFunction.ArgKind.CONSTANT) {
                    args.get(i).collectTextVariables(into);
                }
            }
        }

        @Override
        double[] eval(Evaluator ev) {
            double[][] vectors = new double[args.size()][];
            for (int i = 0; i < args.size(); i++) {
                if (function.argKind(i) != FormulaFunction.ArgKind.CONSTANT) {
                    vectors[i] = args.get(i).eval(ev);
                }
            }
            double[] out = function.apply(vectors, constants.clone(), ev.frame());
            if (out.length != ev.rows()) {
                throw new IllegalStateException(function.name() + "() returned " + out.length + " values for "
                        + ev.rows() + " rows");
            }
            String reason = function.invalidReason();
            int invalid = 0;
            int first = -1;
            for (int i = 0; i < out.length; i++) {
                if (!Double.isFinite(out[i])) {
                    if (reason != null && !Double.isNaN(out[i]) || reason != null && inputsPresent(vectors, i)) {
                        if (invalid++ == 0) {
                            first = i;
                        }
                    }
                    out[i] = Double.NaN;
                }
            }
            if (invalid > 0) {
                ev.invalid(this, invalid, first, reason);
            }
            return out;
        }

        private static boolean inputsPresent(double[][] vectors, int i) {
            for (double[] v : vectors) {
                if (v != null && Double.isNaN(v[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
