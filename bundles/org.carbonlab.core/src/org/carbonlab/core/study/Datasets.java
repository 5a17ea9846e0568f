package org.carbonlab.core.study;

import java.nio.file.Path;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/** Loads a panel dataset the way the command line and studies name it. */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Reads a CSV/XLSX file as a panel. Without an explicit entity (time) column the first (second)
     * column is used, as documented for {@code carbonlab estimate}.
     */
    public static PanelFrame load(Path file, String sheet, String entityColumn, String timeColumn) {
        RawTable raw = DataReader.read(file, sheet);
        String entity = entityColumn;
        String time = timeColumn;
        if (entity == null || time == null) {
            if (raw.columnNames().size() < 2) {
                throw new InputException(raw.origin() + " has fewer than two columns: a panel needs an entity and a time column");
            }
            if (entity == null) {
                entity = raw.columnNames().get(0).equals(time) ? raw.columnNames().get(1) : raw.columnNames().get(0);
            }
            if (time == null) {
                time = raw.columnNames().get(0).equals(entity) ? raw.columnNames().get(1) : raw.columnNames().get(0);
            }
        }
        return PanelFrame.of(raw, entity, time);
    }
}
