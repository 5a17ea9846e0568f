package org.carbonlab.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.report.Grid;
import org.carbonlab.core.report.ModelPart;
import org.carbonlab.core.report.PublicationOptions;
import org.carbonlab.core.report.PublicationTable;
import org.carbonlab.core.result.ModelResult;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.carbonlab.model.Analysis;

/**
 * The study step {@value #ID}: a publication table of chosen analyses side by side, whatever their estimators. Each
 * column is {@code analysis[/model][#part]}: a model of a multi-model result by name (an IV's
 * {@code first_stage:x}, a mediation's equations), and for spatial Durbin models the part {@code main} (regressors,
 * rho, lambda) or {@code wx} (the W*x terms, printed in the rows of x). Parameters: {@code columns} (required),
 * {@code labels} and {@code groups} (one per column; groups print a spanning row, e.g. the weight matrix over its Main
 * and Wx columns), {@code caption}, and the publication options {@code parenthesis}, {@code stars}, {@code notes}.
 */
final class CombinedTableStep {
    static final String ID = "study.table";
    private static final Set<String> KNOWN = Set.of("columns", "labels", "groups", "caption",
            PublicationOptions.PARENTHESIS, PublicationOptions.STARS, PublicationOptions.NOTES);

    private CombinedTableStep() {
    }

    static StepOutput run(Analysis a, String name, Map<String, Result> done) {
        StepParameters p = new StepParameters(a, name, KNOWN, Set.of());
        List<String> specs = p.list("columns");
        if (specs.isEmpty()) {
            throw new InputException(p.step() + ": parameter 'columns' is required: the analyses to put side by side, "
                    + "comma-separated, each analysis[/model][#main|#wx]");
        }
        List<String> labels = p.listOfSize("labels", specs.size());
        List<String> groups = p.listOfSize("groups", specs.size());
        PublicationTable table = new PublicationTable().caption(p.optional("caption", name))
                .options(PublicationOptions.parse(p.all().get(PublicationOptions.PARENTHESIS),
                        p.all().get(PublicationOptions.STARS), p.all().get(PublicationOptions.NOTES)));
        List<String> problems = new ArrayList<>();
        boolean anyPart = specs.stream().anyMatch(s -> s.contains("#"));
        for (int i = 0; i < specs.size(); i++) {
            String spec = specs.get(i);
            Resolved r = resolve(spec, done, p.step(), problems);
            if (r == null) {
                continue;
            }
            String label = labels.isEmpty() ? r.defaultLabel(anyPart) : labels.get(i);
            String group = groups.isEmpty() ? (anyPart ? r.analysis() : null) : groups.get(i);
            // the Wx half of a model whose Main half is in the table does not repeat N, R², FE and tests
            boolean footers = r.part() != ModelPart.WX
                    || specs.stream().noneMatch(s -> s.equals(r.withoutPart() + "#main"));
            table.add(new PublicationTable.Column(label, group, r.part().of(r.model()), footers));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Grid grid = table.toGrid();
        Result result = new Result(ID);
        result.parameters().putAll(p.all());
        result.table("table", asTable(grid));
        return new StepOutput(result, List.of(grid));
    }

    /** The printed table as rows of text, so the JSON result holds exactly what the report shows. */
    static ResultTable asTable(Grid grid) {
        ResultTable t = new ResultTable(grid.header());
        for (List<String> row : grid.rows()) {
            t.addRow(row.toArray());
        }
        return t;
    }

    private record Resolved(String analysis, String modelName, ModelPart part, ModelResult model) {
        String withoutPart() {
            return modelName == null ? analysis : analysis + "/" + modelName;
        }

        String defaultLabel(boolean anyPart) {
            if (part == ModelPart.MAIN) {
                return "Main";
            }
            if (part == ModelPart.WX) {
                return "Wx";
            }
            return anyPart || modelName == null ? (modelName == null ? analysis : modelName) : modelName;
        }
    }

    private static Resolved resolve(String spec, Map<String, Result> done, String step, List<String> problems) {
        String rest = spec;
        ModelPart part = ModelPart.ALL;
        int hash = rest.lastIndexOf('#');
        if (hash >= 0) {
            String partText = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
            try {
                part = ModelPart.parse(partText);
            } catch (IllegalArgumentException e) {
                problems.add(step + ": column '" + spec + "': unknown part '" + partText + "'; use #main or #wx");
                return null;
            }
        }
        int slash = rest.indexOf('/');
        String analysis = (slash < 0 ? rest : rest.substring(0, slash)).strip();
        String modelName = slash < 0 ? null : rest.substring(slash + 1).strip();
        Result r = done.get(analysis);
        if (r == null) {
            problems.add(step + ": column '" + spec + "': no analysis '" + analysis + "' ran before this table"
                    + (done.isEmpty() ? "" : " (these did: " + String.join(", ", done.keySet()) + ")"));
            return null;
        }
        ModelResult model = r;
        if (modelName != null) {
            model = r.models().stream().filter(m -> modelName.equals(m.name())).findFirst().orElse(null);
            if (model == null) {
                problems.add(step + ": column '" + spec + "': analysis '" + analysis + "' has no model '" + modelName
                        + "'" + (r.models().isEmpty() ? "; it has only its main model"
                                : "; it has: " + String.join(", ", r.models().stream().map(ModelResult::name).toList())));
                return null;
            }
            // a model inside a result (a first stage, an equation) is fitted on the result's sample
            if (model.statistic("n_obs") == null && r.statistic("n_obs") != null) {
                ModelResult copy = ModelPart.MAIN.of(model);
                copy.coefficients().clear();
                copy.coefficients().addAll(model.coefficients());
                copy.statistic("n_obs", r.statistic("n_obs"));
                model = copy;
            }
        } else if (r.coefficients().isEmpty()) {
            problems.add(step + ": column '" + spec + "': analysis '" + analysis + "' has no coefficients of its own"
                    + (r.models().isEmpty() ? ""
                            : "; choose one of its models: " + String.join(", ",
                                    r.models().stream().map(m -> analysis + "/" + m.name()).toList())));
            return null;
        }
        return new Resolved(analysis, modelName, part, model);
    }
}
