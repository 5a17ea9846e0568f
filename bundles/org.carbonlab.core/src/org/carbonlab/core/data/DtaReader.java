package org.carbonlab.core.data;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;

/**
 * Reads a Stata dataset ({@code .dta}, format 114/115 of Stata 10–13 and 117/118/119 of Stata 13–18)
 * into a {@link RawTable}. Numbers become their shortest decimal text (floats as Stata shows them,
 * {@code 0.1} not {@code 0.100000001}); Stata's missing values {@code .} and {@code .a}–{@code .z}
 * become missing; a numeric column with a value label becomes text (a value without a label keeps
 * its number); {@code strF} and {@code strL} columns are text. Dates stay Stata's numbers (days or
 * months since 1960 for {@code %td}/{@code %tm}), and characteristics, notes and the data label are
 * not read. Older formats (≤ 113) are refused with a message.
 */
final class DtaReader {
    private static final int MAX_CELLS = 200_000_000;

    private final String source;
    private final ByteBuffer in;
    private int release;
    private Charset charset;

    private DtaReader(String source, byte[] bytes) {
        this.source = source;
        this.in = ByteBuffer.wrap(bytes);
    }

    static RawTable read(String source, byte[] bytes, String sha256) {
        try {
            return new DtaReader(source, bytes).table(sha256);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new InputException("Stata file " + source + " is truncated or damaged (ends inside its "
                    + "header, data or value labels)");
        }
    }

    private RawTable table(String sha256) {
        if (in.remaining() > 0 && in.get(0) == '<') {
            return tagged(sha256);
        }
        int version = in.remaining() > 0 ? in.get(0) & 0xFF : -1;
        if (version != 114 && version != 115) {
            throw new InputException("Stata file " + source + " has format "
                    + (version < 0 ? "(empty file)" : String.valueOf(version)) + ", which is not supported: "
                    + "formats 114-119 (Stata 10 and later) are read; save it with a newer Stata");
        }
        release = version;
        charset = StandardCharsets.ISO_8859_1;
        in.position(1);
        order(in.get() & 0xFF);
        in.get(); // filetype
        in.get(); // unused
        int k = in.getShort() & 0xFFFF;
        long n = in.getInt() & 0xFFFFFFFFL;
        in.position(in.position() + 81 + 18); // data label, time stamp
        int[] types = new int[k];
        for (int j = 0; j < k; j++) {
            int t = in.get() & 0xFF;
            // old codes: 1-244 strN, 251 byte, 252 int, 253 long, 254 float, 255 double → new codes
            types[j] = t <= 244 ? t : switch (t) {
                case 251 -> 65530;
                case 252 -> 65529;
                case 253 -> 65528;
                case 254 -> 65527;
                case 255 -> 65526;
                default -> throw new InputException("Stata file " + source + ": unknown type code " + t
                        + " of variable " + (j + 1));
            };
        }
        List<String> names = strings(k, 33);
        in.position(in.position() + 2 * (k + 1) + 49 * k); // sort list, formats
        List<String> labelNames = strings(k, 33);
        in.position(in.position() + 81 * k); // variable labels
        while (true) { // expansion fields
            int type = in.get();
            int len = in.getInt();
            if (type == 0 && len == 0) {
                break;
            }
            in.position(in.position() + len);
        }
        Object[][] values = data(types, n, Map.of());
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        while (in.remaining() >= 4) {
            int len = in.getInt();
            String name = string(33);
            in.position(in.position() + 3);
            labels.put(name, labelTable(len));
        }
        return build(sha256, names, labelNames, types, values, labels);
    }

    /** Formats 117–119: tagged sections located through the map. */
    private RawTable tagged(String sha256) {
        expect("<stata_dta><header><release>");
        String r = new String(bytes(3), StandardCharsets.US_ASCII);
        release = switch (r) {
            case "117" -> 117;
            case "118" -> 118;
            case "119" -> 119;
            default -> throw new InputException("Stata file " + source + " has format " + r
                    + ", which is not supported: formats 114-119 are read");
        };
        charset = release >= 118 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        expect("</release><byteorder>");
        String bo = new String(bytes(3), StandardCharsets.US_ASCII);
        order(bo.equals("MSF") ? 1 : bo.equals("LSF") ? 2 : 0);
        expect("</byteorder><K>");
        int k = release == 119 ? in.getInt() : in.getShort() & 0xFFFF;
        expect("</K><N>");
        long n = release == 117 ? in.getInt() & 0xFFFFFFFFL : in.getLong();
        expect("</N><label>");
        int labelLength = release == 117 ? in.get() & 0xFF : in.getShort() & 0xFFFF;
        in.position(in.position() + labelLength);
        expect("</label><timestamp>");
        int stampLength = in.get() & 0xFF;
        in.position(in.position() + stampLength);
        expect("</timestamp></header><map>");
        long[] map = new long[14];
        for (int i = 0; i < map.length; i++) {
            map[i] = in.getLong();
        }
        int nameWidth = release == 117 ? 33 : 129;
        seek(map[2], "<variable_types>");
        int[] types = new int[k];
        for (int j = 0; j < k; j++) {
            types[j] = in.getShort() & 0xFFFF;
        }
        seek(map[3], "<varnames>");
        List<String> names = strings(k, nameWidth);
        seek(map[6], "<value_label_names>");
        List<String> labelNames = strings(k, nameWidth);
        Map<String, String> strls = new HashMap<>();
        seek(map[10], "<strls>");
        while (peek("GSO")) {
            in.position(in.position() + 3);
            long v = in.getInt() & 0xFFFFFFFFL;
            long o = release == 117 ? in.getInt() & 0xFFFFFFFFL : in.getLong();
            int t = in.get() & 0xFF;
            int len = in.getInt();
            byte[] b = bytes(len);
            int end = t == 130 && len > 0 && b[len - 1] == 0 ? len - 1 : len; // ASCII strLs end with a NUL
            strls.put(v + ":" + o, new String(b, 0, end, charset));
        }
        seek(map[9], "<data>");
        Object[][] values = data(types, n, strls);
        seek(map[11], "<value_labels>");
        Map<String, Map<Integer, String>> labels = new HashMap<>();
        while (peek("<lbl>")) {
            in.position(in.position() + 5);
            int len = in.getInt();
            String name = string(nameWidth);
            in.position(in.position() + 3);
            labels.put(name, labelTable(len));
            expect("</lbl>");
        }
        return build(sha256, names, labelNames, types, values, labels);
    }

    private Object[][] data(int[] types, long n, Map<String, String> strls) {
        if (n * Math.max(1, types.length) > MAX_CELLS) {
            throw new InputException("Stata file " + source + " has " + n + " observations of " + types.length
                    + " variables, more than the " + MAX_CELLS + " cells CarbonLab reads");
        }
        Object[][] values = new Object[(int) n][types.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < types.length; j++) {
                values[i][j] = value(types[j], strls);
            }
        }
        return values;
    }

    /** One cell: a Double (NaN = missing) or a String. */
    private Object value(int type, Map<String, String> strls) {
        switch (type) {
            case 65530: { // byte
                int v = in.get();
                return v > 100 ? Double.NaN : (double) v;
            }
            case 65529: { // int
                int v = in.getShort();
                return v > 32740 ? Double.NaN : (double) v;
            }
            case 65528: { // long
                int v = in.getInt();
                return v > 2147483620 ? Double.NaN : (double) v;
            }
            case 65527: { // float: missing from 2^127 up (bits 0x7f000000)
                int bits = in.getInt();
                float v = Float.intBitsToFloat(bits);
                return bits >= 0x7f000000 || Float.isNaN(v) ? Double.NaN : Double.parseDouble(Float.toString(v));
            }
            case 65526: { // double: missing from 2^1023 up (bits 0x7fe0000000000000)
                long bits = in.getLong();
                double v = Double.longBitsToDouble(bits);
                return bits >= 0x7fe0000000000000L || Double.isNaN(v) ? Double.NaN : v;
            }
            case 32768: { // strL: (v,o) key into the strls section
                long v;
                long o;
                if (release == 117) {
                    v = in.getInt() & 0xFFFFFFFFL;
                    o = in.getInt() & 0xFFFFFFFFL;
                } else if (in.order() == ByteOrder.LITTLE_ENDIAN) {
                    long z = in.getLong();
                    v = z & 0xFFFF;
                    o = z >>> 16;
                } else {
                    long z = in.getLong();
                    v = z >>> 48;
                    o = z & 0xFFFF_FFFF_FFFFL;
                }
                return v == 0 && o == 0 ? "" : strls.getOrDefault(v + ":" + o, "");
            }
            default:
                if (type >= 1 && type <= 2045) {
                    return string(type);
                }
                throw new InputException("Stata file " + source + ": unknown variable type code " + type);
        }
    }

    private Map<Integer, String> labelTable(int len) {
        int start = in.position();
        int count = in.getInt();
        int textLength = in.getInt();
        int[] offsets = new int[count];
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = in.getInt();
        }
        for (int i = 0; i < count; i++) {
            values[i] = in.getInt();
        }
        byte[] text = bytes(textLength);
        Map<Integer, String> table = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int end = offsets[i];
            while (end < text.length && text[end] != 0) {
                end++;
            }
            table.put(values[i], new String(text, offsets[i], end - offsets[i], charset));
        }
        in.position(start + len);
        return table;
    }

    private RawTable build(String sha256, List<String> names, List<String> labelNames, int[] types,
            Object[][] values, Map<String, Map<Integer, String>> labels) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isEmpty() || !seen.add(name)) {
                throw new InputException("Stata file " + source + ": variable name '" + name
                        + "' is empty or repeated");
            }
        }
        String[][] cells = new String[values.length][names.size()];
        int[] lines = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            lines[i] = i + 1;
            for (int j = 0; j < names.size(); j++) {
                Object v = values[i][j];
                if (v instanceof String s) {
                    cells[i][j] = s.isEmpty() ? null : s;
                    continue;
                }
                double d = (Double) v;
                if (Double.isNaN(d)) {
                    cells[i][j] = null;
                    continue;
                }
                Map<Integer, String> table = labels.get(labelNames.get(j));
                String label = table != null && d == Math.rint(d) ? table.get((int) d) : null;
                cells[i][j] = label != null ? label : Cells.format(d);
            }
        }
        return new RawTable(source, null, sha256, names, cells, lines);
    }

    private void order(int code) {
        if (code != 1 && code != 2) {
            throw new InputException("Stata file " + source + " has an unknown byte order: is it a .dta file?");
        }
        in.order(code == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    private List<String> strings(int count, int width) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(string(width));
        }
        return out;
    }

    /** A fixed-width field holding a NUL-terminated string. */
    private String string(int width) {
        byte[] b = bytes(width);
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, charset).strip();
    }

    private byte[] bytes(int len) {
        byte[] b = new byte[len];
        in.get(b);
        return b;
    }

    private boolean peek(String tag) {
        byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
        if (in.remaining() < t.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (in.get(in.position() + i) != t[i]) {
                return false;
            }
        }
        return true;
    }

    private void expect(String tag) {
        if (!peek(tag)) {
            throw new InputException("Stata file " + source + ": expected " + tag + " at byte " + in.position()
                    + "; the file is damaged or not a .dta file");
        }
        in.position(in.position() + tag.length());
    }

    private void seek(long offset, String tag) {
        if (offset < 0 || offset > in.limit()) {
            throw new InputException("Stata file " + source + ": the map points outside the file for " + tag);
        }
        in.position((int) offset);
        expect(tag);
    }
}
