package org.carbonlab.spatial.weights;

import java.io.IOException;
import java.nio.file.Path;

import org.carbonlab.core.io.AtomicFiles;
import org.carbonlab.core.weights.SpatialWeights;

/**
 * Writes a weight matrix in the {@code --weights} edge-list format that {@code WeightsFile.read} reads: a header
 * {@code from,to,weight}, one row per link in row order, and {@code id,,} for a unit without neighbours. Weights
 * are written with Java's shortest round-trip decimal, so reading the file back gives the same doubles. The file is
 * replaced atomically (a reader never sees half a matrix).
 */
public final class EdgeListWriter {
    private EdgeListWriter() {
    }

    public static void write(SpatialWeights w, Path file) throws IOException {
        AtomicFiles.writeString(file, text(w));
    }

    /** The file's content. */
    public static String text(SpatialWeights w) {
        StringBuilder sb = new StringBuilder("from,to,weight\n");
        for (int i = 0; i < w.n(); i++) {
            String from = field(w.entities().get(i));
            if (w.rowStart(i) == w.rowEnd(i)) {
                sb.append(from).append(",,\n");
            }
            for (int k = w.rowStart(i); k < w.rowEnd(i); k++) {
                sb.append(from).append(',').append(field(w.entities().get(w.columnAt(k)))).append(',')
                        .append(Double.toString(w.valueAt(k))).append('\n');
            }
        }
        return sb.toString();
    }

    /** An id quoted as CSV needs it (a comma, quote or line break inside). */
    static String field(String id) {
        if (id.indexOf(',') < 0 && id.indexOf('"') < 0 && id.indexOf('\n') < 0 && id.indexOf('\r') < 0) {
            return id;
        }
        return '"' + id.replace("\"", "\"\"") + '"';
    }
}
