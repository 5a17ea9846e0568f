package org.carbonlab.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.core.weights.WeightsFile;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.WeightEntry;
import org.carbonlab.model.WeightMatrix;

/**
 * A study's WeightMatrix elements as {@link SpatialWeights}, read or built once per run. An element
 * either names a {@code source} file in the {@code --weights} format (relative to the study file)
 * or lists its links as {@code entries} (from, to, value; every value non-zero), with
 * {@code entities} giving the ids and their order (needed for entities without neighbours;
 * without it the ids are taken from the entries in order of appearance). With a source file,
 * {@code entities}, when given, must name the file's entities. The element's
 * {@code standardisation} is applied after reading.
 *
 * <p>An element with {@code parameters} is <em>built</em> instead, by the estimator
 * {@value #BUILDER_ID} (found in the registry, a {@link org.carbonlab.core.estimator.WeightsBuilder})
 * with those parameters — the same names as on the command line ({@code method}, {@code k},
 * {@code lat}/{@code lon}, {@code cutoff}, {@code variable}, {@code periods}, {@code standardise},
 * {@code islands}, {@code link}, ...) — over the dataset of the analysis that first uses it (or
 * the study dataset named by the element parameter {@value #DATASET}); a
 * {@code source} file is then the builder's input matrix (contiguity, or the border flag).
 *
 * <p>The element parameter {@value #DROP_EXTRA} ({@code true|false}, default false; not the
 * builder's) lets the runner drop entities of the matrix that an analysis' data do not have,
 * instead of refusing them.
 */
public final class WeightMatrices {
    /** Name of a matrix whose element has none. */
    public static final String UNNAMED = "W";
    /** The estimator that builds a matrix from an element's parameters. */
    public static final String BUILDER_ID = "spatial.weights";
    /** Element parameter (not the builder's): the study dataset the matrix is built over. */
    public static final String DATASET = "dataset";
    /** Element parameter (not the builder's): drop the matrix's entities the data do not have. */
    public static final String DROP_EXTRA = "drop_extra";

    private final Path studyDir;
    private final EstimatorRegistry registry;
    private final String version;
    private final Map<WeightMatrix, SpatialWeights> read = new HashMap<>();
    private final Map<WeightMatrix, Map<Dataset, SpatialWeights>> built = new HashMap<>();

    /** Matrices of a study in {@code studyDir}; built ones use {@code registry}'s {@value #BUILDER_ID}. */
    public WeightMatrices(Path studyDir, EstimatorRegistry registry, String version) {
        this.studyDir = studyDir;
        this.registry = registry;
        this.version = version;
    }

    /**
     * The matrices an analysis uses: its weight matrix under its name, or none. A built matrix is
     * built over the frame (in {@code frames}, derived variables included) of the analysis' dataset
     * {@code dataset} or of the dataset its {@value #DATASET} parameter names, once per dataset
     * and run; the runner then aligns it to the analysis' entities.
     */
    public Map<String, SpatialWeights> forAnalysis(Analysis a, Dataset dataset, Map<Dataset, PanelFrame> frames) {
        Map<String, SpatialWeights> out = new LinkedHashMap<>();
        WeightMatrix m = a.getWeightMatrix();
        if (m != null) {
            SpatialWeights w;
            if (!isBuilt(m)) {
                w = read.computeIfAbsent(m, k -> read(k, studyDir));
            } else {
                Dataset over = builtOver(m, dataset, frames);
                w = built.computeIfAbsent(m, k -> new HashMap<>()).computeIfAbsent(over, d -> build(m, frames.get(d)));
            }
            out.put(nameOf(m), w);
        }
        return out;
    }

    /**
     * Whether the runner may drop entities of the analysis' weight matrix that its data do not
     * have (the element parameter {@value #DROP_EXTRA}).
     */
    public boolean dropsExtraEntities(Analysis a) {
        WeightMatrix m = a.getWeightMatrix();
        return m != null && dropsExtra(m);
    }

    private static boolean dropsExtra(WeightMatrix m) {
        for (ParameterValue p : m.getParameters()) {
            if (DROP_EXTRA.equals(p.getName())) {
                String v = p.getValue() == null ? "" : p.getValue().strip();
                if (v.equals("true") || v.equals("false")) {
                    return v.equals("true");
                }
                throw new InputException("weight matrix '" + nameOf(m) + "': parameter " + DROP_EXTRA
                        + " must be true or false, got '" + p.getValue() + "'");
            }
        }
        return false;
    }

    /** Built by the builder: the element has parameters other than the element's own. */
    private static boolean isBuilt(WeightMatrix m) {
        for (ParameterValue p : m.getParameters()) {
            if (!DATASET.equals(p.getName()) && !DROP_EXTRA.equals(p.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dataset a matrix is built over: the one its parameter {@value #DATASET} names (e.g. a
     * cross-section of coordinates; the runner then aligns the matrix to the analysis' entities), or
     * the analysis' own.
     */
    private static Dataset builtOver(WeightMatrix m, Dataset analysisDataset, Map<Dataset, PanelFrame> frames) {
        for (ParameterValue p : m.getParameters()) {
            if (DATASET.equals(p.getName())) {
                List<String> names = new ArrayList<>();
                for (Dataset d : frames.keySet()) {
                    if (d.getName() != null && d.getName().equals(p.getValue())) {
                        return d;
                    }
                    names.add(d.getName());
                }
                throw new InputException("weight matrix '" + nameOf(m) + "': parameter dataset names '" + p.getValue()
                        + "', which is not a dataset of the study; it has: " + String.join(", ", names));
            }
        }
        return analysisDataset;
    }

    private SpatialWeights build(WeightMatrix m, PanelFrame frame) {
        String name = nameOf(m);
        if (!m.getEntries().isEmpty()) {
            throw new InputException("weight matrix '" + name + "' has builder parameters and " + m.getEntries().size()
                    + " entries; give one of them");
        }
        if (m.getStandardisation() != org.carbonlab.model.Standardisation.NONE) {
            throw new InputException("weight matrix '" + name + "' is built (it has parameters): give its"
                    + " standardisation as the parameter standardise, not as the attribute standardisation");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (ParameterValue p : m.getParameters()) {
            if (DATASET.equals(p.getName()) || DROP_EXTRA.equals(p.getName())) {
                continue;
            }
            if (parameters.put(p.getName(), p.getValue()) != null) {
                throw new InputException("weight matrix '" + name + "' gives parameter '" + p.getName() + "' twice");
            }
        }
        if (parameters.containsKey("file")) {
            throw new InputException("weight matrix '" + name + "': parameter file (write the matrix) is for the"
                    + " spatial.weights analysis, not for a study's weight matrix");
        }
        EstimatorDescriptor builder = registry.find(BUILDER_ID).orElseThrow(() -> new InputException("weight matrix '"
                + name + "' has builder parameters, but no estimator " + BUILDER_ID + " is installed to build it"));
        Map<String, SpatialWeights> inputs = new LinkedHashMap<>();
        String source = m.getSource() == null ? "" : m.getSource().strip();
        if (!source.isEmpty()) {
            SpatialWeights w = WeightsFile.read(studyDir.resolve(source));
            checkEntities(name, m.getEntities(), w);
            inputs.put(name, w);
        }
        try {
            return new EstimationRunner(version).droppingExtraWeightEntities(dropsExtra(m))
                    .buildWeights(builder, frame, parameters, inputs);
        } catch (InputException e) {
            List<String> problems = new ArrayList<>();
            for (String p : e.problems()) {
                problems.add("weight matrix '" + name + "': " + p);
            }
            throw new InputException(problems);
        }
    }

    static String nameOf(WeightMatrix m) {
        return m.getName() == null || m.getName().isBlank() ? UNNAMED : m.getName();
    }

    /** Reads one element; {@code studyDir} resolves its source file. */
    public static SpatialWeights read(WeightMatrix m, Path studyDir) {
        String name = nameOf(m);
        String source = m.getSource() == null ? "" : m.getSource().strip();
        SpatialWeights w;
        if (!source.isEmpty()) {
            if (!m.getEntries().isEmpty()) {
                throw new InputException("weight matrix '" + name + "' has both a source file (" + source + ") and "
                        + m.getEntries().size() + " entries; give one of them");
            }
            w = WeightsFile.read(studyDir.resolve(source));
            checkEntities(name, m.getEntities(), w);
        } else {
            w = fromEntries(name, m);
        }
        Standardisation s = Standardisation.parse(m.getStandardisation().getLiteral());
        return w.standardised(s);
    }

    private static void checkEntities(String name, List<String> listed, SpatialWeights w) {
        if (listed.isEmpty()) {
            return;
        }
        Set<String> inFile = new LinkedHashSet<>(w.entities());
        List<String> notInFile = new ArrayList<>();
        for (String e : listed) {
            if (!inFile.remove(e)) {
                notInFile.add(e);
            }
        }
        if (!notInFile.isEmpty() || !inFile.isEmpty()) {
            throw new InputException("weight matrix '" + name + "': its entities differ from those of " + w.source()
                    + (notInFile.isEmpty() ? "" : "; listed but not in the file: " + String.join(", ", notInFile))
                    + (inFile.isEmpty() ? "" : "; in the file but not listed: " + String.join(", ", inFile)));
        }
    }

    private static SpatialWeights fromEntries(String name, WeightMatrix m) {
        if (m.getEntries().isEmpty() && m.getEntities().isEmpty()) {
            throw new InputException("weight matrix '" + name + "' has neither a source file nor entries");
        }
        List<String> problems = new ArrayList<>();
        boolean listed = !m.getEntities().isEmpty();
        Set<String> ids = new LinkedHashSet<>(m.getEntities());
        int k = 0;
        for (WeightEntry e : m.getEntries()) {
            k++;
            String where = "weight matrix '" + name + "', entry " + k;
            String from = e.getFrom() == null ? "" : e.getFrom().strip();
            String to = e.getTo() == null ? "" : e.getTo().strip();
            if (from.isEmpty() || to.isEmpty()) {
                problems.add(where + ": 'from' and 'to' must both name an entity");
                continue;
            }
            if (e.getValue() == 0.0) {
                // A study file omits a zero value, so an entry without value would silently be no link.
                problems.add(where + " ('" + from + "' -> '" + to + "') has no value (or 0); write value=\"1\" for a"
                        + " contiguity link and leave out pairs that are not linked");
            }
            for (String id : List.of(from, to)) {
                if (listed && !ids.contains(id)) {
                    problems.add(where + " names '" + id + "', which is not among the matrix's entities");
                }
            }
            if (!listed) {
                ids.add(from);
                ids.add(to);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        SpatialWeights.Builder b = SpatialWeights.builder(new ArrayList<>(ids), "study element " + name,
                SpatialWeights.FORMAT_STUDY);
        for (WeightEntry e : m.getEntries()) {
            b.link(e.getFrom().strip(), e.getTo().strip(), e.getValue());
        }
        return b.build();
    }
}
