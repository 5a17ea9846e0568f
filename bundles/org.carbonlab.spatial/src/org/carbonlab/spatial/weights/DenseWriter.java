package org.carbonlab.spatial.weights;

import java.io.IOException;
import java.nio.file.Path;

import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.weights.SpatialWeights;

/**
 * Writes a weight matrix in the dense {@code --weights} format that {@code WeightsFile.read} reads: a header row
 * {@code id,A,B,...} of entity ids, then one row per entity labelled with its id, zeros where there is no link. For
 * small n (a reader can look at it in a spreadsheet); weights use Java's shortest round-trip decimal, so the file
 * reads back to the same doubles, and it is replaced atomically.
 */
public final class DenseWriter {
    private DenseWriter() {
    }

    public static void write(SpatialWeights w, Path file) throws IOException {
        AtomicFiles.writeString(file, text(w));
    }

    /** The file's content. */
    public static String text(SpatialWeights w) {
        int n = w.n();
        StringBuilder sb = new StringBuilder("id");
        for (String id : w.entities()) {
            sb.append(',').append(EdgeListWriter.field(id));
        }
        sb.append('\n');
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(row, 0.0);
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                row[w.columnAt(k)] = w.valueAt(k);
            }
            sb.append(EdgeListWriter.field(w.entities().get(i)));
            for (int j = 0; j < n; j++) {
                sb.append(',').append(row[j] == 0.0 ? "0" : Double.toString(row[j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
