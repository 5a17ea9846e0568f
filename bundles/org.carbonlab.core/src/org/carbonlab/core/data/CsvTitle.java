package org.carbonlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A title above a CSV header, as spreadsheets export one ({@code Table 1. Provincial panel,,,}): the first
 * non-empty lines are titles while each holds a single filled cell and the next line has two or more filled cells,
 * none of them a number (a line of names; a line of numbers would be data under a one-column header). Only the
 * first few lines are looked at, and a quote left open at a line end stops the search (no guess then).
 */
record CsvTitle(int titleLine, String text, int headerLine) {
    private static final int LINES_LOOKED_AT = 12;

    /** The title(s) before the header, or null when the first non-empty line is the header. */
    static CsvTitle find(byte[] bytes, int start) {
        List<int[]> lineNumbers = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        int pos = start;
        int line = 1;
        while (pos < bytes.length && lines.size() < LINES_LOOKED_AT) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            List<String> filled = filledCells(new String(bytes, pos, end - pos, StandardCharsets.UTF_8));
            if (filled == null) {
                break; // a quoted field spans lines: leave the file to the parser
            }
            if (!filled.isEmpty()) {
                lines.add(filled);
                lineNumbers.add(new int[] {line});
            }
            pos = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
            line++;
        }
        int i = 0;
        while (i + 1 < lines.size() && lines.get(i).size() == 1 && lines.get(i + 1).size() >= 2
                && lines.get(i + 1).stream().noneMatch(Cells::isNumber)) {
            i++;
        }
        return i == 0 ? null : new CsvTitle(lineNumbers.get(0)[0], lines.get(0).get(0), lineNumbers.get(i)[0]);
    }

    /** The non-blank cells of one line (RFC 4180 quotes within the line), or null when a quote stays open. */
    private static List<String> filledCells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < text.length() && text.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                add(cells, cell);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        add(cells, cell);
        return cells;
    }

    private static void add(List<String> cells, StringBuilder cell) {
        String v = cell.toString().strip();
        if (!v.isEmpty()) {
            cells.add(v);
        }
        cell.setLength(0);
    }
}
