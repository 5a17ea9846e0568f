package org.carbonlab.core.report;

import java.util.Locale;

import org.carbonlab.core.errors.InputException;

/** The output formats of {@code carbonlab estimate --format}. */
public enum ReportFormat {
    JSON("json"), MARKDOWN("md"), LATEX("tex"), HTML("html"), CSV("csv"), DOCX("docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
                return f;
            }
        }
        if (t.equals("markdown")) {
            return MARKDOWN;
        }
        if (t.equals("latex")) {
            return LATEX;
        }
        throw new InputException("unknown format '" + text + "'; use json, md, tex, html, csv or docx");
    }
}
