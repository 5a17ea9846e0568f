package org.carbonlab.spatial.estimators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.estimator.WeightsBuilder;
import org.carbonlab.core.estimator.WeightsUse;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.spatial.numerics.WeightConstants;
import org.carbonlab.spatial.numerics.weights.Components;
import org.carbonlab.spatial.numerics.weights.EconomicDistance;
import org.carbonlab.spatial.numerics.weights.InverseDistance;
import org.carbonlab.spatial.numerics.weights.Links;
import org.carbonlab.spatial.numerics.weights.Metric;
import org.carbonlab.spatial.numerics.weights.NearestNeighbours;
import org.carbonlab.spatial.weights.DenseWriter;
import org.carbonlab.spatial.weights.EdgeListWriter;

/**
 * {@code spatial.weights}: builds a spatial weight matrix over the data's entities (contiguity as given, k nearest
 * neighbours, inverse distance, economic distance, nested geo-economic), links islands on request, standardises it,
 * reports its checks (islands, connected components, symmetry, S0..S2) and, with {@code file=PATH}, writes it in the
 * {@code --weights} edge-list format.
 *
 * <p>Order of work: raw weights → border flag → {@code link} pairs → island rule → standardisation, so linked
 * pairs are standardised like every other link. A study's WeightMatrix element with parameters is built by the same
 * code ({@link #build}).
 */
public class WeightsEstimator implements Estimator, WeightsBuilder {
    static final String ID = "spatial.weights";
    /** file_format=auto writes a dense matrix up to this many units. */
    static final int DENSE_UP_TO = 200;

    @Override
    public ParameterSchema parameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.choice("method", "contiguity",
                List.of("contiguity", "knn", "distance", "economic", "nested"),
                "contiguity: the matrix of --weights (or the study); knn: k nearest neighbours (0/1); distance:"
                        + " 1/d^power within cutoff; economic: 1/|mean_i - mean_j| of variable; nested: the distance"
                        + " matrix times diag(mean_j / mean) (nested=diag) or times the economic matrix (nested=product)"));
        specs.add(ParameterSpec.optional("x", ParameterType.COLUMN, null, "projected x coordinate (Euclidean distance)"));
        specs.add(ParameterSpec.optional("y", ParameterType.COLUMN, null, "projected y coordinate"));
        specs.add(ParameterSpec.optional("lat", ParameterType.COLUMN, null,
                "latitude in degrees (great-circle haversine distance in km, R = 6371.0088)"));
        specs.add(ParameterSpec.optional("lon", ParameterType.COLUMN, null, "longitude in degrees"));
        specs.add(ParameterSpec.integer("k", null, 1, null, "neighbours per unit for method=knn (ties: the first in"
                + " entity order, as spdep's knearneigh)"));
        specs.add(ParameterSpec.optional("symmetrise", ParameterType.BOOLEAN, "false",
                "knn: also link j to i wherever i has j among its k nearest (W or W')"));
        specs.add(ParameterSpec.number("power", 1.0, 0.0, null, "distance decay: w = 1/d^power"));
        specs.add(ParameterSpec.optional("cutoff", ParameterType.STRING, null,
                "distance band for method=distance/nested: a number (pairs with d <= cutoff) or auto (the largest"
                        + " nearest-neighbour distance, so every unit keeps a neighbour); default: no band"));
        specs.add(ParameterSpec.optional("variable", ParameterType.COLUMN, null,
                "economic/nested: the variable whose per-unit mean defines economic distance (e.g. GDP per capita)"));
        specs.add(ParameterSpec.optional("periods", ParameterType.STRING, null,
                "economic/nested: the period range of the means, FROM:TO (inclusive); default all periods"));
        specs.add(ParameterSpec.choice("nested", "diag", List.of("diag", "product"),
                "nested form: diag = W_d diag(mean_j / mean of means); product = W_d elementwise 1/|mean_i - mean_j|"));
        specs.add(ParameterSpec.choice("standardise", "row",
                List.of("row", "none", "binary", "global", "spectral", "minmax"),
                "row (rows sum to 1), none, binary (0/1), global (sum = n), spectral (divided by the largest"
                        + " eigenvalue modulus), minmax (divided by min(max row sum, max column sum))"));
        specs.add(ParameterSpec.choice("islands", "error", List.of("error", "keep"),
                "units without neighbours: error (names them) or keep them as zero rows (spdep's zero.policy)"));
        specs.add(ParameterSpec.optional("link", ParameterType.LIST, null,
                "extra symmetric links added before standardisation, e.g. Hainan:Guangdong (comma-separated pairs)"));
        specs.add(ParameterSpec.optional("border", ParameterType.BOOLEAN, "false",
                "knn/distance/economic/nested: keep the method's weight only for pairs linked in the --weights matrix"
                        + " (a 0/1 border flag), e.g. inverse distance between bordering units"));
        specs.add(ParameterSpec.optional("file", ParameterType.STRING, null,
                "write the matrix to this file in a --weights format (see file_format)"));
        specs.add(ParameterSpec.choice("file_format", "auto", List.of("auto", "edges", "dense"),
                "format of file: edges (from,to,weight), dense (n x n with entity ids as header and row labels) or"
                        + " auto (dense up to " + DENSE_UP_TO + " units, else edges)"));
        return new ParameterSchema(specs);
    }

    @Override
    public WeightsUse weightsUse() {
        return WeightsUse.OPTIONAL;
    }

    @Override
    public List<String> validate(EstimationContext c) {
        List<String> problems = new ArrayList<>();
        Parameters p = c.parameters();
        String method = p.string("method");
        List<String> columns = new ArrayList<>();
        if (!"contiguity".equals(method) && !"economic".equals(method)) {
            boolean projected = p.isSet("x") || p.isSet("y");
            boolean geographic = p.isSet("lat") || p.isSet("lon");
            if (projected == geographic) {
                problems.add("method=" + method + " needs coordinates: give x and y (projected) or lat and lon"
                        + " (degrees), one pair only");
            } else if (projected && !(p.isSet("x") && p.isSet("y"))) {
                problems.add("give both x and y (projected coordinates)");
            } else if (geographic && !(p.isSet("lat") && p.isSet("lon"))) {
                problems.add("give both lat and lon (coordinates in degrees)");
            }
            for (String s : List.of("x", "y", "lat", "lon")) {
                if (p.isSet(s)) {
                    columns.add(p.string(s));
                }
            }
        }
        if ("knn".equals(method) && !p.isSet("k")) {
            problems.add("method=knn needs k, the number of neighbours per unit");
        }
        if (("economic".equals(method) || "nested".equals(method))) {
            if (!p.isSet("variable")) {
                problems.add("method=" + method + " needs variable, the column whose unit means define economic"
                        + " distance");
            } else {
                columns.add(p.string("variable"));
            }
        }
        if ("contiguity".equals(method) && !c.hasWeights()) {
            problems.add("method=contiguity takes the matrix from --weights FILE (or the study's weightMatrix);"
                    + " none was given. To build one, give method=knn, distance, economic or nested");
        }
        boolean border = p.bool("border");
        if (border && "contiguity".equals(method)) {
            problems.add("border=true combines a method's weights with the --weights matrix as a 0/1 border flag;"
                    + " give method=knn, distance, economic or nested");
        } else if (border && !c.hasWeights()) {
            problems.add("border=true needs the border (contiguity) matrix: give --weights FILE (or the study"
                    + " element's source)");
        } else if (!"contiguity".equals(method) && c.hasWeights() && !border) {
            problems.add("method=" + method + " builds a matrix from the data; --weights is used only with"
                    + " method=contiguity or with border=true (as a 0/1 border flag). Leave out one of the two");
        }
        problems.addAll(c.data().checkNumeric(columns));
        return problems;
    }

    @Override
    public Result estimate(EstimationContext c) {
        Parameters p = c.parameters();
        Result r = new Result(ID);
        SpatialWeights w = build(c, r);
        report(w, r, p.string("method"));
        if (p.isSet("file")) {
            String format = p.string("file_format");
            boolean dense = "dense".equals(format) || "auto".equals(format) && w.n() <= DENSE_UP_TO;
            write(w, p.string("file"), dense, c.data(), c.hasWeights() ? c.weights() : null);
            r.statistic("file", p.string("file"));
            r.statistic("file_format", dense ? "dense" : "edges");
        }
        return r;
    }

    @Override
    public SpatialWeights build(EstimationContext c) {
        return build(c, new Result(ID));
    }

    /** The matrix the parameters ask for; what was done on the way (cutoff, links added, islands) goes into r. */
    private static SpatialWeights build(EstimationContext c, Result r) {
        Parameters p = c.parameters();
        PanelFrame f = c.data();
        List<String> ids = f.entityLabels();
        String method = p.string("method");
        Standardisation style = Standardisation.parse(p.string("standardise"));

        SpatialWeights raw;
        PairWeight linkWeight = (i, j) -> 1.0;
        if ("contiguity".equals(method)) {
            raw = c.weights();
        } else {
            Links links;
            String source = "spatial.weights method=" + method;
            switch (method) {
                case "knn" -> {
                    Coordinates xy = Coordinates.of(f, p);
                    int k = (int) p.integer("k");
                    if (k >= ids.size()) {
                        throw new InputException("k=" + k + " nearest neighbours needs more units: the data have "
                                + ids.size() + " entities, so k must be at most " + (ids.size() - 1));
                    }
                    links = NearestNeighbours.binaryLinks(NearestNeighbours.of(xy.a, xy.b, xy.metric, k),
                            p.bool("symmetrise"));
                    r.statistic("k", k);
                    r.statistic("symmetrised", p.bool("symmetrise"));
                    r.statistic("distance", xy.metric.name().toLowerCase(Locale.ROOT));
                }
                case "distance" -> {
                    Coordinates xy = Coordinates.of(f, p);
                    links = distanceLinks(xy, p, r, ids);
                    double power = p.number("power");
                    linkWeight = (i, j) -> InverseDistance.weight(xy.metric.distance(xy.a, xy.b, i, j), power);
                }
                case "economic" -> {
                    double[] means = means(f, p);
                    requireDistinct(means, ids, p.string("variable"));
                    links = EconomicDistance.of(means);
                    linkWeight = (i, j) -> 1.0 / Math.abs(means[i] - means[j]);
                }
                case "nested" -> {
                    Coordinates xy = Coordinates.of(f, p);
                    Links geo = distanceLinks(xy, p, r, ids);
                    double[] means = means(f, p);
                    double power = p.number("power");
                    boolean product = "product".equals(p.string("nested"));
                    if (product) {
                        requireDistinct(means, ids, p.string("variable"));
                        links = EconomicDistance.nestedProduct(geo, means);
                    } else {
                        for (int i = 0; i < means.length; i++) {
                            if (!(means[i] > 0)) {
                                throw new InputException("nested=diag scales by mean_j / mean and needs positive"
                                        + " means of '" + p.string("variable") + "'; entity '" + ids.get(i)
                                        + "' has mean " + means[i]);
                            }
                        }
                        links = EconomicDistance.nestedDiagonal(geo, means);
                    }
                    r.statistic("nested", p.string("nested"));
                    double grand = java.util.Arrays.stream(means).average().orElseThrow();
                    linkWeight = (i, j) -> {
                        double d = InverseDistance.weight(xy.metric.distance(xy.a, xy.b, i, j), power);
                        return product ? d / Math.abs(means[i] - means[j]) : d * means[j] / grand;
                    };
                }
                default -> throw new IllegalStateException(method);
            }
            SpatialWeights border = p.bool("border") ? c.weights() : null;
            if (border != null) {
                source += " on the border pairs of " + border.source();
                r.statistic("border", border.source());
            }
            SpatialWeights.Builder b = SpatialWeights.builder(ids, source, "spatial.weights");
            int kept = 0;
            for (int k = 0; k < links.size(); k++) {
                if (border == null || border.weight(links.from(k), links.to(k)) != 0.0) {
                    b.link(links.from(k), links.to(k), links.weight(k));
                    kept++;
                }
            }
            if (border != null && kept == 0) {
                throw new InputException("border=true: no pair linked by method=" + method + " is linked in "
                        + border.source() + " (every unit would be an island)");
            }
            raw = b.build();
        }
        SpatialWeights w = addLinks(raw, p.list("link"), linkWeight, r);
        List<String> islands = w.isolateIds();
        if (!islands.isEmpty()) {
            if ("error".equals(p.string("islands"))) {
                throw new InputException("the spatial weight matrix has " + islands.size()
                        + " unit(s) without neighbours: " + SpatialInputs.quoted(islands) + "; link them with"
                        + " link=" + islands.get(0) + ":NEIGHBOUR, or give islands=keep to keep them as zero rows"
                        + " (spdep's zero.policy=TRUE)");
            }
            r.warn(islands.size() + " unit(s) without neighbours kept as zero rows (islands=keep): "
                    + SpatialInputs.quoted(islands));
        }
        if (w.links() == 0) {
            throw new InputException("the spatial weight matrix has no links (every unit is an island)");
        }
        return w.standardised(style);
    }

    /** Inverse-distance links of method=distance (and nested's W_d) with the cutoff resolved. */
    private static Links distanceLinks(Coordinates xy, Parameters p, Result r, List<String> ids) {
        int[] same = InverseDistance.firstCoincidentPair(xy.a, xy.b, xy.metric);
        if (same != null) {
            throw new InputException("entities '" + ids.get(same[0]) + "' and '" + ids.get(same[1])
                    + "' have the same coordinates: inverse distance 1/d is infinite at d = 0");
        }
        double cutoff = Double.POSITIVE_INFINITY;
        String text = p.string("cutoff");
        if (text != null) {
            if ("auto".equalsIgnoreCase(text.strip())) {
                cutoff = NearestNeighbours.largestNearestDistance(xy.a, xy.b, xy.metric);
            } else {
                try {
                    cutoff = Double.parseDouble(text.strip());
                } catch (NumberFormatException e) {
                    cutoff = Double.NaN;
                }
                if (!(cutoff > 0)) {
                    throw new InputException("parameter cutoff must be a positive distance or auto; got '" + text
                            + "'");
                }
            }
            r.statistic("cutoff", cutoff);
        }
        r.statistic("power", p.number("power"));
        r.statistic("distance", xy.metric.name().toLowerCase(Locale.ROOT));
        return InverseDistance.of(xy.a, xy.b, xy.metric, p.number("power"), cutoff);
    }

    /**
     * The weight a {@code link=} pair gets: the method's own weight for that pair (inverse distance, economic or
     * nested), 1 for contiguity and kNN.
     */
    @FunctionalInterface
    private interface PairWeight {
        double weight(int i, int j);
    }

    /** W with the pairs of {@code link} (A:B) linked both ways where they are not yet linked. */
    private static SpatialWeights addLinks(SpatialWeights w, List<String> pairs, PairWeight weight, Result r) {
        if (pairs.isEmpty()) {
            return w;
        }
        SpatialWeights.Builder b = SpatialWeights.builder(w.entities(), w.source(), w.format())
                .standardisation(w.standardisation());
        for (int i = 0; i < w.n(); i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                b.link(i, w.columnAt(k), w.valueAt(k));
            }
        }
        List<String> added = new ArrayList<>();
        for (String pair : pairs) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InputException("parameter link: '" + pair + "' is not a pair A:B of entity ids");
            }
            int i = w.indexOf(parts[0].strip());
            int j = w.indexOf(parts[1].strip());
            for (int q = 0; q < 2; q++) {
                if ((q == 0 ? i : j) < 0) {
                    throw new InputException("parameter link: '" + parts[q].strip() + "' (in '" + pair
                            + "') is not an entity of the data");
                }
            }
            if (i == j) {
                throw new InputException("parameter link: '" + pair + "' links a unit to itself");
            }
            double v = weight.weight(i, j);
            if (w.weight(i, j) == 0.0) {
                b.link(i, j, v);
            }
            if (w.weight(j, i) == 0.0) {
                b.link(j, i, v);
            }
            added.add(w.entities().get(i) + ":" + w.entities().get(j));
        }
        r.statistic("linked", String.join(",", added));
        return b.build();
    }

    private static void report(SpatialWeights w, Result r, String method) {
        int n = w.n();
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, w.neighbourCount(i));
            max = Math.max(max, w.neighbourCount(i));
        }
        boolean symmetric = w.isSymmetric();
        int components = Components.count(w);
        WeightConstants wc = WeightConstants.of(w, false);
        r.statistic("method", method);
        r.statistic("n", n);
        r.statistic("links", w.links());
        r.statistic("mean_neighbours", (double) w.links() / n);
        r.statistic("min_neighbours", min);
        r.statistic("max_neighbours", max);
        r.statistic("islands", w.isolates().length);
        r.statistic("components", components);
        r.statistic("symmetric", symmetric);
        r.statistic("standardisation", w.standardisation().label());
        r.statistic("S0", wc.s0());
        r.statistic("S1", wc.s1());
        r.statistic("S2", wc.s2());
        if (!symmetric) {
            r.warn("the matrix is not symmetric (" + asymmetricPairs(w) + " link(s) without an equal reverse"
                    + " weight)" + ("knn".equals(method) ? "; symmetrise=true makes the kNN graph symmetric" : ""));
        }
        if (components > 1) {
            r.warn("the matrix has " + components + " connected components (islands count as one each)");
        }
        ResultTable edges = new ResultTable(List.of("from", "to", "weight"));
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                edges.addRow(w.entities().get(i), w.entities().get(w.columnAt(k)), w.valueAt(k));
            }
        }
        r.table("weights", edges);
    }

    private static int asymmetricPairs(SpatialWeights w) {
        int count = 0;
        for (int i = 0; i < w.n(); i++) {
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                double a = w.valueAt(k);
                double b = w.weight(w.columnAt(k), i);
                if (Math.abs(a - b) > SpatialWeights.SYMMETRY_TOLERANCE * Math.max(a, b)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void write(SpatialWeights w, String file, boolean dense, PanelFrame f, SpatialWeights input) {
        Path target = Path.of(file).toAbsolutePath().normalize();
        for (String other : new String[] {f.source(), input == null ? null : input.source()}) {
            if (other != null && !other.isBlank()) {
                try {
                    if (Path.of(other).toAbsolutePath().normalize().equals(target)) {
                        throw new InputException("parameter file: " + file + " is an input of this run (" + other
                                + "); write the matrix to another file");
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // a source that is not a path (e.g. a study element) cannot be overwritten
                }
            }
        }
        try {
            if (dense) {
                DenseWriter.write(w, target);
            } else {
                EdgeListWriter.write(w, target);
            }
        } catch (IOException e) {
            throw new InputException("cannot write the weight matrix to " + file + ": " + e.getMessage());
        }
    }

    /** Per-entity coordinates, constant over time. */
    private record Coordinates(double[] a, double[] b, Metric metric) {
        static Coordinates of(PanelFrame f, Parameters p) {
            boolean projected = p.isSet("x");
            String ca = projected ? p.string("x") : p.string("lat");
            String cb = projected ? p.string("y") : p.string("lon");
            double[] a = perEntity(f, ca);
            double[] b = perEntity(f, cb);
            if (!projected) {
                for (int i = 0; i < a.length; i++) {
                    if (Math.abs(a[i]) > 90 || Math.abs(b[i]) > 180) {
                        throw new InputException("entity '" + f.entityLabels().get(i) + "': latitude " + a[i]
                                + " / longitude " + b[i] + " is outside [-90, 90] / [-180, 180] degrees (columns '"
                                + ca + "', '" + cb + "')");
                    }
                }
            }
            return new Coordinates(a, b, projected ? Metric.EUCLIDEAN : Metric.GREAT_CIRCLE);
        }
    }

    /** A column's one value per entity: it must be given and the same in every period of the entity. */
    static double[] perEntity(PanelFrame f, String column) {
        double[] v = f.numeric(column);
        int n = f.nEntities();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double first = Double.NaN;
            for (int row = f.firstRow(i); row < f.endRow(i); row++) {
                if (!Double.isFinite(v[row])) {
                    throw new InputException("coordinate column '" + column + "' is missing for entity '"
                            + f.entityLabels().get(i) + "' (" + f.describe(row) + "); every unit needs coordinates");
                }
                if (row > f.firstRow(i) && v[row] != first) {
                    throw new InputException("coordinate column '" + column + "' changes over time for entity '"
                            + f.entityLabels().get(i) + "' (" + first + " then " + v[row] + " at "
                            + f.describe(row) + "); coordinates must be constant per unit");
                }
                first = v[row];
            }
            out[i] = first;
        }
        return out;
    }

    /** Each entity's mean of {@code variable} over {@code periods} (FROM:TO, inclusive; default all). */
    static double[] means(PanelFrame f, Parameters p) {
        String column = p.string("variable");
        double[] v = f.numeric(column);
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        String range = p.string("periods");
        if (range != null && f.hasTime()) {
            String[] parts = range.strip().split(":", -1);
            try {
                from = Long.parseLong(parts[0].strip());
                to = parts.length == 2 ? Long.parseLong(parts[1].strip()) : from;
            } catch (NumberFormatException e) {
                parts = null;
            }
            if (parts == null || parts.length > 2 || from > to) {
                throw new InputException("parameter periods: '" + range + "' is not a range FROM:TO of periods"
                        + " (e.g. 2005:2015)");
            }
        }
        int n = f.nEntities();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            int count = 0;
            for (int row = f.firstRow(i); row < f.endRow(i); row++) {
                long t = f.hasTime() ? f.time(row) : 0;
                if (f.hasTime() && (t < from || t > to)) {
                    continue;
                }
                if (!Double.isFinite(v[row])) {
                    throw new InputException("column '" + column + "' is missing for entity '"
                            + f.entityLabels().get(i) + "' (" + f.describe(row) + "); economic distance needs it"
                            + " in every period of the range");
                }
                sum += v[row];
                count++;
            }
            if (count == 0) {
                throw new InputException("entity '" + f.entityLabels().get(i) + "' has no period in " + range
                        + " to average '" + column + "' over");
            }
            out[i] = sum / count;
        }
        return out;
    }

    private static void requireDistinct(double[] means, List<String> ids, String column) {
        int[] same = EconomicDistance.firstEqualPair(means);
        if (same != null) {
            throw new InputException("entities '" + ids.get(same[0]) + "' and '" + ids.get(same[1])
                    + "' have the same mean of '" + column + "' (" + means[same[0]] + "): economic distance"
                    + " 1/|mean_i - mean_j| is infinite");
        }
    }
}
