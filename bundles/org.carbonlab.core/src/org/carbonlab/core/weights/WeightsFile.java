package org.carbonlab.core.weights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/**
 * Reads a weight-matrix file in the {@code --weights} contract (see the package documentation):
 * an edge list when the header is {@code from,to} or {@code from,to,weight} (any case), otherwise
 * a dense n×n matrix. The matrix is returned as written ({@link Standardisation#NONE}); the SHA-256
 * of the file's bytes is its provenance.
 */
public final class WeightsFile {
    private WeightsFile() {
    }

    public static SpatialWeights read(Path file) {
        if (!Files.exists(file)) {
            throw new InputException("weights file not found: " + file);
        }
        RawTable table = DataReader.readCsvWithRowNames(file);
        List<String> h = table.columnNames();
        if (h.size() > 3 && h.get(0).equalsIgnoreCase("from") && h.get(1).equalsIgnoreCase("to")) {
            throw new InputException("the weights file " + table.origin() + " looks like an edge list, but has the columns "
                    + String.join(",", h) + "; an edge list has exactly from,to or from,to,weight");
        }
        return isEdgeList(table.columnNames()) ? EdgeListFormat.read(table) : DenseFormat.read(table);
    }

    static boolean isEdgeList(List<String> header) {
        List<String> h = header.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return h.equals(List.of("from", "to")) || h.equals(List.of("from", "to", "weight"));
    }
}
