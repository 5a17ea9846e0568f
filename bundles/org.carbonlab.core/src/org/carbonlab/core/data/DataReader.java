package org.carbonlab.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.carbonlab.core.errors.InputException;

/**
 * Reads a data file into a {@link RawTable}, choosing the format by the file extension:
 * {@code .csv} ({@link CsvReader}), {@code .xlsx}/{@code .xlsm} ({@link XlsxReader}) or Stata
 * {@code .dta} ({@link DtaReader}). Every
 * problem with the file is reported as an {@link InputException} naming the file (and line, row or
 * column where it applies).
 */
public final class DataReader {
    /** Files from this size on are digested in parallel with the parse. */
    private static final int PARALLEL_DIGEST_BYTES = 1 << 22;

    private DataReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param sheetOrNull for XLSX the sheet to read (by name, exact; the first sheet when
     *            {@code null} or blank); must be {@code null} or blank for CSV
     */
    public static RawTable read(Path file, String sheetOrNull) {
        return readWith(file, ReadOptions.sheet(sheetOrNull));
    }

    /**
     * Reads {@code file} with the sheet and header row of {@code options} (its time unit applies to the frame, not
     * to the table).
     */
    public static RawTable readWith(Path file, ReadOptions options) {
        String source = file.toString();
        String sheet = options.sheet();
        String ext = extension(file);
        boolean csv = ext.equals("csv");
        boolean xlsx = ext.equals("xlsx") || ext.equals("xlsm");
        boolean dta = ext.equals("dta");
        if (!csv && !xlsx && !dta) {
            if (ext.equals("xls")) {
                throw new InputException("data file " + source
                        + " is in the old Excel .xls format, which is not supported: save it as .xlsx or .csv");
            }
            throw new InputException("unsupported data file type "
                    + (ext.isEmpty() ? "(no extension)" : "'." + ext + "'") + " for " + source
                    + ": use a .csv or .xlsx file, or a Stata .dta file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException("data file " + source + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new InputException("data file not found: " + source);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("data file not found: " + source);
        } catch (IOException e) {
            throw new InputException("cannot read data file " + source + ": " + e.getMessage());
        }
        if ((csv || dta) && sheet != null) {
            throw new InputException("a sheet ('" + sheet + "') was given, but " + source
                    + " is a " + (csv ? "CSV" : "Stata") + " file; sheets apply to .xlsx files only");
        }
        if (dta && options.headerRow() > 0) {
            throw new InputException("a header row (" + options.headerRow() + ") was given, but " + source
                    + " is a Stata file, which has no header line; --header-row and --skip apply to CSV and XLSX");
        }
        if (csv) {
            // the digest of a large file is taken on another core while its bytes are parsed
            CompletableFuture<String> sha = bytes.length >= PARALLEL_DIGEST_BYTES
                    ? CompletableFuture.supplyAsync(() -> sha256(bytes))
                    : CompletableFuture.completedFuture(sha256(bytes));
            return CsvReader.read(source, bytes, sha::join, false, options.headerRow());
        }
        String sha = sha256(bytes);
        if (dta) {
            return DtaReader.read(source, bytes, sha);
        }
        return XlsxReader.read(file, source, bytes, sha, sheet, XlsxLimits.DEFAULT, options.headerRow());
    }

    /**
     * Reads a CSV file that may hold a matrix with row names: as {@link #read} for a CSV file,
     * except that the first header cell may be empty (the corner above the row names).
     */
    public static RawTable readCsvWithRowNames(Path file) {
        String source = file.toString();
        if (!extension(file).equals("csv")) {
            throw new InputException("unsupported file type for " + source + ": use a .csv file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(source + " is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("file not found: " + source);
        } catch (IOException e) {
            throw new InputException("cannot read " + source + ": " + e.getMessage());
        }
        return CsvReader.read(source, bytes, sha256(bytes), true);
    }

    /** Reads {@code file} and builds the panel with the given entity and time columns. */
    public static PanelFrame readPanel(Path file, String sheetOrNull, String entityColumn, String timeColumn) {
        return PanelFrame.of(read(file, sheetOrNull), entityColumn, timeColumn);
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
