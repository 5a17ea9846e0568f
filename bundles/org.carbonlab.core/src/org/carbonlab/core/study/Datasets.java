package org.carbonlab.core.study;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.PanelLayout;
import org.carbonlab.core.data.RawTable;

/** Loads a dataset the way the command line and studies name it. */
public final class Datasets {
    private Datasets() {
    }

    /** As {@link #load(Path, String, String, String, Consumer)}, without telling which columns were taken. */
    public static PanelFrame load(Path file, String sheet, String entityColumn, String timeColumn) {
        return load(file, sheet, entityColumn, timeColumn, note -> {
        });
    }

    /**
     * Reads a CSV/XLSX file as a panel or a cross-section, choosing the entity and time columns by
     * {@link PanelLayout}'s rule: an omitted entity column is the first column; an omitted time
     * column is the second column only if it looks like periods, else the data are a
     * cross-section; {@code none} declares a cross-section.
     *
     * @param chosen receives one line saying which columns were taken and why
     *            ({@code data d.csv: entity column 'dmu', no time column (cross-section: …)}),
     *            before the frame is built, so that it is shown even when the data are then rejected; it
     *            also receives the reader's notes ({@link RawTable#notes()}: a title row skipped, numbers
     *            stored as text, error cells)
     */
    public static PanelFrame load(Path file, String sheet, String entityColumn, String timeColumn,
            Consumer<String> chosen) {
        RawTable raw = DataReader.read(file, sheet);
        raw.notes().forEach(n -> chosen.accept("data " + n));
        PanelLayout layout = PanelLayout.choose(raw, entityColumn, timeColumn);
        chosen.accept(layout.describe());
        return layout.frame(raw);
    }
}
