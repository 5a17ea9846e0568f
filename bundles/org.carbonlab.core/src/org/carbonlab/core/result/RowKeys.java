package org.carbonlab.core.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carbonlab.core.data.PanelFrame;

/**
 * The leading key columns of a per-row result table (scores, index values, emissions): {@code entity}
 * and {@code time} for a panel, {@code entity} alone for a cross-section, which has no periods to
 * report. A study binds such a table back onto its data by these keys.
 */
public final class RowKeys {
    public static final String ENTITY = "entity";
    public static final String TIME = "time";

    private RowKeys() {
    }

    /** The key columns of tables made from {@code data}, followed by {@code more}. */
    public static List<String> columns(PanelFrame data, String... more) {
        List<String> out = new ArrayList<>(data.hasTime() ? List.of(ENTITY, TIME) : List.of(ENTITY));
        out.addAll(Arrays.asList(more));
        return out;
    }

    /** The key values of a row of {@code data}: its entity label, and its period unless a cross-section. */
    public static List<Object> values(PanelFrame data, int row) {
        List<Object> out = new ArrayList<>(2);
        out.add(data.entityLabel(row));
        if (data.hasTime()) {
            out.add(data.time(row));
        }
        return out;
    }

    /**
     * A row of {@code data} as text for messages and peer lists: {@code Beijing@2005}, or
     * {@code Beijing} in a cross-section.
     */
    public static String label(PanelFrame data, int row) {
        return data.hasTime() ? data.entityLabel(row) + "@" + data.time(row) : data.entityLabel(row);
    }
}
