package org.carbonlab.core.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.Cells;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/**
 * An edge list in CSV with columns {@code from,to[,weight]}: each row is one directed link
 * w[from, to] = weight (1 without a weight column); a symmetric matrix lists both directions. A
 * row with an empty {@code to} (and no weight) declares an entity without neighbours. Entities
 * are numbered in the order they first appear.
 */
final class EdgeListFormat {
    private static final int MAX_LISTED = 20;

    private EdgeListFormat() {
    }

    private record Edge(String from, String to, double weight) {
    }

    static SpatialWeights read(RawTable t) {
        String src = t.origin();
        boolean weighted = t.columns() == 3;
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (int r = 0; r < t.rows(); r++) {
            String where = "line " + t.line(r) + " of " + src;
            String from = t.cell(r, 0);
            String to = t.cell(r, 1);
            String cell = weighted ? t.cell(r, 2) : null;
            String problem = null;
            double w = 1.0;
            if (from == null) {
                problem = where + ": 'from' is empty; every row names the entity the link starts from";
            } else if (to == null) {
                if (cell != null) {
                    problem = where + ": 'to' is empty but a weight is given; leave both empty to declare '" + from
                            + "' an entity without neighbours";
                }
            } else if (weighted) {
                if (cell == null) {
                    problem = where + " ('" + from + "' -> '" + to + "'): the weight is empty";
                } else {
                    w = Cells.parseNumber(cell);
                    if (Double.isNaN(w)) {
                        problem = where + " ('" + from + "' -> '" + to + "'): the weight '" + cell
                                + "' is not a number (weights are finite numbers >= 0)";
                    } else if (w < 0) {
                        problem = where + " ('" + from + "' -> '" + to + "'): the weight " + cell
                                + " is negative; weights must not be negative";
                    }
                }
            }
            if (problem == null && to != null && from.equals(to) && w != 0) {
                problem = where + ": '" + from + "' is linked to itself; a unit is not its own neighbour";
            }
            if (problem == null && to != null) {
                Integer before = firstLine.putIfAbsent(from + "\u0000" + to, t.line(r));
                if (before != null) {
                    problem = where + ": the link '" + from + "' -> '" + to + "' is given again (first on line "
                            + before + "); each link appears once";
                }
            }
            if (problem != null) {
                if (count++ < MAX_LISTED) {
                    problems.add(problem);
                }
                continue;
            }
            ids.putIfAbsent(from, ids.size());
            if (to != null) {
                ids.putIfAbsent(to, ids.size());
                edges.add(new Edge(from, to, w));
            }
        }
        if (count > MAX_LISTED) {
            problems.add("... and " + (count - MAX_LISTED) + " more problems in " + src);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(new ArrayList<>(ids.keySet()), src,
                SpatialWeights.FORMAT_EDGE_LIST_CSV).sha256(t.sha256());
        for (Edge e : edges) {
            b.link(ids.get(e.from), ids.get(e.to), e.weight);
        }
        return b.build();
    }
}
