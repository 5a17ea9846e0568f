package org.carbonlab.core.report;

import java.util.List;

/** Lays out a {@link Grid} in one text format. */
public enum GridRenderer {
    MARKDOWN {
        @Override
        public String render(Grid g) {
            StringBuilder sb = new StringBuilder();
            if (g.caption() != null) {
                sb.append("**").append(g.caption()).append("**\n\n");
            }
            line(sb, g.header());
            sb.append('|');
            for (int i = 0; i < g.header().size(); i++) {
                sb.append(i == 0 ? ":---|" : "---:|");
            }
            sb.append('\n');
            for (List<String> r : g.rows()) {
                line(sb, r);
            }
            if (!g.notes().isEmpty()) {
                sb.append('\n');
                for (String n : g.notes()) {
                    sb.append("Note: ").append(n.replace("*", "\\*")).append("  \n");
                }
            }
            return sb.toString();
        }

        private void line(StringBuilder sb, List<String> cells) {
            sb.append('|');
            for (String c : cells) {
                sb.append(' ').append(c.replace("|", "\\|").replace("*", "\\*")).append(" |");
            }
            sb.append('\n');
        }
    },
    LATEX {
        @Override
        public String render(Grid g) {
            StringBuilder sb = new StringBuilder();
            sb.append("\\begin{table}[htbp]\n\\centering\n");
            if (g.caption() != null) {
                sb.append("\\caption{").append(escape(g.caption())).append("}\n");
            }
            sb.append("\\begin{tabular}{l").append("c".repeat(Math.max(0, g.header().size() - 1))).append("}\n");
            sb.append("\\toprule\n");
            line(sb, g.header());
            sb.append("\\midrule\n");
            for (int i = 0; i < g.rows().size(); i++) {
                if (i > 0 && g.ruleBefore(i)) {
                    sb.append("\\midrule\n");
                }
                line(sb, g.rows().get(i));
            }
            sb.append("\\bottomrule\n\\end{tabular}\n");
            if (!g.notes().isEmpty()) {
                sb.append("\\par\\smallskip\n\\begin{minipage}{0.9\\linewidth}\\footnotesize\n");
                for (String n : g.notes()) {
                    sb.append(escape(n)).append("\\\\\n");
                }
                sb.append("\\end{minipage}\n");
            }
            sb.append("\\end{table}\n");
            return sb.toString();
        }

        private void line(StringBuilder sb, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(" & ");
                }
                String c = escape(cells.get(i));
                // Stars as superscripts, as journals print them.
                c = c.replaceAll("(\\*+)$", "\\$^{$1}\\$");
                sb.append(c);
            }
            sb.append(" \\\\\n");
        }
    },
    HTML {
        @Override
        public String render(Grid g) {
            StringBuilder sb = new StringBuilder("<table class=\"carbonlab\">\n");
            if (g.caption() != null) {
                sb.append("<caption>").append(html(g.caption())).append("</caption>\n");
            }
            sb.append("<thead><tr>");
            for (String h : g.header()) {
                sb.append("<th>").append(html(h)).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < g.rows().size(); i++) {
                sb.append(i > 0 && g.ruleBefore(i) ? "<tr class=\"rule\">" : "<tr>");
                List<String> r = g.rows().get(i);
                for (int j = 0; j < r.size(); j++) {
                    sb.append(j == 0 ? "<th scope=\"row\">" : "<td>").append(html(r.get(j))).append(j == 0 ? "</th>" : "</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
            for (String n : g.notes()) {
                sb.append("<p class=\"note\">").append(html(n)).append("</p>\n");
            }
            return sb.toString();
        }
    },
    CSV {
        @Override
        public String render(Grid g) {
            StringBuilder sb = new StringBuilder();
            line(sb, g.header());
            for (List<String> r : g.rows()) {
                line(sb, r);
            }
            return sb.toString();
        }

        private void line(StringBuilder sb, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csv(cells.get(i)));
            }
            sb.append('\n');
        }
    };

    public abstract String render(Grid g);

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(ch);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '²' -> sb.append("$^2$");
                // outside math mode, < and > print as ¡ and ¿ in LaTeX's default font encoding
                case '<' -> sb.append("$<$");
                case '>' -> sb.append("$>$");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * One CSV cell: neutralised against formula injection (see {@link #neutralised}), then quoted when it holds a
     * comma, a quote or a line break.
     */
    public static String csv(String s) {
        String v = neutralised(s);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A number as the product prints it, possibly with significance stars ("-0.300**"): never a formula. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\**");

    /**
     * A text cell that a spreadsheet would run as a formula (first character =, +, -, @, tab or carriage return;
     * OWASP's CSV-injection list) gets a leading apostrophe, so entity names, terms or notes from the data cannot
     * execute when the file is opened. Numbers (a negative coefficient, "-0.300**") are left as they are.
     */
    static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }
}
