package org.carbonlab.core.data;

import static org.carbonlab.core.data.XlsxFixture.is;
import static org.carbonlab.core.data.XlsxFixture.n;
import static org.carbonlab.core.data.XlsxFixture.row;
import static org.carbonlab.core.data.XlsxFixture.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** The zip limits of the XLSX reader ({@link XlsxLimits}): each refusal names the limit and the file. */
class XlsxLimitsTest {

    private static XlsxFixture small() {
        return new XlsxFixture().sharedStrings("id", "name", "alpha", "beta")
                .sheet("S", row(1, s("A1", 0), s("B1", 1)) + row(2, n("A2", "1"), s("B2", 2))
                        + row(3, n("A3", "2"), s("B3", 3)));
    }

    private static RawTable read(Path p, XlsxLimits limits) throws Exception {
        return XlsxReader.read(p, p.toString(), Files.readAllBytes(p), "sha", null, limits);
    }

    private static XlsxLimits limits(int entries, long bytes, int strings, long chars) {
        return new XlsxLimits(entries, bytes, XlsxLimits.DEFAULT.minInflateRatio(), XlsxLimits.DEFAULT.graceEntrySize(),
                strings, chars);
    }

    private static void refused(InputException e, Path p, String limit) {
        String m = String.join("\n", e.problems());
        assertTrue(m.contains(limit), m);
        assertTrue(m.contains(p.toString()), m);
    }

    @Test
    void withinTheDefaultsTheWorkbookReads() throws Exception {
        Path p = small().write("limits-ok.xlsx");
        RawTable t = read(p, XlsxLimits.DEFAULT);
        assertEquals("beta", t.cell(1, 1));
    }

    /**
     * 200 MB of blanks inside sheetData deflate to about 200 KB: the part is refused while it inflates, once it
     * passes 100 times its compressed size (about 20 MB read), long before it is all in memory.
     */
    @Test
    void zipBombIsRefusedWhileInflating() {
        Path p = new XlsxFixture().sheet("S", "").repeatedPart("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + XlsxFixture.MAIN + "\"><sheetData>",
                " ", 200_000_000L, "</sheetData></worksheet>").write("bomb.xlsx");
        assertTrue(p.toFile().length() < 1_000_000, "the bomb is small on disk: " + p.toFile().length());
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InputException.class, () -> DataReader.read(p, null)));
        refused(e, p, "minimum inflate ratio 0.01");
        assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml"), e.getMessage());
    }

    @Test
    void totalUncompressedSizeIsCapped() {
        Path p = small().write("limits-size.xlsx");
        InputException e = assertThrows(InputException.class, () -> read(p, limits(1000, 1500, 100, 1000)));
        refused(e, p, "more than 1500 bytes (max uncompressed size");
    }

    @Test
    void tooManyEntries() {
        XlsxFixture fx = small();
        for (int i = 0; i < XlsxLimits.DEFAULT.maxEntries(); i++) {
            fx.part("customXml/item" + i + ".xml", "<a/>");
        }
        Path p = fx.write("limits-entries.xlsx");
        InputException e = assertThrows(InputException.class, () -> DataReader.read(p, null));
        refused(e, p, "more than the limit of 1000 entries (max entries)");
    }

    @Test
    void hugeSharedStringsTableIsRefused() {
        Path p = small().write("limits-sst.xlsx");
        InputException count = assertThrows(InputException.class, () -> read(p, limits(1000, 1L << 30, 3, 1000)));
        refused(count, p, "more than 3 entries (max shared strings)");
        InputException chars = assertThrows(InputException.class, () -> read(p, limits(1000, 1L << 30, 100, 10)));
        refused(chars, p, "more than 10 characters (max shared-string characters)");
        // a long table of distinct strings under the default limits reads
        StringBuilder sst = new StringBuilder("<si><t>k</t></si>");
        StringBuilder rows = new StringBuilder(row(1, s("A1", 0)));
        for (int i = 1; i <= 2000; i++) {
            sst.append("<si><t>label ").append(i).append("</t></si>");
            rows.append(row(i + 1, s("A" + (i + 1), i)));
        }
        Path big = new XlsxFixture().sharedStringsXml(sst.toString()).sheet("S", rows.toString()).write("sst-2000.xlsx");
        assertEquals("label 2000", DataReader.read(big, null).cell(1999, 0));
    }

    @Test
    void inlineStringsDoNotCountAsSharedStrings() throws Exception {
        Path p = new XlsxFixture().sheet("S", row(1, is("A1", "a")) + row(2, is("A2", "xyz"))).write("limits-inline.xlsx");
        assertEquals("xyz", read(p, limits(1000, 1L << 30, 0, 0)).cell(0, 0));
    }
}
