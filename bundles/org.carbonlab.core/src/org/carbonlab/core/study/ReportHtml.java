package org.carbonlab.core.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.GridRenderer;

/**
 * The study report as one self-contained HTML page (report.html beside report.md): the Markdown the runner writes,
 * with its pipe tables as HTML tables (labels left, numbers right, notes at the table's width) and its charts
 * embedded as data URIs, so the page can be mailed or archived alone. Only the Markdown the runner itself writes
 * needs to be understood: headings, bold captions, pipe tables with "Note:" lines, images, links, lists, paragraphs.
 */
final class ReportHtml {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern CAPTION = Pattern.compile("\\*\\*(.+)\\*\\*");

    private ReportHtml() {
    }

    static String page(String markdown, Path folder) {
        List<String> lines = markdown.lines().toList();
        String title = lines.stream().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse("Report");
        StringBuilder body = new StringBuilder();
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean listItem = line.startsWith("- ");
            if (inList && !listItem) {
                body.append("</ul>\n");
                inList = false;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher cap = CAPTION.matcher(line.strip());
            int tableAt = cap.matches() ? next(lines, i + 1) : i;
            if (tableAt < lines.size() && lines.get(tableAt).startsWith("|") && tableAt + 1 < lines.size()
                    && lines.get(tableAt + 1).startsWith("|:")) {
                Grid g = new Grid(cells(lines.get(tableAt)));
                if (cap.matches()) {
                    g.caption(unescape(cap.group(1)));
                }
                int j = tableAt + 2;
                while (j < lines.size() && lines.get(j).startsWith("|")) {
                    g.row(cells(lines.get(j++)));
                }
                int k = next(lines, j);
                while (k < lines.size() && lines.get(k).startsWith("Note: ")) {
                    g.note(unescape(lines.get(k).substring(6).strip()));
                    j = k + 1;
                    k = next(lines, j);
                }
                body.append(GridRenderer.HTML.render(g));
                i = j - 1;
                continue;
            }
            if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                level = Math.min(level, 6);
                body.append("<h").append(level).append('>').append(inline(line.substring(level).strip(), folder))
                        .append("</h").append(level).append(">\n");
            } else if (listItem) {
                if (!inList) {
                    body.append("<ul>\n");
                    inList = true;
                }
                body.append("<li>").append(inline(line.substring(2), folder)).append("</li>\n");
            } else {
                body.append("<p>").append(inline(line, folder)).append("</p>\n");
            }
        }
        if (inList) {
            body.append("</ul>\n");
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n<style>"
                + GridRenderer.HTML_STYLE + "</style></head><body>\n" + body + "</body></html>\n";
    }

    private static int next(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** The cells of a Markdown table row, with the writer's escapes undone. */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String r = row.strip();
        for (int i = 1; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                cell.append(r.charAt(++i));
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    /** Inline Markdown: images (embedded when the file is in the folder), links, bold and code. */
    private static String inline(String text, Path folder) {
        StringBuilder sb = new StringBuilder();
        Matcher m = IMAGE.matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(span(text.substring(last, m.start())));
            sb.append(image(m.group(1), m.group(2), folder));
            last = m.end();
        }
        sb.append(span(text.substring(last)));
        return sb.toString();
    }

    private static String span(String text) {
        String s = escape(unescapeKeepingStructure(text));
        s = s.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        s = s.replaceAll("`([^`]+)`", "<code>$1</code>");
        Matcher m = LINK.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Undoes the escapes of literal characters ({@code \*}) but keeps Markdown's own bold markers. */
    private static String unescapeKeepingStructure(String s) {
        return s.replace("\\*", "\u0000").replace("\\|", "|").replace("\\_", "_");
    }

    private static String image(String alt, String file, Path folder) {
        String src = file;
        Path p = folder.resolve(file).normalize();
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".svg") ? "image/svg+xml" : null;
        if (type != null && p.startsWith(folder.normalize()) && Files.isRegularFile(p)) {
            try {
                src = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(p));
            } catch (IOException e) {
                src = file; // a link to the file is still useful
            }
        }
        return "<img class=\"chart\" alt=\"" + escape(alt) + "\" src=\"" + src + "\">";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\u0000", "*");
    }
}
