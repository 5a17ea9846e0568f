package org.carbonlab.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.DatasetJoin;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.data.PanelLayout;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.data.ReadOptions;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.model.Dataset;

/** Loads a dataset the way the command line and studies name it. */
public final class Datasets {
    private Datasets() {
    }

    /**
     * The read options a study's dataset declares: {@code sheet}, {@code headerRow} or {@code skip}, and
     * {@code timeUnit}; a problem names the dataset.
     */
    public static ReadOptions readOptions(Dataset d) {
        try {
            return ReadOptions.parse(d.getSheet(), d.getHeaderRow() > 0 ? Integer.toString(d.getHeaderRow()) : null,
                    d.getSkip() > 0 ? Integer.toString(d.getSkip()) : null, d.getTimeUnit());
        } catch (InputException e) {
            throw new InputException(e.problems().stream().map(p -> "dataset '" + d.getName() + "': " + p).toList());
        }
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
        return load(file, sheet, entityColumn, timeColumn, List.of(), null, chosen, chosen);
    }

    /**
     * As {@link #load(Path, String, String, String, Consumer)}, then joins the columns of other
     * files by key ({@link DatasetJoin}, e.g. {@code provinces.csv:province}) before the frame is built,
     * so that joined columns are ordinary columns of the dataset.
     *
     * @param joinBase the folder relative join files are read from ({@code null}: the working directory)
     * @param notes receives one line per join with its counts, and the warning of a join that
     *            kept unmatched rows as missing
     */
    public static PanelFrame load(Path file, String sheet, String entityColumn, String timeColumn,
            List<String> joins, Path joinBase, Consumer<String> chosen, Consumer<String> notes) {
        return loadWith(file, ReadOptions.sheet(sheet), entityColumn, timeColumn, joins, joinBase, chosen, notes);
    }

    /**
     * As {@link #load(Path, String, String, String, List, Path, Consumer, Consumer)} with the header row and time
     * unit of {@code options} ({@code --header-row}/{@code --skip}, {@code --time-unit}); {@code chosen} also
     * receives what was taken from a time column of dates ({@link PanelFrame#periodNote()}). The frame records
     * what each join did ({@link PanelFrame#joins()}) for the results' provenance.
     */
    public static PanelFrame loadWith(Path file, ReadOptions options, String entityColumn, String timeColumn,
            List<String> joins, Path joinBase, Consumer<String> chosen, Consumer<String> notes) {
        RawTable raw = DataReader.readWith(file, options);
        raw.notes().forEach(n -> chosen.accept("data " + n));
        PanelLayout layout = PanelLayout.choose(raw, entityColumn, timeColumn);
        chosen.accept(layout.describe());
        List<Map<String, Object>> done = new ArrayList<>();
        for (String spec : joins) {
            DatasetJoin join = DatasetJoin.parse(spec);
            RawTable other = DataReader.read(join.path(joinBase), null);
            DatasetJoin.Outcome[] outcome = new DatasetJoin.Outcome[1];
            raw = join.apply(raw, other, layout.entityColumn(), layout.timeColumn(), outcome);
            notes.accept(outcome[0].description());
            if (outcome[0].warning() != null) {
                notes.accept("warning: " + outcome[0].warning());
            }
            Map<String, Object> record = outcome[0].asMap();
            if (outcome[0].warning() != null) {
                record.put("warning", outcome[0].warning());
            }
            done.add(record);
        }
        PanelFrame frame = layout.frame(raw, options.timeUnit());
        if (frame.periodNote() != null) {
            chosen.accept("data " + frame.periodNote());
        }
        return done.isEmpty() ? frame : frame.withJoins(done);
    }
}
