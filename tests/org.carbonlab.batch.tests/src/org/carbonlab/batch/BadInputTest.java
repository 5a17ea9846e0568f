package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Bad usage and bad input: each gives exit code 2 (3 when the estimation itself fails) with one
 * clear message on standard error naming the problem, nothing on standard output, and no output
 * file when {@code --out} is given.
 */
class BadInputTest {
    private static final String FORMULA = "formula=inv ~ value + capital";
    private static String grunfeldText;
    private static Path grunfeld;

    @BeforeAll
    static void load() {
        grunfeld = Cli.grunfeld();
        grunfeldText = Cli.read(grunfeld);
    }

    // ------------------------------------------------------------------ the data file

    @Test
    void missingDataFile(TestInfo info) {
        Path dir = dir(info);
        Path nope = dir.resolve("no-such-file.csv");
        expectFailure(2, List.of("not found", "no-such-file.csv"), estimate(nope, FORMULA));
    }

    @Test
    void emptyDataFile(TestInfo info) {
        Path file = Cli.write(dir(info), "empty.csv", "");
        expectFailure(2, List.of("empty", "empty.csv"), estimate(file, FORMULA));
    }

    @Test
    void headerOnlyDataFile(TestInfo info) {
        Path file = Cli.write(dir(info), "header-only.csv", "firm,year,inv,value,capital\n");
        expectFailure(2, List.of("header-only.csv", "no data rows"), estimate(file, FORMULA));
    }

    @Test
    void missingEntityColumn() {
        List<String> args = estimate(grunfeld, FORMULA);
        replaceOption(args, "--entity", "company");
        expectFailure(2, List.of("entity column 'company'", "firm"), args);
    }

    @Test
    void missingTimeColumn() {
        List<String> args = estimate(grunfeld, FORMULA);
        replaceOption(args, "--time", "yr");
        expectFailure(2, List.of("time column 'yr'", "year"), args);
    }

    @Test
    void nonNumericCellInAUsedVariableNamesLineAndColumn(TestInfo info) {
        // line 5 of the file is firm 1, year 1938; its value cell becomes text
        List<String> lines = new ArrayList<>(grunfeldText.lines().toList());
        assertTrue(lines.get(4).startsWith("1,1938,257.7,2792.2,"), lines.get(4));
        lines.set(4, lines.get(4).replace(",2792.2,", ",2792.2x,"));
        Path file = Cli.write(dir(info), "nonnumeric.csv", String.join("\n", lines) + "\n");
        expectFailure(2, List.of("'value'", "line 5", "2792.2x"), estimate(file, FORMULA));
    }

    @Test
    void nonNumericCellInAnUnusedColumnIsFine(TestInfo info) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = grunfeldText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(',').append(i == 0 ? "note" : "text " + i).append('\n');
        }
        Path file = Cli.write(dir(info), "with-notes.csv", sb.toString());
        Cli.Run run = Cli.run(estimate(file, FORMULA).toArray(String[]::new)).ok();
        assertTrue(run.errLines().isEmpty(), run::describe);
    }

    @Test
    void duplicateEntityPeriodRowsNameTheKeys(TestInfo info) {
        // a second row for firm 3, year 1940
        String extra = grunfeldText.lines().filter(l -> l.startsWith("3,1940,")).findFirst().orElseThrow();
        Path file = Cli.write(dir(info), "duplicates.csv", grunfeldText + extra + "\n");
        expectFailure(2, List.of("duplicate", "firm 3", "year 1940", "202"), estimate(file, FORMULA));
    }

    @Test
    void allMissingVariable(TestInfo info) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = grunfeldText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(',').append(i == 0 ? "rd" : "").append('\n');
        }
        Path file = Cli.write(dir(info), "all-missing.csv", sb.toString());
        expectFailure(2, List.of("'rd'", "missing"), estimate(file, "formula=inv ~ value + capital + rd"));
    }

    // ------------------------------------------------------------------ formula and parameters

    @Test
    void formulaNamingAnUnknownVariable() {
        expectFailure(2, List.of("capitol", "capital"), estimate(grunfeld, "formula=inv ~ value + capitol"));
    }

    @Test
    void formulaSyntaxError() {
        expectFailure(2, List.of("formula"), estimate(grunfeld, "formula=inv ~ value + (capital"));
    }

    @Test
    void formulaWithoutTilde() {
        expectFailure(2, List.of("~"), estimate(grunfeld, "formula=inv value capital"));
    }

    @Test
    void missingFormula() {
        List<String> args = estimate(grunfeld, FORMULA);
        int i = args.indexOf(FORMULA);
        args.remove(i);
        args.remove(i - 1);
        expectFailure(2, List.of("formula", "required"), args);
    }

    @Test
    void unknownEstimatorId() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.set(args.indexOf("panel.fe"), "panel.fx");
        expectFailure(2, List.of("unknown estimator 'panel.fx'", "panel.fe"), args);
    }

    @Test
    void unknownParameter() {
        expectFailure(2, List.of("unknown parameter 'foo'"), estimate(grunfeld, FORMULA, "foo=1"));
    }

    @Test
    void invalidChoiceValue() {
        expectFailure(2, List.of("vcov", "banana"), estimate(grunfeld, FORMULA, "vcov=banana"));
    }

    @Test
    void numberOutOfRange() {
        expectFailure(2, List.of("level", "2"), estimate(grunfeld, FORMULA, "level=2"));
    }

    @Test
    void numberThatIsNotANumber() {
        expectFailure(2, List.of("level", "high"), estimate(grunfeld, FORMULA, "level=high"));
    }

    @Test
    void unknownClusterColumn() {
        expectFailure(2, List.of("cluster", "industry"), estimate(grunfeld, FORMULA, "vcov=cluster", "cluster=industry"));
    }

    @Test
    void parameterSetTwice() {
        expectFailure(2, List.of("vcov", "twice"), estimate(grunfeld, FORMULA, "vcov=cluster", "vcov=robust"));
    }

    @Test
    void everyUsageProblemIsReportedAtOnce() {
        Cli.Run run = Cli.run(estimate(grunfeld, FORMULA, "foo=1", "vcov=banana").toArray(String[]::new))
                .expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        List<String> lines = run.errLines();
        assertEquals(2, lines.size(), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("'foo'")), run::describe);
        assertTrue(lines.stream().anyMatch(l -> l.contains("banana")), run::describe);
    }

    // ------------------------------------------------------------------ estimation problems

    @Test
    void perfectlyCollinearRegressorIsDroppedWithAWarning(TestInfo info) {
        Path file = withDoubledValue(dir(info));
        for (String id : List.of("panel.ols", "panel.fe")) {
            List<String> args = estimate(file, "formula=inv ~ value + capital + value2");
            args.set(1, id);
            Cli.Run run = Cli.run(args.toArray(String[]::new)).ok();
            List<String> err = run.errLines();
            assertEquals(1, err.size(), run::describe);
            assertTrue(err.get(0).contains("warning") && err.get(0).contains("value2"), run::describe);
            JsonObject r = run.json();
            JsonArray warnings = r.getAsJsonArray("warnings");
            assertTrue(warnings.size() >= 1 && contains(warnings, "value2"), run::describe);
            List<String> terms = new ArrayList<>();
            for (JsonElement e : r.getAsJsonArray("coefficients")) {
                terms.add(e.getAsJsonObject().get("term").getAsString());
            }
            assertFalse(terms.contains("value2"), id + ": the dropped term has no coefficient: " + terms);
            assertTrue(terms.containsAll(List.of("value", "capital")), id + ": " + terms);
            // the kept coefficients are those of the model without the collinear copy
            double expected = id.equals("panel.ols") ? 0.11556215636055213 : 0.11012380412071845;
            double b = GrunfeldEndToEndTest.coefficient(r, "value").get("estimate").getAsDouble();
            assertEquals(expected, b, 1e-9 * Math.abs(expected), id + " value coefficient");
        }
    }

    @Test
    void timeInvariantRegressorIsAbsorbedByFixedEffects(TestInfo info) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = grunfeldText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String firm = lines.get(i).substring(0, lines.get(i).indexOf(','));
            sb.append(lines.get(i)).append(',').append(i == 0 ? "size" : Integer.toString(Integer.parseInt(firm) % 3))
                    .append('\n');
        }
        Path file = Cli.write(dir(info), "invariant.csv", sb.toString());
        Cli.Run run = Cli.run(estimate(file, "formula=inv ~ value + capital + size").toArray(String[]::new)).ok();
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("size") && run.err().contains("absorbed"), run::describe);
        assertTrue(contains(run.json().getAsJsonArray("warnings"), "size"), run::describe);
    }

    @Test
    void tooFewObservationsIsAnEstimationFailure(TestInfo info) {
        String few = "firm,year,inv,value,capital\n1,1935,317.6,3078.5,2.8\n1,1936,391.8,4661.7,52.6\n"
                + "2,1935,209.9,1362.4,53.8\n";
        Path file = Cli.write(dir(info), "few.csv", few);
        List<String> args = estimate(file, FORMULA);
        args.set(1, "panel.ols");
        expectFailure(3, List.of("too few observations"), args);
        args.set(1, "panel.fe");
        expectFailure(3, List.of("too few observations"), args);
    }

    // ------------------------------------------------------------------ command-line usage

    @Test
    void unknownCommand() {
        expectFailure(2, List.of("unknown command 'estimat'"), new ArrayList<>(List.of("estimat", "panel.fe")));
    }

    @Test
    void unknownOption() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.add("--fromat");
        args.add("md");
        expectFailure(2, List.of("unknown option '--fromat'"), args);
    }

    @Test
    void unknownOptionWithEqualsForm() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.add("--fromat=md");
        expectFailure(2, List.of("unknown option '--fromat=md'"), args);
    }

    @Test
    void unknownFlagBeforeTheEstimatorIdDoesNotSwallowIt() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.add(1, "--verbose");
        expectFailure(2, List.of("unknown option '--verbose'"), args);
    }

    @Test
    void weightsFileNotFound(TestInfo info) {
        List<String> args = estimate(grunfeld, FORMULA);
        args.add("--weights");
        args.add(dir(info).resolve("W.csv").toString());
        expectFailure(2, List.of("weights file not found", "W.csv"), args);
    }

    @Test
    void outputIntoAFolderThatIsAFile(TestInfo info) {
        Path blocker = Cli.write(dir(info), "blocker", "a file, not a folder");
        List<String> args = estimate(grunfeld, FORMULA);
        args.add("--out");
        args.add(blocker.resolve("result.json").toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new)).expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertEquals(1, run.errLines().size(), run::describe);
        assertTrue(run.err().contains("blocker"), run::describe);
        assertEquals("a file, not a folder", Cli.read(blocker));
    }

    @Test
    void missingDataOption() {
        List<String> args = estimate(grunfeld, FORMULA);
        int i = args.indexOf("--data");
        args.remove(i + 1);
        args.remove(i);
        expectFailure(2, List.of("--data"), args);
    }

    @Test
    void setWithoutEquals() {
        expectFailure(2, List.of("--set", "NAME=VALUE", "vcov"), estimate(grunfeld, FORMULA, "vcov"));
    }

    @Test
    void optionWithoutValue() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.add("--format");
        expectFailure(2, List.of("--format"), args);
    }

    @Test
    void missingEstimatorId() {
        List<String> args = estimate(grunfeld, FORMULA);
        args.remove("panel.fe");
        expectFailure(2, List.of("estimator"), args);
    }

    @Test
    void noArgumentsPrintsUsageOnStandardError() {
        Cli.Run run = Cli.run().expectCode(CommandLine.BAD_INPUT);
        assertTrue(run.out().isEmpty(), run::describe);
        assertTrue(run.err().contains("Usage"), run::describe);
    }

    @Test
    void helpAndVersionGoToStandardOutput() {
        Cli.Run help = Cli.run("help").ok();
        assertTrue(help.out().contains("carbonlab estimate ID --data FILE"), help::describe);
        assertTrue(help.err().isEmpty(), help::describe);
        Cli.Run version = Cli.run("--version").ok();
        assertEquals("carbonlab test", version.out().strip(), version::describe);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Runs {@code args} (with {@code --out} added for estimate) and checks: the exit code, nothing
     * on stdout, exactly one line on stderr that contains every fragment, and no output file.
     */
    private static void expectFailure(int code, List<String> fragments, List<String> args) {
        Path outDir = Cli.freshDir("bad-out");
        List<String> withOut = new ArrayList<>(args);
        if (!args.isEmpty() && args.get(0).equals("estimate")) {
            // right after the command, so that options a test appends stay last
            withOut.add(1, "--out");
            withOut.add(2, outDir.resolve("result.json").toString());
        }
        Cli.Run run = Cli.run(withOut.toArray(String[]::new)).expectCode(code);
        assertTrue(run.out().isEmpty(), () -> "nothing on stdout:\n" + run.describe());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), () -> "exactly one message on stderr:\n" + run.describe());
        String message = lines.get(0);
        assertTrue(message.startsWith("carbonlab: "), () -> "prefixed message:\n" + run.describe());
        for (String f : fragments) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)),
                    () -> "the message names '" + f + "':\n" + run.describe());
        }
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "no stack trace:\n" + run.describe());
        assertEquals(List.of(), Cli.list(outDir), () -> "no output file written:\n" + run.describe());
    }

    private static List<String> estimate(Path data, String... sets) {
        List<String> args = new ArrayList<>(List.of("estimate", "panel.fe", "--data", data.toString(), "--entity", "firm",
                "--time", "year"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return args;
    }

    private static void replaceOption(List<String> args, String option, String value) {
        args.set(args.indexOf(option) + 1, value);
    }

    private static Path dir(TestInfo info) {
        return Cli.freshDir("bad-" + info.getTestMethod().orElseThrow().getName());
    }

    private static Path withDoubledValue(Path dir) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = grunfeldText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            String extra = i == 0 ? "value2" : Double.toString(2 * Double.parseDouble(cells[3]));
            sb.append(lines.get(i)).append(',').append(extra).append('\n');
        }
        assertEquals("value", Arrays.asList(lines.get(0).split(",")).get(3));
        return Cli.write(dir, "collinear.csv", sb.toString());
    }

    private static boolean contains(JsonArray warnings, String fragment) {
        for (JsonElement w : warnings) {
            if (w.getAsString().contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
