package org.carbonlab.core.weights;

import java.util.ArrayList;
import java.util.List;

/**
 * A weight matrix aligned to a dataset's entities ({@link SpatialWeights#alignTo}), with what the
 * alignment did, so the caller can warn about it.
 *
 * @param weights the aligned matrix: row i is the dataset's entity i
 * @param dropped entities of the original matrix that the dataset does not have (their links were removed)
 * @param restandardised whether the matrix's standardisation was re-applied after dropping them
 */
public record WeightsAlignment(SpatialWeights weights, List<String> dropped, boolean restandardised) {

    public WeightsAlignment {
        dropped = List.copyOf(dropped);
    }

    /**
     * The input error when the entities this alignment dropped are not allowed to be dropped:
     * names the matrix ({@code name}, its source) and the entities, and says how to allow it.
     */
    public String extraEntitiesMessage(String name) {
        return "weight matrix '" + name + "' (" + weights.source() + ") has " + dropped.size() + " entit"
                + (dropped.size() == 1 ? "y" : "ies") + " that the data do not have: " + SpatialWeights.quoted(dropped)
                + "; give W over exactly the data's " + weights.n() + " entities, or let the others be dropped with"
                + " their links (command line: --weights-drop-extra; study: the weight matrix parameter"
                + " drop_extra=\"true\")";
    }

    /**
     * Warnings for a result, naming the matrix as {@code name}: dropped entities (and whether the
     * standardisation was re-applied) and isolates of the aligned matrix.
     */
    public List<String> warnings(String name) {
        List<String> out = new ArrayList<>();
        Standardisation s = weights.standardisation();
        if (!dropped.isEmpty()) {
            String after;
            if (restandardised) {
                after = "; its " + s.label() + " standardisation was re-applied to the remaining " + weights.n()
                        + " entities";
            } else if (s == Standardisation.NONE) {
                after = "";
            } else {
                after = "; its " + s.label() + " scaling was computed with them and is not recomputed";
            }
            out.add("weight matrix '" + name + "': " + dropped.size() + " of its entities are not in the data and were"
                    + " dropped with their links: " + SpatialWeights.quoted(dropped) + after);
        }
        List<String> isolates = weights.isolateIds();
        if (!isolates.isEmpty()) {
            out.add("weight matrix '" + name + "': " + isolates.size() + " entit" + (isolates.size() == 1 ? "y has" : "ies have")
                    + " no neighbours (isolates), so their spatial lag is 0: " + SpatialWeights.quoted(isolates));
        }
        return out;
    }
}
