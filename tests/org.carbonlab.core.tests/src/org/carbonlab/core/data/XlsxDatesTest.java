package org.carbonlab.core.data;

import static org.carbonlab.core.data.XlsxFixture.is;
import static org.carbonlab.core.data.XlsxFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.carbonlab.core.data.XlsxDates.Kind;
import org.junit.jupiter.api.Test;

/**
 * Date cells read as ISO text. Expected dates are fixed points of the spreadsheet calendar: in the 1900 system serial
 * 1 is 1900-01-01, 59 is 1900-02-28, 60 the phantom 1900-02-29, 61 is 1900-03-01 and 43831 is 2020-01-01; in the
 * 1904 system 0 is 1904-01-01 and 2020-01-01 is 43831 − 1462 = 42369.
 */
class XlsxDatesTest {

    /** A number cell with style {@code style}. */
    private static String c(String ref, int style, String value) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    // styles: 0 General, 1 built-in date 14, 2 built-in date-time 22, 3 custom yyyy/mm/dd, 4 custom 0.00" days",
    // 5 built-in 0.00, 6 custom [Red]#,##0 (a 'd' inside brackets), 7 built-in time h:mm (20), 8 custom 年月日
    private static final int[] STYLES = {0, 14, 22, 164, 165, 2, 166, 20, 167};
    private static final String[] CUSTOM = {"164", "yyyy/mm/dd;@", "165", "0.00\" days\"", "166", "[Red]#,##0",
            "167", "yyyy\"年\"m\"月\"d\"日\""};

    private static RawTable read(XlsxFixture fx, String name) {
        Path p = fx.numberFormats(STYLES, CUSTOM).write(name);
        return DataReader.read(p, null);
    }

    private static String header() {
        return row(1, is("A1", "d14"), is("B1", "dt22"), is("C1", "custom"), is("D1", "days"), is("E1", "fixed"),
                is("F1", "red"), is("G1", "time"), is("H1", "cjk"), is("I1", "plain"));
    }

    @Test
    void datesIn1900System() {
        RawTable t = read(new XlsxFixture().sheet("S", header()
                + row(2, c("A2", 1, "43831"), c("B2", 2, "43831.5"), c("C2", 3, "44197"), c("D2", 4, "2.5"),
                        c("E2", 5, "43831"), c("F2", 6, "12"), c("G2", 7, "0.75"), c("H2", 8, "43832"),
                        c("I2", 0, "43831"))
                + row(3, c("A3", 1, "60"), c("B3", 2, "59.25"), c("C3", 3, "61"), c("D3", 4, "1"),
                        "<c r=\"E3\" s=\"1\"><f>A2+1</f><v>43832</v></c>", c("F3", 1, "-1"), c("G3", 7, "1.5"),
                        c("H3", 1, "1"), "<c r=\"I3\" s=\"1\" t=\"str\"><f>\"x\"</f><v>43831</v></c>")),
                "dates1900.xlsx");
        assertEquals(List.of("2020-01-01", "2020-01-01T12:00:00", "2021-01-01", "2.5", "43831", "12", "18:00:00",
                "2020-01-02", "43831"), t.row(0));
        assertEquals("1900-02-29", t.cell(1, 0), "serial 60: the leap day 1900 did not have, as the sheet shows it");
        assertEquals("1900-02-28T06:00:00", t.cell(1, 1));
        assertEquals("1900-03-01", t.cell(1, 2));
        assertEquals("1", t.cell(1, 3), "a format with text in quotes is no date");
        assertEquals("2020-01-02", t.cell(1, 4), "a formula's cached value takes its cell's date format");
        assertEquals("-1", t.cell(1, 5), "a negative serial is no date");
        assertEquals("1900-01-01T12:00:00", t.cell(1, 6), "a time format past one day shows the date too");
        assertEquals("1900-01-01", t.cell(1, 7));
        assertEquals("43831", t.cell(1, 8), "a string formula result stays text");
    }

    @Test
    void datesIn1904System() {
        RawTable t = read(new XlsxFixture().date1904().sheet("S", header()
                + row(2, c("A2", 1, "42369"), c("B2", 2, "0.5"), c("C2", 3, "1"), c("D2", 4, "3"), c("E2", 5, "7"),
                        c("F2", 6, "8"), c("G2", 7, "0.5"), c("H2", 8, "60"), c("I2", 0, "9"))),
                "dates1904.xlsx");
        assertEquals(List.of("2020-01-01", "1904-01-01T12:00:00", "1904-01-02", "3", "7", "8", "12:00:00",
                "1904-03-01", "9"), t.row(0));
    }

    @Test
    void withoutStylesNumbersStayNumbers() {
        RawTable t = DataReader.read(new XlsxFixture().sheet("S", row(1, is("A1", "a"))
                + row(2, "<c r=\"A2\" s=\"1\"><v>43831</v></c>")).write("nostyles.xlsx"), null);
        assertEquals("43831", t.cell(0, 0));
        assertEquals("S", t.sheet());
    }

    @Test
    void formatKinds() {
        assertEquals(Kind.DATE, XlsxDates.kind(14, null));
        assertEquals(Kind.DATE_TIME, XlsxDates.kind(22, null));
        assertEquals(Kind.TIME, XlsxDates.kind(46, null));
        assertEquals(Kind.DATE, XlsxDates.kind(31, null));
        assertEquals(Kind.NUMBER, XlsxDates.kind(0, null));
        assertEquals(Kind.NUMBER, XlsxDates.kind(4, null));
        assertEquals(Kind.DATE, XlsxDates.kindOfCode("[$-409]mmmm d, yyyy"));
        assertEquals(Kind.DATE_TIME, XlsxDates.kindOfCode("yyyy-mm-dd hh:mm"));
        assertEquals(Kind.TIME, XlsxDates.kindOfCode("h:mm AM/PM"));
        assertEquals(Kind.TIME, XlsxDates.kindOfCode("[h]:mm:ss"));
        assertEquals(Kind.TIME, XlsxDates.kindOfCode("mm:ss"));
        assertEquals(Kind.NUMBER, XlsxDates.kindOfCode("General"));
        assertEquals(Kind.NUMBER, XlsxDates.kindOfCode("0.00E+00"));
        assertEquals(Kind.NUMBER, XlsxDates.kindOfCode("#,##0.00_);[Red](#,##0.00)"));
        assertEquals(Kind.NUMBER, XlsxDates.kindOfCode("0\\d"));
        assertEquals(Kind.NUMBER, XlsxDates.kindOfCode("\"day \"0"));
        assertEquals("2020-01-01", XlsxDates.iso(43831, Kind.DATE, false));
        assertNull(XlsxDates.iso(43831, Kind.NUMBER, false));
        assertEquals("2020-01-01T00:00:01", XlsxDates.iso(43831 + 1.0 / 86400, Kind.DATE_TIME, false));
    }
}
