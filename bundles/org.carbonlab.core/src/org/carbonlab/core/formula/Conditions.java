package org.carbonlab.core.formula;

import java.util.List;
import java.util.Set;

/**
 * The comparison and logic nodes of expressions: {@code == != < <= > >=}, {@code & | !}, a text column
 * compared with a string ({@code region == "east"}) and membership ({@code inlist(x, ...)},
 * {@code x %in% c(...)}).
 *
 * <p>Results are 1 (true) or 0 (false). Operands of {@code & | !} are true when non-zero. <b>Missing in,
 * missing out:</b> a comparison or logical operation with a missing operand is missing (unlike Stata, where
 * missing is larger than every number, and unlike R, where {@code NA & FALSE} is FALSE and
 * {@code NA %in% x} is FALSE), so a condition never silently selects or drops rows whose data are missing.
 */
final class Conditions {
    private Conditions() {
    }

    static final int COMPARE = 0;
    static final int NOT = -1;
    static final int AND = -2;
    static final int OR = -3;

    static double truth(boolean b) {
        return b ? 1.0 : 0.0;
    }

    /** {@code a op b} for numbers. */
    static final class Compare extends Expression {
        final String op;
        final Expression left;
        final Expression right;

        Compare(String op, Expression left, Expression right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public String label() {
            return wrap(left, left.precedence() <= COMPARE) + op + wrap(right, right.precedence() <= COMPARE);
        }

        @Override
        int precedence() {
            return COMPARE;
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

        static double apply(String op, double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            return truth(switch (op) {
                case "==" -> a == b;
                case "!=" -> a != b;
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                default -> a >= b;
            });
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = left.eval(ev);
            double[] b = right.eval(ev);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = apply(op, a[i], b[i]);
            }
            return out;
        }
    }

    /** {@code a & b}, {@code a | b}. */
    static final class Logical extends Expression {
        final char op;
        final Expression left;
        final Expression right;

        Logical(char op, Expression left, Expression right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public String label() {
            int p = precedence();
            return wrap(left, left.precedence() < p) + op + wrap(right, right.precedence() <= p);
        }

        @Override
        int precedence() {
            return op == '&' ? AND : OR;
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
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            return truth(op == '&' ? a != 0 && b != 0 : a != 0 || b != 0);
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = left.eval(ev);
            double[] b = right.eval(ev);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = apply(op, a[i], b[i]);
            }
            return out;
        }
    }

    /** {@code !a}. */
    static final class Not extends Expression {
        final Expression operand;

        Not(Expression operand) {
            this.operand = operand;
        }

        @Override
        public String label() {
            return "!" + wrap(operand, operand.precedence() < UNARY);
        }

        @Override
        int precedence() {
            return NOT;
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
            double v = operand.constantValue();
            return Double.isNaN(v) ? Double.NaN : truth(v == 0);
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = operand.eval(ev);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = Double.isNaN(a[i]) ? Double.NaN : truth(a[i] == 0);
            }
            return out;
        }
    }

    /**
     * A column's text compared with strings: {@code region == "east"} ({@code ==} true when equal to one of the
     * strings, {@code !=} when equal to none), and {@code inlist(region, "a", "b")} or
     * {@code region %in% c("a", "b")}. A missing cell gives a missing result.
     */
    static final class TextIn extends Expression {
        final String column;
        final List<String> values;
        final boolean negated;
        final String style; // "==", "inlist" or "%in%"

        TextIn(String column, List<String> values, boolean negated, String style) {
            this.column = column;
            this.values = List.copyOf(values);
            this.negated = negated;
            this.style = style;
        }

        @Override
        public String label() {
            String c = quoteName(column);
            return switch (style) {
                case "==" -> c + (negated ? "!=" : "==") + quote(values.get(0));
                case "inlist" -> "inlist(" + c + "," + String.join(",", values.stream().map(TextIn::quote).toList())
                        + ")";
                default -> c + "%in%c(" + String.join(",", values.stream().map(TextIn::quote).toList()) + ")";
            };
        }

        static String quote(String s) {
            return s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s + "'";
        }

        @Override
        int precedence() {
            return switch (style) {
                case "==" -> COMPARE;
                case "inlist" -> ATOM;
                default -> MUL; // %in% binds tighter than * and / (R's precedence of %any%)
            };
        }

        @Override
        void collectVariables(Set<String> into) {
        }

        @Override
        void collectTextVariables(Set<String> into) {
            into.add(column);
        }

        @Override
        double[] eval(Evaluator ev) {
            String[] text = ev.text(column);
            Set<String> set = Set.copyOf(values);
            double[] out = new double[text.length];
            for (int i = 0; i < text.length; i++) {
                out[i] = text[i] == null ? Double.NaN : truth(set.contains(text[i]) != negated);
            }
            return out;
        }
    }

    /** {@code inlist(x, 1, 2)} and {@code x %in% c(1, 2)} for numbers. */
    static final class NumberIn extends Expression {
        final Expression x;
        final double[] values;
        final String style; // "inlist" or "%in%"

        NumberIn(Expression x, double[] values, String style) {
            this.x = x;
            this.values = values.clone();
            this.style = style;
        }

        @Override
        public String label() {
            StringBuilder sb = new StringBuilder();
            for (double v : values) {
                sb.append(',').append(formatNumber(v));
            }
            return style.equals("inlist") ? "inlist(" + x.label() + sb + ")"
                    : wrap(x, x.precedence() < UNARY) + "%in%c(" + sb.substring(1) + ")";
        }

        @Override
        int precedence() {
            return style.equals("inlist") ? ATOM : MUL;
        }

        @Override
        void collectVariables(Set<String> into) {
            x.collectVariables(into);
        }

        @Override
        void collectTextVariables(Set<String> into) {
            x.collectTextVariables(into);
        }

        @Override
        public double constantValue() {
            return apply(x.constantValue());
        }

        private double apply(double v) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            for (double c : values) {
                if (v == c) {
                    return 1;
                }
            }
            return 0;
        }

        @Override
        double[] eval(Evaluator ev) {
            double[] a = x.eval(ev);
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = apply(a[i]);
            }
            return out;
        }
    }
}
