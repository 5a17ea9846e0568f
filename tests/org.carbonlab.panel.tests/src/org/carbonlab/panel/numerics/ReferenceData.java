package org.carbonlab.panel.numerics;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Locates and reads the reference files under {@code resources/} of the test bundle. Tries, in order, the class
 * loader resource {@code relative}, the class loader resource {@code resources/relative} (the folder as packaged in
 * the test fragment), and the files {@code resources/relative} and {@code relative} relative to the working
 * directory (Tycho surefire runs with the test project as working directory).
 */
final class ReferenceData {

    private ReferenceData() {
    }

    static InputStream open(String relative) throws IOException {
        List<String> tried = new ArrayList<>();
        ClassLoader cl = ReferenceData.class.getClassLoader();
        for (String name : new String[] {relative, "resources/" + relative}) {
            tried.add("classpath:" + name);
            InputStream in = cl == null ? null : cl.getResourceAsStream(name);
            if (in == null) {
                in = ReferenceData.class.getResourceAsStream("/" + name);
            }
            if (in != null) {
                return in;
            }
        }
        for (Path p : new Path[] {Paths.get("resources", relative), Paths.get(relative)}) {
            tried.add(p.toAbsolutePath().toString());
            if (Files.isRegularFile(p)) {
                return Files.newInputStream(p);
            }
        }
        throw new FileNotFoundException("reference file " + relative + " not found; tried " + tried);
    }

    static JsonObject json(String relative) throws IOException {
        try (Reader r = new InputStreamReader(open(relative), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    /** Columns of a numeric CSV with a header line: header names and values[column][row]. */
    static final class Csv {
        final String[] header;
        final double[][] columns;

        Csv(String[] header, double[][] columns) {
            this.header = header;
            this.columns = columns;
        }

        double[] column(String name) {
            for (int j = 0; j < header.length; j++) {
                if (header[j].equals(name)) {
                    return columns[j].clone();
                }
            }
            throw new IllegalArgumentException("no column " + name);
        }

        int rows() {
            return columns.length == 0 ? 0 : columns[0].length;
        }
    }

    static Csv csv(String relative) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = open(relative)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        }
        String[] header = lines.get(0).split(",");
        int n = lines.size() - 1;
        double[][] cols = new double[header.length][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            if (f.length != header.length) {
                throw new IOException("line " + (i + 2) + " of " + relative + " has " + f.length + " fields");
            }
            for (int j = 0; j < header.length; j++) {
                cols[j][i] = Double.parseDouble(f[j]);
            }
        }
        return new Csv(header, cols);
    }

    /** The Grunfeld reference data set. */
    static final class Grunfeld {
        final int n;
        final int[] firm; // 0..9
        final int[] year; // 0..19 (1935 = 0)
        final double[] inv;
        final double[] value;
        final double[] capital;

        Grunfeld(Csv c) {
            n = c.rows();
            double[] f = c.column("firm");
            double[] yr = c.column("year");
            firm = new int[n];
            year = new int[n];
            for (int i = 0; i < n; i++) {
                firm[i] = (int) f[i] - 1;
                year[i] = (int) yr[i] - 1935;
            }
            inv = c.column("inv");
            value = c.column("value");
            capital = c.column("capital");
        }

        /** [value, capital] rows. */
        double[][] x() {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] = new double[] {value[i], capital[i]};
            }
            return x;
        }

        /** [1, value, capital] rows. */
        double[][] xWithIntercept() {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] = new double[] {1.0, value[i], capital[i]};
            }
            return x;
        }
    }

    static Grunfeld grunfeld() throws IOException {
        return new Grunfeld(csv("grunfeld/data.csv"));
    }

    static JsonObject grunfeldExpected() throws IOException {
        return json("grunfeld/expected.json");
    }
}
