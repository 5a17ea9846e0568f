package org.carbonlab.core.data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes small Stata datasets in formats 117, 118 and 119 (following Stata's documented dta layout)
 * for the reader's tests: one variable of each numeric type with the missing values {@code .} and
 * {@code .a}–{@code .d}, a value-labelled byte, a fixed-width string and a strL.
 *
 * <pre>
 * id(long) region(byte, label "reg": 1 east, 2 west) x(double) f(float) s(int) name(str8) note(strL)
 *  1        1                                          1.5       0.1      -7    Beijing   "a long note"
 *  2        2                                          .         .b       .     Tianjin   ""
 *  3        3 (no label)                               -2e-300   2.5      32740 Hebei     "üñî"
 * </pre>
 */
final class DtaFixture {
    private DtaFixture() {
    }

    static byte[] write(int release, ByteOrder order) {
        Out o = new Out(order);
        int nameWidth = release == 117 ? 33 : 129;
        String[] names = {"id", "region", "x", "f", "s", "name", "note"};
        int[] types = {65528, 65530, 65526, 65527, 65529, 8, 32768};
        int k = names.length;
        long[] map = new long[14];
        o.ascii("<stata_dta>");
        o.ascii("<header><release>" + release + "</release><byteorder>"
                + (order == ByteOrder.BIG_ENDIAN ? "MSF" : "LSF") + "</byteorder><K>");
        if (release == 119) {
            o.i4(k);
        } else {
            o.i2(k);
        }
        o.ascii("</K><N>");
        if (release == 117) {
            o.i4(3);
        } else {
            o.i8(3);
        }
        o.ascii("</N><label>");
        if (release == 117) {
            o.b(4);
        } else {
            o.i2(4);
        }
        o.ascii("test</label><timestamp>");
        o.b(17);
        o.ascii(" 3 Dec 2026 12:00</timestamp></header>");
        map[1] = o.size();
        o.ascii("<map>");
        int mapAt = o.size();
        for (int i = 0; i < 14; i++) {
            o.i8(0);
        }
        o.ascii("</map>");
        map[2] = o.size();
        o.ascii("<variable_types>");
        for (int t : types) {
            o.i2(t);
        }
        o.ascii("</variable_types>");
        map[3] = o.size();
        o.ascii("<varnames>");
        for (String n : names) {
            o.fixed(n, nameWidth);
        }
        o.ascii("</varnames>");
        map[4] = o.size();
        o.ascii("<sortlist>");
        for (int i = 0; i <= k; i++) {
            if (release == 119) {
                o.i4(0);
            } else {
                o.i2(0);
            }
        }
        o.ascii("</sortlist>");
        map[5] = o.size();
        o.ascii("<formats>");
        for (int i = 0; i < k; i++) {
            o.fixed("%9.0g", release == 117 ? 49 : 57);
        }
        o.ascii("</formats>");
        map[6] = o.size();
        o.ascii("<value_label_names>");
        for (String n : names) {
            o.fixed(n.equals("region") ? "reg" : "", nameWidth);
        }
        o.ascii("</value_label_names>");
        map[7] = o.size();
        o.ascii("<variable_labels>");
        for (int i = 0; i < k; i++) {
            o.fixed("", release == 117 ? 81 : 321);
        }
        o.ascii("</variable_labels>");
        map[8] = o.size();
        o.ascii("<characteristics></characteristics>");
        map[9] = o.size();
        o.ascii("<data>");
        Object[][] rows = {
            {1, 1, 1.5, 0.1f, -7, "Beijing", 1},
            {2, 2, Double.longBitsToDouble(0x7fe0000000000000L), Float.intBitsToFloat(0x7f000000 + 0x1000 * 2), 32741,
                "Tianjin", 0},
            {3, 3, -2e-300, 2.5f, 32740, "Hebei", 3}};
        for (int r = 0; r < rows.length; r++) {
            Object[] row = rows[r];
            o.i4((Integer) row[0]);
            o.b((Integer) row[1]);
            o.f8((Double) row[2]);
            o.f4((Float) row[3]);
            o.i2((Integer) row[4]);
            o.fixed((String) row[5], 8);
            int v = (Integer) row[6] == 0 ? 0 : 7; // variable number of the strL (1-based), 0 with o = 0: empty
            long obs = (Integer) row[6] == 0 ? 0 : r + 1;
            if (release == 117) {
                o.i4(v);
                o.i4((int) obs);
            } else if (order == ByteOrder.LITTLE_ENDIAN) {
                o.i8(v | obs << 16);
            } else {
                o.i8((long) v << 48 | obs);
            }
        }
        o.ascii("</data>");
        map[10] = o.size();
        o.ascii("<strls>");
        gso(o, release, 7, 1, "a long note", true);
        gso(o, release, 7, 3, "üñî", false);
        o.ascii("</strls>");
        map[11] = o.size();
        o.ascii("<value_labels>");
        byte[] txt = "east\0west\0".getBytes(StandardCharsets.UTF_8);
        o.ascii("<lbl>");
        o.i4(8 + 8 * 2 + txt.length);
        o.fixed("reg", nameWidth);
        o.raw(new byte[3]);
        o.i4(2);
        o.i4(txt.length);
        o.i4(0);
        o.i4(5);
        o.i4(1);
        o.i4(2);
        o.raw(txt);
        o.ascii("</lbl>");
        o.ascii("</value_labels>");
        map[12] = o.size();
        o.ascii("</stata_dta>");
        map[13] = o.size();
        byte[] bytes = o.bytes();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        for (int i = 0; i < 14; i++) {
            b.putLong(mapAt + 8 * i, map[i]);
        }
        return bytes;
    }

    private static void gso(Out o, int release, int v, long obs, String text, boolean ascii) {
        o.ascii("GSO");
        o.i4(v);
        if (release == 117) {
            o.i4((int) obs);
        } else {
            o.i8(obs);
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        o.b(ascii ? 130 : 129);
        o.i4(b.length + (ascii ? 1 : 0));
        o.raw(b);
        if (ascii) {
            o.b(0);
        }
    }

    /** Bytes in the file's byte order. */
    static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteOrder order;

        Out(ByteOrder order) {
            this.order = order;
        }

        void raw(byte[] b) {
            out.writeBytes(b);
        }

        void ascii(String s) {
            raw(s.getBytes(StandardCharsets.US_ASCII));
        }

        void fixed(String s, int width) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            byte[] f = new byte[width];
            System.arraycopy(b, 0, f, 0, b.length);
            raw(f);
        }

        void b(int v) {
            out.write(v);
        }

        void i2(int v) {
            raw(ByteBuffer.allocate(2).order(order).putShort((short) v).array());
        }

        void i4(int v) {
            raw(ByteBuffer.allocate(4).order(order).putInt(v).array());
        }

        void i8(long v) {
            raw(ByteBuffer.allocate(8).order(order).putLong(v).array());
        }

        void f4(float v) {
            raw(ByteBuffer.allocate(4).order(order).putFloat(v).array());
        }

        void f8(double v) {
            raw(ByteBuffer.allocate(8).order(order).putDouble(v).array());
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
