package org.carbonlab.panel.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Assertions;

/**
 * Compares computed numbers with the numbers of a reference JSON by dotted path ("fe_oneway.se.value"), collects all
 * mismatches, and verifies that every numeric leaf of the requested blocks was compared.
 * <p>
 * Tolerance: relative 1e-9; for p-values below 1e-30 relative 1e-6 (NOTES.md). Integers must match exactly.
 */
final class Checker {

    static final double REL = 1e-9;
    static final double REL_TINY_P = 1e-6;
    static final double TINY_P = 1e-30;

    private static int totalCount;
    private static double totalWorst;
    private static String totalWorstPath = "";

    private final JsonObject root;
    private final Set<String> used = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();
    private int count;
    private double worst;
    private String worstPath = "";
    private double worstNonP;
    private String worstNonPPath = "";

    Checker(JsonObject root) {
        this.root = root;
    }

    double expected(String path) {
        JsonElement e = root;
        for (String part : path.split("\\.")) {
            if (e == null || !e.isJsonObject()) {
                throw new IllegalArgumentException("no such path in reference: " + path);
            }
            e = e.getAsJsonObject().get(part);
        }
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("not a number in reference: " + path);
        }
        return e.getAsDouble();
    }

    /** Relative comparison at 1e-9. */
    void close(String path, double actual) {
        compare(path, actual, false);
    }

    /** p-value comparison: 1e-9 relative, or 1e-6 relative if the reference is below 1e-30. */
    void p(String path, double actual) {
        compare(path, actual, true);
    }

    /** Exact comparison of an integer-valued number. */
    void exact(String path, long actual) {
        double exp = expected(path);
        used.add(path);
        count++;
        if (exp != actual) {
            failures.add(path + ": expected " + exp + " got " + actual);
        }
    }

    /** Compares a named block {name: value} with an array in the order of {@code names}. */
    void named(String path, String[] names, double[] actual, boolean pValues) {
        for (int i = 0; i < names.length; i++) {
            compare(path + "." + names[i], actual[i], pValues);
        }
    }

    /** Compares a nested {row: {col: value}} matrix. */
    void matrix(String path, String[] names, double[][] actual) {
        for (int i = 0; i < names.length; i++) {
            for (int j = 0; j < names.length; j++) {
                compare(path + "." + names[i] + "." + names[j], actual[i][j], false);
            }
        }
    }

    private void compare(String path, double actual, boolean pValue) {
        double exp = expected(path);
        used.add(path);
        count++;
        double tol = pValue && Math.abs(exp) < TINY_P ? REL_TINY_P : REL;
        double err;
        if (exp == actual) {
            err = 0;
        } else if (exp == 0) {
            err = Math.abs(actual);
        } else {
            err = Math.abs(actual - exp) / Math.abs(exp);
        }
        if (!(err <= tol)) {
            failures.add(path + ": expected " + exp + " got " + actual + " (rel " + err + ", tol " + tol + ")");
        }
        if (err > worst || Double.isNaN(err)) {
            worst = err;
            worstPath = path;
        }
        if (!pValue && (err > worstNonP || Double.isNaN(err))) {
            worstNonP = err;
            worstNonPPath = path;
        }
    }

    /** Every numeric leaf under each block must have been compared. */
    void requireCoverage(String... blocks) {
        for (String block : blocks) {
            JsonElement e = root;
            for (String part : block.split("\\.")) {
                e = e.getAsJsonObject().get(part);
            }
            if (e == null) {
                failures.add("block missing in reference: " + block);
                continue;
            }
            collect(block, e);
        }
    }

    private void collect(String path, JsonElement e) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> en : e.getAsJsonObject().entrySet()) {
                collect(path + "." + en.getKey(), en.getValue());
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && !used.contains(path)) {
            failures.add("not compared: " + path);
        }
    }

    /** Throws if any comparison failed; prints a summary line. */
    void assertOk(String label) {
        synchronized (Checker.class) {
            totalCount += count;
            if (worst > totalWorst) {
                totalWorst = worst;
                totalWorstPath = worstPath;
            }
        }
        System.out.printf("[%s] %d comparisons, worst relative error %.3e at %s (excluding p-values: %.3e at %s);"
                + " cumulative %d comparisons, worst %.3e at %s%n", label, count, worst, worstPath, worstNonP,
                worstNonPPath, totalCount, totalWorst, totalWorstPath);
        if (!failures.isEmpty()) {
            Assertions.fail(label + ": " + failures.size() + " mismatches:\n  " + String.join("\n  ", failures));
        }
    }

    double worst() {
        return worst;
    }
}
