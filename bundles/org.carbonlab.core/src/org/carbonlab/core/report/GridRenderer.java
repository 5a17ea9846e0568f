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
            // \small and narrower column gaps keep a seven-column coefficient table inside an article's text width
            sb.append("\\begin{table}[htbp]\n\\centering\n\\small\n\\setlength{\\tabcolsep}{4pt}\n");
            if (g.caption() != null) {
                sb.append("\\caption{").append(escape(g.caption())).append("}\n");
            }
            sb.append("\\begin{tabular}{").append(columnSpec(g)).append("}\n");
            sb.append("\\toprule\n");
            line(sb, g.header());
            sb.append("\\midrule\n");
            for (int i = 0; i < g.rows().size(); i++) {
                if (i > 0 && g.ruleBefore(i)) {
                    sb.append("\\midrule\n");
                }
                line(sb, g.rows().get(i));
            }
            sb.append("\\bottomrule\n");
            // notes wrap in a paragraph column about as wide as the table, so they neither widen it nor overhang
            for (String n : g.notes()) {
                sb.append("\\multicolumn{").append(g.header().size()).append("}{@{}p{").append(noteWidthEm(g))
                        .append("em}@{}}{\\footnotesize ").append(escape(n)).append("} \\\\\n");
            }
            sb.append("\\end{tabular}\n");
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
                // a typeset minus, not a hyphen, before numbers
                c = c.replaceAll("(^|[(\\[ ])[-\u2212](?=[0-9.])", "$1\\$-\\$");
                sb.append(c);
            }
            sb.append(" \\\\\n");
        }
    },
    HTML {
        @Override
        public String render(Grid g) {
            // the wrapper is a CSS table whose notes are bottom captions, so they wrap at the table's width
            StringBuilder sb = new StringBuilder("<div class=\"carbonlab-table\">\n<table class=\"carbonlab\">\n");
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
            sb.append("</div>\n");
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

    /** Style for {@link #HTML} tables: labels left, numbers right, three rules, notes at the table's width. */
    public static final String HTML_STYLE = "body{font-family:'Times New Roman',serif;max-width:60em;margin:2em auto}"
            + " div.carbonlab-table{display:table;margin:1em 0}"
            + " div.carbonlab-table p.note{display:table-caption;caption-side:bottom;font-size:0.85em;margin:0.3em 0 0}"
            + " table.carbonlab{border-collapse:collapse}"
            + " table.carbonlab caption{font-weight:bold;text-align:left;padding-bottom:0.3em}"
            + " table.carbonlab th,table.carbonlab td{padding:2px 8px;text-align:right;font-variant-numeric:tabular-nums}"
            + " table.carbonlab th[scope=row],table.carbonlab thead th:first-child{text-align:left;font-weight:normal}"
            + " table.carbonlab thead{border-top:2px solid #000;border-bottom:1px solid #000}"
            + " table.carbonlab tbody{border-bottom:2px solid #000} tr.rule{border-top:1px solid #000}"
            + " img.chart{max-width:100%}";

    /** A cell that is a number as the writers print it: -0.300**, (0.120), [0.01], 12.5%, 1,234, or blank. */
    private static final java.util.regex.Pattern NUMERIC_CELL = java.util.regex.Pattern
            .compile("[(\\[]?[+\u2212-]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?[)\\]]?\\**|");

    /**
     * The LaTeX column types: the first (labels) and columns mostly of text left-aligned ({@code l}), columns
     * mostly of numbers right-aligned ({@code r}), so that numbers printed to the same decimals line up on the
     * point without siunitx; a column with no cells is centred.
     */
    static String columnSpec(Grid g) {
        StringBuilder spec = new StringBuilder("l");
        for (int c = 1; c < g.header().size(); c++) {
            int numbers = 0;
            int text = 0;
            for (List<String> r : g.rows()) {
                String cell = c < r.size() ? r.get(c).strip() : "";
                if (!cell.isEmpty()) {
                    if (NUMERIC_CELL.matcher(cell).matches()) {
                        numbers++;
                    } else {
                        text++;
                    }
                }
            }
            // a model column's few words ("Yes" for fixed effects, the SE type) stay with its numbers
            spec.append(numbers > 0 && numbers >= text ? 'r' : text > 0 ? 'l' : 'c');
        }
        return spec.toString();
    }

    /** The first line after the title of a LaTeX fragment: the one package its tables need. */
    public static final String LATEX_REQUIRES = "% requires: \\usepackage{booktabs}";

    /**
     * Width for notes under a LaTeX table: the table's estimated width (about 0.5em per character in \\small, plus
     * the column gaps), at least 10em, at most 33em (an article's text width at 10pt is about 34em).
     */
    static int noteWidthEm(Grid g) {
        int n = g.header().size();
        int[] chars = new int[n];
        for (int c = 0; c < n; c++) {
            chars[c] = g.header().get(c).length();
        }
        for (List<String> r : g.rows()) {
            for (int c = 0; c < n && c < r.size(); c++) {
                chars[c] = Math.max(chars[c], r.get(c).length());
            }
        }
        double em = 0;
        for (int c : chars) {
            em += 0.5 * c + 0.8;
        }
        return (int) Math.max(10, Math.min(33, Math.floor(em)));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(ch);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                case '²' -> sb.append("$^2$");
                // labels use Greek letters (σ², χ², ρ, λ); pdflatex without extra packages knows them in math mode only
                case 'α' -> sb.append("$\\alpha$");
                case 'β' -> sb.append("$\\beta$");
                case 'γ' -> sb.append("$\\gamma$");
                case 'δ' -> sb.append("$\\delta$");
                case 'θ' -> sb.append("$\\theta$");
                case 'λ' -> sb.append("$\\lambda$");
                case 'ρ' -> sb.append("$\\rho$");
                case 'σ' -> sb.append("$\\sigma$");
                case 'τ' -> sb.append("$\\tau$");
                case 'χ' -> sb.append("$\\chi$");
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
