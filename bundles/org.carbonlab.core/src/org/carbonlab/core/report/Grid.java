package org.carbonlab.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A format-neutral table: a header row, body rows, and horizontal rules before given rows. The
 * renderers (Markdown, LaTeX, HTML, CSV) only lay it out.
 */
public final class Grid {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> rulesBefore = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String caption;

    public Grid(List<String> header) {
        this.header = List.copyOf(header);
    }

    public Grid row(List<String> cells) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < header.size()) {
            padded.add("");
        }
        rows.add(padded);
        return this;
    }

    /** A rule before the next row added (LaTeX \midrule; other formats may ignore it). */
    public Grid rule() {
        rulesBefore.add(rows.size());
        return this;
    }

    public Grid note(String note) {
        notes.add(note);
        return this;
    }

    public Grid caption(String text) {
        this.caption = text;
        return this;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public boolean ruleBefore(int rowIndex) {
        return rulesBefore.contains(rowIndex);
    }

    public List<String> notes() {
        return notes;
    }

    public String caption() {
        return caption;
    }

    /**
     * This grid, or a copy with only the first {@code maxRows} body rows and a note saying where
     * the rest is (reports stay readable; the JSON result keeps every row).
     */
    public Grid truncated(int maxRows, String whereTheRestIs) {
        if (rows.size() <= maxRows) {
            return this;
        }
        Grid g = new Grid(header);
        g.caption = caption;
        for (int i = 0; i < maxRows; i++) {
            if (rulesBefore.contains(i)) {
                g.rule();
            }
            g.row(rows.get(i));
        }
        notes.forEach(g::note);
        g.note("First " + maxRows + " of " + rows.size() + " rows; " + whereTheRestIs + ".");
        return g;
    }
}
