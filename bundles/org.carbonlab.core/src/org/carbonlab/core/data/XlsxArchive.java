package org.carbonlab.core.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.carbonlab.core.errors.InputException;

/**
 * The zip archive of a workbook, opened under {@link XlsxLimits}: the entry count is checked when it is opened, and
 * every part is read through a stream that counts the bytes it inflates (for the total and for the part's inflate
 * ratio against its compressed size) and stops with an {@link InputException} at the first limit passed, before the
 * bytes pile up in memory.
 */
final class XlsxArchive implements AutoCloseable {
    private final String source;
    private final ZipFile zip;
    private final XlsxLimits limits;
    private long inflated;

    XlsxArchive(Path file, String source, XlsxLimits limits) throws IOException {
        this.source = source;
        this.limits = limits;
        this.zip = new ZipFile(file.toFile());
        if (zip.size() > limits.maxEntries()) {
            int n = zip.size();
            zip.close();
            throw refused("it has " + n + " zip entries, more than the limit of " + limits.maxEntries()
                    + " entries (max entries)");
        }
    }

    /** The entry of a part by its name (case-insensitive, as Excel treats part names), or null. */
    ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
            return e;
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry z = all.nextElement();
            if (z.getName().equalsIgnoreCase(name)) {
                return z;
            }
        }
        return null;
    }

    /** The inflated bytes of a part, read under the limits. */
    InputStream open(ZipEntry e) throws IOException {
        return new Guarded(zip.getInputStream(e), e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private InputException refused(String why) {
        return new InputException("data file " + source + " is refused: " + why);
    }

    /** Counts what it passes on; the compressed size is the real amount of data the zip stream may read. */
    private final class Guarded extends FilterInputStream {
        private final ZipEntry entry;
        private final long compressed;
        private long count;

        Guarded(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
            this.compressed = entry.getCompressedSize();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            if (k > 0) {
                counted(k);
            }
            return k;
        }

        private void counted(long n) {
            count += n;
            inflated += n;
            if (inflated > limits.maxUncompressed()) {
                throw refused("its parts inflate to more than " + limits.maxUncompressed()
                        + " bytes (max uncompressed size; at part " + entry.getName() + ")");
            }
            if (count > limits.graceEntrySize() && compressed >= 0
                    && (double) compressed / count < limits.minInflateRatio()) {
                throw refused("its part " + entry.getName() + " inflates from " + compressed + " to more than "
                        + count + " bytes, a ratio below the minimum inflate ratio " + limits.minInflateRatio()
                        + " (a zip bomb?)");
            }
        }
    }
}
