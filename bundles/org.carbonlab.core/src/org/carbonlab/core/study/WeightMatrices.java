package org.carbonlab.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.weights.SpatialWeights;
import org.carbonlab.core.weights.Standardisation;
import org.carbonlab.core.weights.WeightsFile;
import org.carbonlab.model.Analysis;
import org.carbonlab.model.WeightEntry;
import org.carbonlab.model.WeightMatrix;

/**
 * A study's WeightMatrix elements as {@link SpatialWeights}, read once per run. An element either
 * names a {@code source} file in the {@code --weights} format (relative to the study file) or
 * lists its links as {@code entries} (from, to, value; every value non-zero), with
 * {@code entities} giving the ids and their order (needed for entities without neighbours;
 * without it the ids are taken from the entries in order of appearance). With a source file,
 * {@code entities}, when given, must name the file's entities. The element's
 * {@code standardisation} is applied after reading.
 */
public final class WeightMatrices {
    /** Name of a matrix whose element has none. */
    public static final String UNNAMED = "W";

    private final Path studyDir;
    private final Map<WeightMatrix, SpatialWeights> read = new HashMap<>();

    public WeightMatrices(Path studyDir) {
        this.studyDir = studyDir;
    }

    /** The matrices an analysis uses: its weight matrix under its name, or none. */
    public Map<String, SpatialWeights> forAnalysis(Analysis a) {
        Map<String, SpatialWeights> out = new LinkedHashMap<>();
        WeightMatrix m = a.getWeightMatrix();
        if (m != null) {
            out.put(nameOf(m), read.computeIfAbsent(m, k -> read(k, studyDir)));
        }
        return out;
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
