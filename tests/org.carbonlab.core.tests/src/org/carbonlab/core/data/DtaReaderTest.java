package org.carbonlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/**
 * Stata .dta files: format 114 as R's foreign::write.dta writes it (resources/dta/make_r114.R; values
 * compared with the CSV R wrote from the same data frame, numbers exactly as doubles), the same bytes
 * relabelled 115 (identical layout), and formats 117/118/119 in both byte orders from {@link DtaFixture}.
 */
class DtaReaderTest {
    @Test
    void format114FromRMatchesRsValues() throws IOException {
        RawTable t = DataReader.read(TestFiles.resource("dta/r114.dta"), null);
        checkAgainstR(t);
    }

    @Test
    void format115HasThe114Layout() throws IOException {
        byte[] b = Files.readAllBytes(TestFiles.resource("dta/r114.dta"));
        b[0] = 115;
        Path p = TestFiles.outputDir("dta").resolve("r115.dta");
        Files.write(p, b);
        checkAgainstR(DataReader.read(p, null));
    }

    private static void checkAgainstR(RawTable t) throws IOException {
        List<String> expected = Files.readAllLines(TestFiles.resource("dta/r114.csv"));
        assertEquals(List.of(expected.get(0).split(",")), t.columnNames());
        assertEquals(expected.size() - 1, t.rows());
        for (int r = 0; r < t.rows(); r++) {
            String[] e = expected.get(r + 1).split(",", -1);
            assertEquals(e[0], t.cell(r, 0));
            assertEquals(e[1], t.cell(r, 1), "value label to text");
            for (int c = 2; c < 4; c++) {
                if (e[c].isEmpty()) {
                    assertEquals(null, Cells.normalize(t.cell(r, c)), "row " + r + " column " + c + " missing");
                } else {
                    assertEquals(Double.parseDouble(e[c]), Double.parseDouble(t.cell(r, c)), 0.0,
                            "row " + r + " column " + c);
                }
            }
        }
    }

    @Test
    void taggedFormatsInBothByteOrders() throws IOException {
        for (int release : new int[] {117, 118, 119}) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                Path p = TestFiles.outputDir("dta").resolve("f" + release + order + ".dta");
                Files.write(p, DtaFixture.write(release, order));
                RawTable t = DataReader.read(p, null);
                String what = release + " " + order;
                assertEquals(List.of("id", "region", "x", "f", "s", "name", "note"), t.columnNames(), what);
                assertEquals(3, t.rows(), what);
                String note3 = release == 117 ? new String("üñî".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1) : "üñî"; // 117 is Latin-1
                String[][] expected = {
                    {"1", "east", "1.5", "0.1", "-7", "Beijing", "a long note"},
                    {"2", "west", null, null, null, "Tianjin", null},
                    {"3", "3", "-2.0E-300", "2.5", "32740", "Hebei", note3}};
                for (int r = 0; r < 3; r++) {
                    String[] row = new String[7];
                    for (int c = 0; c < 7; c++) {
                        row[c] = Cells.normalize(t.cell(r, c));
                    }
                    assertArrayEquals(expected[r], row, what + " row " + (r + 1) + ": " + Arrays.toString(row));
                }
            }
        }
    }

    @Test
    void oldOrDamagedFilesAreClearErrors() throws IOException {
        Path old = TestFiles.outputDir("dta").resolve("old.dta");
        Files.write(old, new byte[] {113, 2, 1, 0, 1, 0});
        InputException e = assertThrows(InputException.class, () -> DataReader.read(old, null));
        assertTrue(e.getMessage().contains("format 113") && e.getMessage().contains("114-119"), e.getMessage());
        byte[] full = DtaFixture.write(118, ByteOrder.LITTLE_ENDIAN);
        Path cut = TestFiles.outputDir("dta").resolve("cut.dta");
        Files.write(cut, Arrays.copyOf(full, 300));
        e = assertThrows(InputException.class, () -> DataReader.read(cut, null));
        assertTrue(e.getMessage().contains("cut.dta"), e.getMessage());
        Path dta = TestFiles.outputDir("dta").resolve("sheet.dta");
        Files.write(dta, full);
        e = assertThrows(InputException.class, () -> DataReader.read(dta, "Sheet1"));
        assertTrue(e.getMessage().contains("Stata file"), e.getMessage());
    }
}
