package org.carbonlab.core.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/**
 * A dense n×n weight matrix in CSV: the header row holds the n entity ids in the order of the
 * rows. Optionally a first column of row labels, when the header's first cell is empty or
 * {@code id}; its labels must repeat the header ids in the same order.
 */
final class DenseFormat {
    private static final int MAX_LISTED = 20;

    private DenseFormat() {
    }

    static SpatialWeights read(RawTable t) {
        String src = t.origin();
        List<String> header = t.columnNames();
        String corner = header.get(0);
        boolean labelled = header.size() > 1 && (corner.isEmpty() || corner.toLowerCase(Locale.ROOT).equals("id"));
        int off = labelled ? 1 : 0;
        List<String> ids = header.subList(off, header.size());
        int n = ids.size();
        if (t.rows() != n) {
            throw new InputException("the weights file " + src + " is not square: its header names " + n
                    + " entit" + (n == 1 ? "y" : "ies") + (labelled ? " (after the row-label column '" + corner + "')" : "")
                    + " but it has " + t.rows() + " row" + (t.rows() == 1 ? "" : "s")
                    + "; a dense weight matrix has one row per entity, in the order of the header");
        }
        List<String> problems = new ArrayList<>();
        int count = 0;
        SpatialWeights.Builder b = SpatialWeights.builder(ids, src, SpatialWeights.FORMAT_DENSE_CSV).sha256(t.sha256());
        for (int r = 0; r < n; r++) {
            String where = "line " + t.line(r) + " of " + src + " (row '" + ids.get(r) + "')";
            if (labelled && !ids.get(r).equals(t.cell(r, 0))) {
                if (count++ < MAX_LISTED) {
                    problems.add(where + " is labelled '" + (t.cell(r, 0) == null ? "" : t.cell(r, 0))
                            + "' in its first column; the row labels must repeat the header ids in the same order");
                }
                continue;
            }
            for (int c = 0; c < n; c++) {
                String cell = t.cell(r, off + c);
                String at = where + ", column '" + ids.get(c) + "'";
                String problem = null;
                double w = 0;
                if (cell == null) {
                    problem = at + " is empty; write 0 where there is no link";
                } else {
                    w = Cells.parseNumber(cell);
                    if (Double.isNaN(w)) {
                        problem = at + " holds '" + cell + "', which is not a number (weights are finite numbers >= 0)";
                    } else if (w < 0) {
                        problem = at + " holds the negative weight " + cell + "; weights must not be negative";
                    } else if (r == c && w != 0) {
                        problem = at + " holds " + cell + " on the diagonal; a unit is not its own neighbour,"
                                + " the diagonal must be 0";
                    }
                }
                if (problem != null) {
                    if (count++ < MAX_LISTED) {
                        problems.add(problem);
                    }
                } else if (w != 0) {
                    b.link(r, c, w);
                }
            }
        }
        if (count > MAX_LISTED) {
            problems.add("... and " + (count - MAX_LISTED) + " more problems in " + src);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return b.build();
    }
}
