package org.carbonlab.core.data;

/**
 * What an .xlsx file may make the reader do, after Apache POI's ZipSecureFile: a workbook is a zip archive, and a
 * small archive can inflate to gigabytes (a zip bomb) or hold so many parts or strings that reading it exhausts
 * memory. Every limit is checked while reading (never trusting the sizes the archive declares), and a file beyond one
 * is refused with an {@link org.carbonlab.core.errors.InputException} naming the limit and the file.
 *
 * @param maxEntries          the most zip entries (parts) an archive may list
 * @param maxUncompressed     the most bytes all parts read may inflate to, together
 * @param minInflateRatio     the smallest compressed/uncompressed ratio an entry may reach once it has inflated past
 *                            {@code graceEntrySize} (0.01: no part may be more than 100 times its compressed size)
 * @param graceEntrySize      uncompressed bytes of an entry before its ratio is checked (small parts compress freely)
 * @param maxSharedStrings    the most entries of the shared-strings table
 * @param maxSharedStringChars the most characters of all shared strings together
 */
record XlsxLimits(int maxEntries, long maxUncompressed, double minInflateRatio, long graceEntrySize,
        int maxSharedStrings, long maxSharedStringChars) {

    /**
     * The defaults: POI's entry count (1000), inflate ratio (0.01) and grace size (100 KiB); 2 GiB of XML in all (a
     * sheet of several million cells); 5 million shared strings of 100 million characters in all (POI bounds the
     * text it extracts at 10 million characters; data sheets hold more distinct labels).
     */
    static final XlsxLimits DEFAULT = new XlsxLimits(1000, 2L << 30, 0.01, 100 * 1024, 5_000_000, 100_000_000L);
}
