package org.carbonlab.core.study;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.carbonlab.core.data.PanelFrame;

/**
 * SHA-256 of the data an estimator receives: entities, periods and every column with its values.
 * Unlike the dataset file's hash it also changes when a derivation or an earlier analysis' output
 * changes, which is what a rerun must notice.
 */
final class FrameDigest {
    private FrameDigest() {
    }

    static String sha256(PanelFrame frame) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer eight = ByteBuffer.allocate(Long.BYTES);
        // a cross-section has no periods: its rows are keyed by entity alone
        md.update((byte) (frame.hasTime() ? 'p' : 'x'));
        for (int i = 0; i < frame.rows(); i++) {
            text(md, frame.entityLabel(i));
            if (frame.hasTime()) {
                md.update(eight.clear().putLong(frame.time(i)).array());
            }
        }
        for (String column : frame.columnNames()) {
            text(md, column);
            if (frame.isNumeric(column)) {
                md.update((byte) 'n');
                for (double v : frame.numeric(column)) {
                    // NaN has several bit patterns; all mean missing
                    md.update(eight.clear().putLong(Double.isNaN(v) ? 0x7ff8000000000000L : Double.doubleToLongBits(v))
                            .array());
                }
            } else {
                md.update((byte) 't');
                for (String s : frame.text(column)) {
                    text(md, s);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Length-prefixed, so that no two different sequences of strings give the same bytes. */
    private static void text(MessageDigest md, String s) {
        if (s == null) {
            md.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(Integer.BYTES).putInt(b.length).array());
        md.update(b);
    }
}
