package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own battery of bad input, one row per case, grouped by class: data files (CSV,
 * XLSX), formulas, parameters of every estimator family, study files, spatial weight matrices and
 * output targets. Every case checks the exit code, that standard error names the problem (column,
 * entity, period, parameter or path), that no stack trace or internal file name is printed, that
 * a failure prints nothing on standard output, and that nothing partial or misplaced stays in the
 * output folder.
 */
class BadInputSuiteTest {
    private static final String OLS = "formula=inv ~ value + capital";

    /** Builds a case's arguments from its input folder and its (empty) output folder. */
    @FunctionalInterface
    interface Args {
        List<String> make(Path in, Path out) throws IOException;
    }

    /** One bad input: what to run, the exit code, what the message names, which outputs may exist. */
    record Case(String name, int code, List<String> names, Set<String> allowedOutputs, Args args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void bad(String name, int code, List<String> names, Args args) {
        CASES.add(new Case(name, code, names, Set.of(), args));
    }

    /** A study run that completes with failed analyses: its report is written (and nothing else). */
    private static void badRun(String name, int code, List<String> names, Args args) {
        CASES.add(new Case(name, code, names, Set.of("report.md", "report.html"), args));
    }

    static Stream<Arguments> cases() {
        return CASES.stream().map(Arguments::of);
    }

    // ------------------------------------------------------------------ helpers for the table

    private static String grunfeldText() {
        return Cli.read(Cli.grunfeld());
    }

    /** The grunfeld CSV with line {@code line} (1 = header) replaced by {@code text}. */
    private static String grunfeldWithLine(int line, String text) {
        List<String> lines = new ArrayList<>(grunfeldText().lines().toList());
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    /** {@code estimate ID --data FILE --out OUT/result.json --set ...}. */
    private static List<String> estimate(String id, Path data, Path out, String... sets) {
        List<String> a = new ArrayList<>(List.of("estimate", id, "--data", data.toString(), "--out",
                out.resolve("result.json").toString()));
        for (String m : sets) {
            a.add("--set");
            a.add(m);
        }
        return a;
    }

    private static List<String> ols(Path in, Path out, String csv, String... sets) {
        Path data = Cli.write(in, "data.csv", csv);
        String[] all = sets.length == 0 ? new String[] {OLS} : sets;
        return estimate("panel.ols", data, out, all);
    }

    private static Path grunfeld(Path in) {
        return Cli.write(in, "grunfeld.csv", grunfeldText());
    }

    private static Path huabian(Path in) {
        return Cli.write(in, "dmus.csv", Cli.resourceText("dea_sbm_undesirable/huabian2007_medium.csv"));
    }

    private static Path indicators(Path in) {
        return Cli.write(in, "indicators.csv", Cli.resourceText("entropy_ccd/indicators.csv"));
    }

    private static Path columbus(Path in) {
        return Cli.write(in, "columbus.csv", Cli.resourceText("columbus/columbus.csv"));
    }

    /** spatial.moran of CRIME on the columbus data with the weights file {@code weights}. */
    private static List<String> moran(Path in, Path out, Path weights, String... sets) {
        List<String> a = estimate("spatial.moran", columbus(in), out, sets.length == 0 ? new String[] {"variable=CRIME"}
                : sets);
        a.addAll(List.of("--time", "none", "--weights", weights.toString()));
        return a;
    }

    private static Path queen(Path in) {
        return Cli.write(in, "W_queen.csv", Cli.resourceText("columbus/W_queen.csv"));
    }

    private static String queenEdges() {
        return Cli.resourceText("columbus/W_queen_edges.csv");
    }

    /** A study file around {@code body} (datasets, variables, analyses), next to a copy of grunfeld. */
    private static List<String> study(Path in, Path out, String body) {
        grunfeld(in);
        Path s = Cli.write(in, "study.carbonlab", """
                <?xml version="1.0" encoding="UTF-8"?>
                <carbonlab:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carbonlab="http://carbonlab.org/model/1.0" name="s">
                """ + body + "\n</carbonlab:Study>\n");
        return new ArrayList<>(List.of("run", s.toString(), "--out", out.toString(), "--no-record"));
    }

    private static final String GRUNFELD_DATASET = "<datasets name=\"g\" source=\"grunfeld.csv\" entityColumn=\"firm\" timeColumn=\"year\"/>";

    private static String olsAnalysis(String name, String formula) {
        return "<analyses name=\"" + name + "\" estimatorId=\"panel.ols\" dataset=\"g\"><parameters name=\"formula\" value=\""
                + formula + "\"/></analyses>";
    }

    /** A minimal XLSX whose one sheet is named {@code sheet} and holds {@code rows} (numbers, first row text). */
    private static Path xlsx(Path in, String name, String sheet, String[][] rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                if (r == 0) {
                    data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(rows[r][c])
                            .append("</t></is></c>");
                } else if (rows[r][c].startsWith("=")) {
                    // a formula stored without a computed value, as export libraries write it
                    data.append("<c r=\"").append(ref).append("\"><f>").append(rows[r][c].substring(1))
                            .append("</f></c>");
                } else {
                    data.append("<c r=\"").append(ref).append("\"><v>").append(rows[r][c]).append("</v></c>");
                }
            }
            data.append("</row>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\""
                + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                + "\"><sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + pkg
                + "\"><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                + "\"><sheetData>" + data + "</sheetData></worksheet>");
        return zip(in, name, parts);
    }

    private static Path zip(Path in, String name, Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Files.createDirectories(in);
        Path p = in.resolve(name);
        Files.write(p, bytes.toByteArray());
        return p;
    }

    private static final String[][] SMALL = {{"firm", "year", "inv", "value", "capital"}, {"1", "2001", "1", "2", "5"},
        {"1", "2002", "2", "3", "4"}, {"2", "2001", "3", "5", "3"}, {"2", "2002", "5", "7", "1"},
        {"3", "2001", "4", "4", "2"}, {"3", "2002", "6", "9", "9"}};

    static {
        // ------------------------------------------------------------------ CSV data files
        bad("csv: missing file", 2, List.of("not found", "nothere.csv"),
                (in, out) -> estimate("panel.ols", in.resolve("nothere.csv"), out, OLS));
        bad("csv: empty file", 2, List.of("data.csv", "empty"), (in, out) -> ols(in, out, ""));
        bad("csv: header only", 2, List.of("data.csv", "no data rows"), (in, out) -> ols(in, out,
                "firm,year,inv,value,capital\n"));
        bad("csv: row with an extra field", 2, List.of("line 4 of", "data.csv", "6 fields", "header has 5"),
                (in, out) -> ols(in, out, grunfeldWithLine(4, "1,1937,1,2,3,4")));
        bad("csv: row with a missing field", 2, List.of("line 4 of", "3 fields", "header has 5"),
                (in, out) -> ols(in, out, grunfeldWithLine(4, "1,1937,1")));
        bad("csv: duplicate header", 2, List.of("column 'value' more than once", "columns 4 and 5"),
                (in, out) -> ols(in, out, "firm,year,inv,value,value\n1,1935,1,2,3\n1,1936,2,3,4\n"));
        bad("csv: non-numeric cell after a BOM keeps its line number", 2,
                List.of("column 'inv'", "not numeric", "line 3 (firm 1, year 1936)", "'x'"),
                (in, out) -> ols(in, out, "\uFEFFfirm,year,inv,value,capital\n1,1935,1,2,3\n1,1936,x,3,4\n1,1937,2,3,4\n"));
        bad("csv: non-numeric cell names column, entity and period", 2,
                List.of("column 'value'", "line 5 (firm 1, year 1938)", "2792.2x"),
                (in, out) -> ols(in, out, grunfeldText().replace(",2792.2,", ",2792.2x,")));
        bad("csv: NaN text is not a number", 2, List.of("column 'inv'", "line 6 (firm 1, year 1939)", "'NaN'"),
                (in, out) -> ols(in, out, grunfeldWithLine(6, "1,1939,NaN,5387.1,156.9")));
        bad("csv: Inf text is not a number", 2, List.of("column 'inv'", "line 6", "'Inf'"),
                (in, out) -> ols(in, out, grunfeldWithLine(6, "1,1939,Inf,5387.1,156.9")));
        bad("csv: a number beyond double range", 2, List.of("column 'inv'", "line 6", "'1e400'"),
                (in, out) -> ols(in, out, grunfeldWithLine(6, "1,1939,1e400,5387.1,156.9")));
        bad("csv: duplicate entity-period rows", 2, List.of("firm 1", "1936"),
                (in, out) -> ols(in, out, grunfeldWithLine(4, "1,1936,300,4000,100")));
        bad("csv: unknown entity column", 2, List.of("entity column 'company'", "firm"), (in, out) -> {
            List<String> a = ols(in, out, grunfeldText());
            a.addAll(List.of("--entity", "company"));
            return a;
        });
        bad("csv: unknown time column", 2, List.of("time column 'yr'"), (in, out) -> {
            List<String> a = ols(in, out, grunfeldText());
            a.addAll(List.of("--time", "yr"));
            return a;
        });
        bad("csv: not a data file extension", 2, List.of("data.txt"), (in, out) ->
                estimate("panel.ols", Cli.write(in, "data.txt", grunfeldText()), out, OLS));
        bad("csv: a folder as data", 2, List.of("folder.csv"), (in, out) -> {
            Files.createDirectories(in.resolve("folder.csv"));
            return estimate("panel.ols", in.resolve("folder.csv"), out, OLS);
        });

        // ------------------------------------------------------------------ XLSX data files
        bad("xlsx: not a zip", 2, List.of("data.xlsx", "not a valid XLSX file"),
                (in, out) -> estimate("panel.ols", Cli.write(in, "data.xlsx", "firm,year\n1,2\n"), out, OLS));
        bad("xlsx: a zip without a workbook", 2, List.of("data.xlsx"),
                (in, out) -> estimate("panel.ols", zip(in, "data.xlsx", Map.of("readme.txt", "hello")), out, OLS));
        bad("xlsx: missing sheet", 2, List.of("'Nope'", "Panel"), (in, out) -> {
            List<String> a = estimate("panel.ols", xlsx(in, "data.xlsx", "Panel", SMALL), out, OLS);
            a.addAll(List.of("--sheet", "Nope"));
            return a;
        });
        bad("xlsx: formulas without computed values name the cells and the fix", 2,
                List.of("2 formula cells without a computed value (E2, E3)", "open and save the workbook"),
                (in, out) -> estimate("panel.ols", xlsx(in, "data.xlsx", "Panel", new String[][] {SMALL[0],
                    {"1", "2001", "1", "2", "=D2*2"}, {"1", "2002", "2", "3", "=D3*2"}, SMALL[3], SMALL[4]}), out, OLS));
        bad("xlsx: unknown variable names the sheet's columns", 2, List.of("unknown variable 'gdp'", "capital"),
                (in, out) -> estimate("panel.ols", xlsx(in, "data.xlsx", "Panel", SMALL), out, "formula=inv ~ gdp"));

        // ------------------------------------------------------------------ formulas
        bad("formula: unbalanced '('", 2, List.of("expected ')'", "position 23"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ value + (capital"));
        bad("formula: unbalanced ')'", 2, List.of("unbalanced ')'", "position 22"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ value + capital)"));
        bad("formula: no tilde", 2, List.of("expected '~'"), (in, out) -> ols(in, out, grunfeldText(), "formula=inv value"));
        bad("formula: empty right-hand side", 2, List.of("terms after '~'"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~"));
        bad("formula: unknown function", 2, List.of("unknown function 'lgo'", "did you mean 'log'"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ lgo(value)"));
        bad("formula: wrong arity", 2, List.of("log()", "takes 1 argument but has 3"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ log(value, 2, 3)"));
        bad("formula: non-constant where a number is needed", 2, List.of("lag()", "must be a number"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ lag(value, capital)"));
        bad("formula: unknown variable with suggestion", 2, List.of("unknown variable 'valeu'", "did you mean 'value'"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ valeu + capital"));
        bad("formula: nested 3000 parentheses deep", 2, List.of("nested more than 200 levels", "the limit is 200"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ " + "(".repeat(3000) + "value" + ")".repeat(3000)));
        bad("formula: 1500 nested calls", 2, List.of("the limit is 200"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ " + "abs(".repeat(1500) + "value" + ")".repeat(1500)));
        bad("formula: longer than the limit", 2, List.of("characters long", "the limit is 10000"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ value" + " + value".repeat(3000)));
        bad("formula: log of non-positive values in every row names the cause", 3,
                List.of("no complete observations", "log(value-1000000000)", "non-positive", "(first: line 2 (firm 1, year 1935))"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ log(value - 1e9)"));
        bad("formula: too few rows left by log() names the cause", 3, List.of("too few observations: 2 complete rows",
                "log(value-5500) is undefined for a non-positive argument in 198 of 200 rows", "line 2 (firm 1, year 1935)"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ log(value - 5500) + capital"));
        bad("formula: division by zero in every row names the cause", 3, List.of("no complete observations", "divides by zero"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ I(value / (capital - capital))"));
        bad("formula: sqrt of negative values names the cause", 3, List.of("no complete observations", "negative argument"),
                (in, out) -> ols(in, out, grunfeldText(), "formula=inv ~ sqrt(-value - 1)"));

        // ------------------------------------------------------------------ parameters: panel
        bad("panel: unknown parameter", 2, List.of("unknown parameter 'nonsense'", "known parameters"),
                (in, out) -> estimate("panel.ols", grunfeld(in), out, OLS, "nonsense=1"));
        bad("panel: bad choice", 2, List.of("parameter 'vcov'", "'bogus' is not one of"),
                (in, out) -> estimate("panel.ols", grunfeld(in), out, OLS, "vcov=bogus"));
        bad("panel: effect out of its choices", 2, List.of("parameter 'effect'", "'diagonal'"),
                (in, out) -> estimate("panel.fe", grunfeld(in), out, OLS, "effect=diagonal"));
        bad("panel: level out of range", 2, List.of("parameter 'level'", "above the maximum"),
                (in, out) -> estimate("panel.re", grunfeld(in), out, OLS, "level=1.5"));
        bad("panel: number that is not a number", 2, List.of("parameter 'level'"),
                (in, out) -> estimate("panel.ols", grunfeld(in), out, OLS, "level=high"));
        bad("panel: missing formula", 2, List.of("parameter 'formula' is required"),
                (in, out) -> estimate("panel.fe", grunfeld(in), out));
        bad("panel: unknown cluster column", 2, List.of("'region'"),
                (in, out) -> estimate("panel.ols", grunfeld(in), out, OLS, "vcov=cluster", "cluster=region"));
        bad("panel: mediation without its variables", 2, List.of("parameter 'outcome' is required",
                "parameter 'mediator' is required"), (in, out) -> estimate("panel.mediation", grunfeld(in), out));
        bad("panel: mediation with negative reps", 2, List.of("parameter 'reps'", "below the minimum"),
                (in, out) -> estimate("panel.mediation", grunfeld(in), out, "outcome=inv", "treatment=value",
                        "mediator=capital", "reps=-5"));
        bad("panel: hausman unknown parameter", 2, List.of("unknown parameter 'nonsense'"),
                (in, out) -> estimate("panel.hausman", grunfeld(in), out, OLS, "nonsense=1"));
        bad("panel: unknown estimator", 2, List.of("unknown estimator 'panel.nosuch'"),
                (in, out) -> estimate("panel.nosuch", grunfeld(in), out, OLS));

        // ------------------------------------------------------------------ parameters: emissions
        bad("emissions: fuel without a factor", 2, List.of("fuel 'unobtainium'", "no emission factor"),
                (in, out) -> estimate("emissions.ipcc", grunfeld(in), out, "fuel.coal=inv:10kt", "fuel.unobtainium=value:t"));
        bad("emissions: unknown unit", 2, List.of("fuel.coal", "unknown unit 'bushels'", "'inv'"),
                (in, out) -> estimate("emissions.ipcc", grunfeld(in), out, "fuel.coal=inv:bushels"));
        bad("emissions: one column as two fuels", 2, List.of("column 'inv' is given as two fuels", "fuel.coal", "fuel.coke"),
                (in, out) -> estimate("emissions.ipcc", grunfeld(in), out, "fuel.coal=inv:10kt", "fuel.coke=inv:10kt"));
        bad("emissions: no fuel at all", 2, List.of("no fuel column given"),
                (in, out) -> estimate("emissions.ipcc", grunfeld(in), out));
        bad("emissions: depreciation out of range", 2, List.of("parameter 'depreciation'", "above the maximum"),
                (in, out) -> estimate("capital.pim", grunfeld(in), out, "investment=inv", "depreciation=1.5"));
        bad("emissions: capital stock without investment", 2, List.of("parameter 'investment' is required"),
                (in, out) -> estimate("capital.pim", grunfeld(in), out, "depreciation=0.1"));

        // ------------------------------------------------------------------ parameters: integration
        bad("integration: unknown indicator column", 2, List.of("column 'nope' not found", "indicators.csv"),
                (in, out) -> estimate("index.entropy", indicators(in), out, "indicators=econ_gdp_pc,nope"));
        bad("integration: indicators missing", 2, List.of("parameter 'indicators' is required"),
                (in, out) -> estimate("index.entropy", indicators(in), out));
        bad("integration: negative indicator not among the indicators", 2, List.of("negative indicator 'soc_gini'"),
                (in, out) -> estimate("index.entropy", indicators(in), out, "indicators=econ_gdp_pc,econ_tertiary_share",
                        "negative=soc_gini"));
        bad("integration: coupling with one subsystem", 2, List.of("at least 2 subsystems", "'A'"),
                (in, out) -> estimate("index.ccd", indicators(in), out, "subsystem.A=econ_gdp_pc"));

        // ------------------------------------------------------------------ parameters: efficiency
        bad("efficiency: column listed twice", 2, List.of("column 'yg1' is listed more than once"),
                (in, out) -> estimate("efficiency.dea", huabian(in), out, "inputs=x1,x2", "outputs=yg1,yg1"));
        bad("efficiency: unknown model", 2, List.of("parameter 'model'", "'magic'"),
                (in, out) -> estimate("efficiency.dea", huabian(in), out, "inputs=x1,x2", "outputs=yg1", "model=magic"));
        bad("efficiency: unknown input column", 2, List.of("column 'nope' not found", "dmus.csv"),
                (in, out) -> estimate("efficiency.dea", huabian(in), out, "inputs=x1,nope", "outputs=yg1"));
        bad("efficiency: inputs missing", 2, List.of("parameter 'inputs' is required"),
                (in, out) -> estimate("efficiency.dea", huabian(in), out, "outputs=yg1"));
        bad("efficiency: malmquist on a cross-section", 2, List.of("efficiency.malmquist compares periods", "cross-section"),
                (in, out) -> estimate("efficiency.malmquist", huabian(in), out, "inputs=x1", "outputs=yg1"));

        // ------------------------------------------------------------------ parameters: spatial
        bad("spatial: unknown variable", 2, List.of("NOPE"), (in, out) -> moran(in, out, queen(in), "variable=NOPE"));
        bad("spatial: permutations below the minimum", 2, List.of("parameter 'permutations'"),
                (in, out) -> moran(in, out, queen(in), "variable=CRIME", "permutations=-3"));
        bad("spatial: unknown parameter", 2, List.of("unknown parameter 'bandwidth'"),
                (in, out) -> moran(in, out, queen(in), "variable=CRIME", "bandwidth=3"));
        bad("spatial: weights required but not given", 2, List.of("needs a spatial weight matrix"),
                (in, out) -> {
                    List<String> a = estimate("spatial.moran", columbus(in), out, "variable=CRIME");
                    a.addAll(List.of("--time", "none"));
                    return a;
                });

        // ------------------------------------------------------------------ weight matrices
        bad("weights: not square", 2, List.of("square.csv", "not square"),
                (in, out) -> moran(in, out, Cli.write(in, "square.csv", "1,2\n0,1\n")));
        bad("weights: negative weight", 2, List.of("neg.csv", "line 3", "'2' -> '1'", "negative"),
                (in, out) -> moran(in, out, Cli.write(in, "neg.csv", "from,to,weight\n1,2,1\n2,1,-1\n")));
        bad("weights: an entity of the data missing", 2, List.of("has no entity '17'"), (in, out) -> {
            StringBuilder sb = new StringBuilder();
            for (String l : queenEdges().lines().toList()) {
                String[] c = l.split(",");
                if (!c[0].equals("17") && !c[1].equals("17")) {
                    sb.append(l).append('\n');
                }
            }
            return moran(in, out, Cli.write(in, "no17.csv", sb.toString()));
        });
        bad("weights: duplicate edge", 2, List.of("dup.csv", "line 232", "'1' -> '2' is given again"),
                (in, out) -> moran(in, out, Cli.write(in, "dup.csv", queenEdges() + "1,2,1\n")));
        bad("weights: non-numeric weight", 2, List.of("text.csv"),
                (in, out) -> moran(in, out, Cli.write(in, "text.csv", "from,to,weight\n1,2,heavy\n")));
        bad("weights: file not found", 2, List.of("weights file not found", "nothere.csv"),
                (in, out) -> moran(in, out, in.resolve("nothere.csv")));
        bad("weights: two matrices of one name", 2, List.of("two weight matrices are named 'W'"), (in, out) -> {
            List<String> a = moran(in, out, Cli.write(in, "a/W.csv", "from,to\n1,2\n"));
            a.addAll(List.of("--weights", Cli.write(in, "b/W.csv", "from,to\n1,2\n").toString()));
            return a;
        });

        // ------------------------------------------------------------------ study files
        bad("study: not found", 2, List.of("study file not found", "none.carbonlab"),
                (in, out) -> List.of("run", in.resolve("none.carbonlab").toString(), "--out", out.toString()));
        bad("study: not XML", 2, List.of("study.carbonlab", "line 1"), (in, out) -> List.of("run",
                Cli.write(in, "study.carbonlab", "not xml at all").toString(), "--out", out.toString()));
        bad("study: truncated XML", 2, List.of("study.carbonlab", "not a well-formed"), (in, out) -> List.of("run",
                Cli.write(in, "study.carbonlab", "<?xml version=\"1.0\"?>\n<carbonlab:Study xmlns:carbonlab=\"http://carbonlab.org/model/1.0\"\n")
                        .toString(), "--out", out.toString()));
        bad("study: DOCTYPE with an external entity (XXE)", 2, List.of("DOCTYPE is disallowed"), (in, out) -> List.of("run",
                Cli.write(in, "study.carbonlab", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<carbonlab:Study xmlns:carbonlab=\"http://carbonlab.org/model/1.0\" name=\"&e;\"/>\n").toString(),
                "--out", out.toString()));
        bad("study: missing dataset file", 2, List.of("data file not found", "missing.csv"), (in, out) -> study(in, out,
                "<datasets name=\"g\" source=\"missing.csv\"/>" + olsAnalysis("a", "inv ~ value")));
        bad("study: unresolved dataset reference", 2, List.of("Unresolved reference 'nosuch'"), (in, out) -> study(in, out,
                GRUNFELD_DATASET + "<analyses name=\"a\" estimatorId=\"panel.ols\" dataset=\"nosuch\"/>"));
        bad("study: analysis name with a slash", 2, List.of("analysis name 'a/b' is not allowed"),
                (in, out) -> study(in, out, GRUNFELD_DATASET + olsAnalysis("a/b", "inv ~ value")));
        bad("study: two analyses of one name", 2, List.of("the name 'a' is used by more than one object"), (in, out) -> study(in, out,
                GRUNFELD_DATASET + olsAnalysis("a", "inv ~ value") + olsAnalysis("a", "inv ~ capital")));
        bad("study: variables in a cycle", 2, List.of("a cycle", "'a' = b + 1", "'b' = a * 2"), (in, out) -> study(in, out,
                GRUNFELD_DATASET + "<variables name=\"a\" derivation=\"b + 1\"/><variables name=\"b\" derivation=\"a * 2\"/>"
                        + olsAnalysis("m", "inv ~ a")));
        bad("study: variable using an unknown column", 2, List.of("variable 'lv'", "unknown variable 'valeu'"),
                (in, out) -> study(in, out, GRUNFELD_DATASET + "<variables name=\"lv\" derivation=\"log(valeu)\"/>"
                        + olsAnalysis("m", "inv ~ lv")));
        bad("study: no dataset", 2, List.of("the study has no dataset"),
                (in, out) -> study(in, out, olsAnalysis("m", "inv ~ value").replace(" dataset=\"g\"", "")));
        badRun("study: unknown estimator fails its analysis", 2, List.of("analysis 'a'", "unknown estimator 'panel.nosuch'"),
                (in, out) -> study(in, out, GRUNFELD_DATASET
                        + "<analyses name=\"a\" estimatorId=\"panel.nosuch\" dataset=\"g\"/>"));
        badRun("study: bad parameter fails its analysis", 2, List.of("analysis 'a'", "parameter 'vcov'"),
                (in, out) -> study(in, out, GRUNFELD_DATASET + "<analyses name=\"a\" estimatorId=\"panel.ols\" dataset=\"g\">"
                        + "<parameters name=\"formula\" value=\"inv ~ value\"/><parameters name=\"vcov\" value=\"bogus\"/></analyses>"));

        // ------------------------------------------------------------------ output targets
        CASES.add(new Case("output: an existing directory as --out FILE", 2, List.of("cannot write", "it is a directory"),
                Set.of("result.json"), (in, out) -> {
            List<String> a = estimate("panel.ols", grunfeld(in), out, OLS);
            Files.createDirectories(out.resolve("result.json"));
            return a;
        }));
        bad("output: a file in the place of the folder", 2, List.of("cannot write", "is a file, not a folder"), (in, out) -> {
            Path file = Cli.write(in, "plain.txt", "keep");
            List<String> a = estimate("panel.ols", grunfeld(in), out, OLS);
            a.set(a.indexOf("--out") + 1, file.resolve("result.json").toString());
            return a;
        });
        bad("output: docx into a directory", 2, List.of("cannot write", "it is a directory"), (in, out) -> {
            List<String> a = estimate("panel.ols", grunfeld(in), out, OLS);
            a.set(a.indexOf("--out") + 1, out.toString());
            a.addAll(List.of("--format", "docx"));
            return a;
        });
        bad("output: a location that cannot be created", 2, List.of("cannot write /proc/carbonlab-no/result.json"),
                (in, out) -> {
                    List<String> a = estimate("panel.ols", grunfeld(in), out, OLS);
                    a.set(a.indexOf("--out") + 1, "/proc/carbonlab-no/result.json");
                    return a;
                });
        bad("output: run --out onto a file", 2, List.of("cannot write results to", "plain.txt", "not a folder"), (in, out) -> {
            Path file = Cli.write(in, "plain.txt", "keep");
            List<String> a = study(in, out, GRUNFELD_DATASET + olsAnalysis("m", "inv ~ value"));
            a.set(a.indexOf("--out") + 1, file.toString());
            return a;
        });
        bad("output: run --out below a file", 2, List.of("cannot write", "plain.txt is a file, not a folder"), (in, out) -> {
            Path file = Cli.write(in, "plain.txt", "keep");
            List<String> a = study(in, out, GRUNFELD_DATASET + olsAnalysis("m", "inv ~ value"));
            a.set(a.indexOf("--out") + 1, file.resolve("results").toString());
            return a;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsNamedAndLeavesNothingBehind(Case c) throws IOException {
        Path dir = Cli.freshDir("badinput-suite/" + c.name().replaceAll("[^A-Za-z0-9]+", "-"));
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Files.createDirectories(in);
        Files.createDirectories(out);
        List<String> args = c.args().make(in, out);
        Map<Path, String> inputsBefore = snapshot(in);
        Cli.Run run = Cli.run(args.toArray(String[]::new)).expectCode(c.code());
        String errors = String.join("\n", run.errLines());
        for (String n : c.names()) {
            assertTrue(errors.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT)),
                    () -> "the message names '" + n + "':\n" + run.describe());
        }
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.err().contains(".tmp"),
                () -> "no stack trace, exception name or temporary file in the message:\n" + run.describe());
        if (args.get(0).equals("estimate")) {
            assertTrue(run.out().isEmpty(), () -> "nothing on standard output:\n" + run.describe());
        }
        List<String> left = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> !p.equals(out)).forEach(p -> left.add(out.relativize(p).toString()));
        }
        left.removeIf(c.allowedOutputs()::contains);
        assertEquals(List.of(), left, () -> "nothing partial or misplaced in the output folder:\n" + run.describe());
        // the inputs are never touched (a study is not recorded with --no-record, a file in the way is kept)
        assertEquals(inputsBefore, snapshot(in), () -> "the input files are unchanged:\n" + run.describe());
        assertNoTempFiles(in);
    }

    @Test
    void theSuiteHasAtLeastSixtyCasesInEveryClass() {
        assertTrue(CASES.size() >= 60, "cases: " + CASES.size());
        for (String cls : List.of("csv:", "xlsx:", "formula:", "panel:", "emissions:", "integration:", "efficiency:",
                "spatial:", "weights:", "study:", "output:")) {
            assertTrue(CASES.stream().anyMatch(c -> c.name().startsWith(cls)), cls);
        }
    }

    @Test
    void devNullAsOutputIsWrittenThroughAndStaysADevice() {
        Path devNull = Path.of("/dev/null");
        Cli.Run run = Cli.run("estimate", "panel.ols", "--data", Cli.grunfeld().toString(), "--set", OLS, "--out",
                devNull.toString()).ok();
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), run::describe);
        assertTrue(Cli.list(Path.of("/dev")).stream().noneMatch(f -> f.startsWith(".null.")), "no temp file in /dev");
    }

    /** File → content of every regular file under {@code dir}. */
    private static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> m = new LinkedHashMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(p, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return m;
    }

    private static void assertNoTempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<String> temps = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp")).toList();
            assertEquals(List.of(), temps, "temporary files left in " + dir);
        }
    }
}
