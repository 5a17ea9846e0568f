package org.carbonlab.ui.dialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.study.SampleSelection;
import org.carbonlab.model.persistence.StudyNames;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The dialog of an analysis, generated from its estimator's {@link ParameterSchema}: one field per
 * parameter by type (choices and booleans as lists with the default marked, columns as combos of the
 * dataset's columns, column lists with a chooser, prefix parameters as {@code key = value} lines, text
 * for the rest), the documentation under each field, and the schema's validation as you type (every
 * problem listed, OK disabled until there is none). "Check against data" runs the estimator's own
 * {@code validate} on the dataset. No estimator needs UI code of its own.
 */
public final class ParameterDialog extends TitleAreaDialog {
    /** What the dialog produces. */
    public record Request(String name, String dataset, String weightMatrix, Map<String, String> parameters) {
    }

    private final EstimatorDescriptor descriptor;
    private final ParameterSchema schema;
    private final boolean usesWeights;
    private final List<String> columns;
    private final List<String> datasets;
    private final List<String> weightMatrices;
    private final Set<String> takenNames;
    private final Request initial;
    private final Function<Request, List<String>> dataCheck;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private Text name;
    private Combo dataset;
    private Combo weights;
    private Text problems;
    private Request request;

    /**
     * @param columns    the dataset's columns and the study's variables, for column pickers
     * @param takenNames names of the other analyses (names must be unique)
     * @param initial    the values to start from (editing an analysis), or null
     * @param dataCheck  runs the estimator's validate() on the data: the problems, empty when fine
     */
    public ParameterDialog(Shell parent, EstimatorDescriptor descriptor, List<String> columns, List<String> datasets,
            List<String> weightMatrices, Set<String> takenNames, Request initial,
            Function<Request, List<String>> dataCheck) {
        super(parent);
        this.descriptor = descriptor;
        var estimator = descriptor.create();
        this.schema = estimator.parameters();
        this.usesWeights = estimator.weightsUse() != org.carbonlab.core.estimator.WeightsUse.NONE;
        this.columns = columns;
        this.datasets = datasets;
        this.weightMatrices = weightMatrices;
        this.takenNames = takenNames;
        this.initial = initial;
        this.dataCheck = dataCheck;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The accepted values (after OK), else null. */
    public Request request() {
        return request;
    }

    /** The field of a parameter (a Text or a Combo), for tests and tools. */
    public Control field(String parameter) {
        return fields.get(parameter);
    }

    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    public Text nameField() {
        return name;
    }

    /** The problems listed under the form ("" when the parameters are valid). */
    public String problemsText() {
        return problems.getText();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText((initial == null ? "Add analysis: " : "Edit analysis: ") + descriptor.id());
        setTitle(descriptor.name() + " (" + descriptor.id() + ")");
        setMessage(descriptor.description() == null ? "" : firstSentence(descriptor.description()));
        Composite area = (Composite) super.createDialogArea(parent);
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL);
        GridData sgd = new GridData(SWT.FILL, SWT.FILL, true, true);
        sgd.heightHint = 460;
        sgd.widthHint = 760;
        scroll.setLayoutData(sgd);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(3, false));

        name = row(form, "analysis name *", "Names the result file; letters, digits, '_', '.', '-'.",
                f -> new Text(f, SWT.BORDER), false);
        name.setText(initial != null ? initial.name() : uniqueName(descriptor.id().replaceAll("^.*\\.", "")));
        name.addListener(SWT.Modify, e -> validate());
        if (datasets.size() > 1) {
            dataset = row(form, "dataset", "The dataset the analysis runs on.", f -> new Combo(f, SWT.READ_ONLY), false);
            datasets.forEach(dataset::add);
            dataset.setText(initial != null && initial.dataset() != null ? initial.dataset() : datasets.get(0));
        }
        if (usesWeights) {
            weights = row(form, "weight matrix", "The spatial weight matrix of the study the estimator uses.",
                    f -> new Combo(f, SWT.READ_ONLY), false);
            weights.add("");
            weightMatrices.forEach(weights::add);
            weights.setText(initial != null && initial.weightMatrix() != null ? initial.weightMatrix()
                    : weightMatrices.isEmpty() ? "" : weightMatrices.get(0));
        }
        for (ParameterSpec s : specs()) {
            Control c = row(form, s.name() + (s.required() ? " *" : ""), docOf(s), f -> createField(f, s),
                    s.type() == ParameterType.COLUMN_LIST && !s.isPrefix());
            fields.put(s.name(), c);
            c.addListener(SWT.Modify, e -> validate());
            c.addListener(SWT.Selection, e -> validate());
        }
        if (initial != null) {
            fill(initial.parameters());
        }
        scroll.setContent(form);
        scroll.setMinSize(form.computeSize(760, SWT.DEFAULT));

        problems = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        GridData pgd = new GridData(SWT.FILL, SWT.FILL, true, false);
        pgd.heightHint = 70;
        problems.setLayoutData(pgd);
        return area;
    }

    private Control createField(Composite form, ParameterSpec s) {
        if (s.isPrefix()) {
            Text t = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
            t.setMessage(s.keyPrefix() + "NAME = value, one per line");
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.heightHint = 54;
            t.setLayoutData(gd);
            return t;
        }
        switch (s.type()) {
            case CHOICE:
            case BOOLEAN: {
                Combo c = new Combo(form, SWT.READ_ONLY);
                c.add(s.defaultValue() == null ? "" : "(default: " + s.defaultValue() + ")");
                for (String v : s.type() == ParameterType.BOOLEAN ? List.of("true", "false") : s.allowedValues()) {
                    c.add(v);
                }
                c.select(0);
                return c;
            }
            case COLUMN: {
                Combo c = new Combo(form, SWT.DROP_DOWN);
                columns.forEach(c::add);
                if (s.defaultValue() != null) {
                    c.setText("");
                }
                return c;
            }
            default: {
                Text t = new Text(form, SWT.BORDER);
                if (s.defaultValue() != null) {
                    t.setMessage("default: " + s.defaultValue());
                } else if (s.type() == ParameterType.FORMULA) {
                    t.setMessage("y ~ x1 + x2");
                }
                return t;
            }
        }
    }

    /** One row of the form: label, field (made after the label), a column chooser where useful, the doc below. */
    private <C extends Control> C row(Composite form, String label, String doc, Function<Composite, C> make,
            boolean columnChooser) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        C field = make.apply(form);
        if (field.getLayoutData() == null) {
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        field.setToolTipText(doc);
        if (columnChooser && field instanceof Text t) {
            Button pick = new Button(form, SWT.PUSH);
            pick.setText("Columns…");
            pick.addListener(SWT.Selection, e -> chooseColumns(t));
        } else {
            new Label(form, SWT.NONE);
        }
        new Label(form, SWT.NONE);
        Label d = new Label(form, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 560;
        d.setLayoutData(gd);
        d.setText(doc);
        d.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        return field;
    }

    private void chooseColumns(Text target) {
        ColumnChooserDialog d = new ColumnChooserDialog(getShell(), columns, target.getText());
        if (d.open() == OK) {
            target.setText(String.join(",", d.chosen()));
        }
    }

    private static String docOf(ParameterSpec s) {
        StringBuilder sb = new StringBuilder(s.documentation() == null ? "" : s.documentation());
        sb.append(" [").append(s.type().label());
        if (s.min() != null || s.max() != null) {
            sb.append(", ").append(s.min() == null ? "" : fmt(s.min())).append("…").append(s.max() == null ? "" : fmt(s.max()));
        }
        if (s.defaultValue() != null) {
            sb.append(", default ").append(s.defaultValue());
        }
        return sb.append(']').toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String firstSentence(String s) {
        String t = s.strip();
        int dot = t.indexOf(". ");
        return dot > 0 && dot < 200 ? t.substring(0, dot + 1) : t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    private String uniqueName(String base) {
        String n = base;
        for (int i = 2; takenNames.contains(n); i++) {
            n = base + i;
        }
        return n;
    }

    /** The estimator's parameters and the common ones every analysis takes (subset, period_range). */
    private List<ParameterSpec> specs() {
        List<ParameterSpec> all = new ArrayList<>(schema.specs());
        all.addAll(SampleSelection.parameterSpecs(schema));
        return all;
    }

    /** Puts parameter values into the fields (prefix keys gathered into their field). */
    public void fill(Map<String, String> values) {
        Map<String, StringBuilder> prefixLines = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Control c = fields.get(e.getKey());
            if (c != null) {
                setValue(c, e.getValue());
                continue;
            }
            schema.spec(e.getKey()).filter(ParameterSpec::isPrefix).ifPresent(s -> prefixLines
                    .computeIfAbsent(s.name(), k -> new StringBuilder())
                    .append(e.getKey().substring(s.keyPrefix().length())).append(" = ").append(e.getValue()).append('\n'));
        }
        prefixLines.forEach((n, sb) -> ((Text) fields.get(n)).setText(sb.toString().strip()));
        validate();
    }

    private static void setValue(Control c, String v) {
        if (c instanceof Text t) {
            t.setText(v == null ? "" : v);
        } else if (c instanceof Combo combo) {
            int i = combo.indexOf(v == null ? "" : v);
            if ((combo.getStyle() & SWT.READ_ONLY) != 0) {
                combo.select(i < 0 ? 0 : i);
            } else {
                combo.setText(v == null ? "" : v);
            }
        }
    }

    /** The parameters as typed: empty fields and defaults left out, prefix lines expanded. */
    public Map<String, String> rawParameters() {
        Map<String, String> raw = new LinkedHashMap<>();
        for (ParameterSpec s : specs()) {
            Control c = fields.get(s.name());
            if (s.isPrefix()) {
                for (String line : ((Text) c).getText().split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int eq = line.indexOf('=');
                    String key = (eq < 0 ? line : line.substring(0, eq)).strip();
                    if (key.startsWith(s.keyPrefix())) {
                        key = key.substring(s.keyPrefix().length());
                    }
                    raw.put(s.keyPrefix() + key, eq < 0 ? "" : line.substring(eq + 1).strip());
                }
                continue;
            }
            String v;
            if (c instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) != 0) {
                v = combo.getSelectionIndex() <= 0 ? "" : combo.getText();
            } else if (c instanceof Combo combo) {
                v = combo.getText().strip();
            } else {
                v = ((Text) c).getText().strip();
            }
            if (!v.isEmpty()) {
                raw.put(s.name(), v);
            }
        }
        return raw;
    }

    private Request current() {
        return new Request(name.getText().strip(), dataset == null ? (datasets.isEmpty() ? null : datasets.get(0)) : dataset.getText(),
                weights == null || weights.getText().isEmpty() ? null : weights.getText(), rawParameters());
    }

    /** The schema's problems with what is typed now (and the name's), as the command line would report them. */
    public List<String> schemaProblems() {
        List<String> list = new ArrayList<>();
        String n = name.getText().strip();
        if (n.isEmpty()) {
            list.add("the analysis needs a name");
        } else if (!StudyNames.isSafe(n)) {
            list.add("analysis name '" + n + "': " + StudyNames.RULE);
        } else if (takenNames.contains(n) && (initial == null || !n.equals(initial.name()))) {
            list.add("another analysis is already named '" + n + "'");
        }
        try {
            Map<String, String> raw = new LinkedHashMap<>(rawParameters());
            SampleSelection.take(raw, schema); // the common parameters, as the runner takes them
            schema.resolve(raw);
        } catch (InputException e) {
            list.addAll(e.problems());
        }
        return list;
    }

    private void validate() {
        if (problems == null || problems.isDisposed()) {
            return;
        }
        List<String> list = schemaProblems();
        problems.setText(String.join("\n", list));
        if (list.isEmpty()) {
            setErrorMessage(null);
            setMessage("Ready: OK adds the analysis; \"Check against data\" runs the estimator's own checks.",
                    IMessageProvider.INFORMATION);
        } else {
            setErrorMessage(list.get(0) + (list.size() > 1 ? " (and " + (list.size() - 1) + " more below)" : ""));
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(list.isEmpty());
        }
    }

    static final int CHECK_ID = IDialogConstants.CLIENT_ID + 1;

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CHECK_ID, "Check against data", false);
        createButton(parent, IDialogConstants.OK_ID, initial == null ? "Add" : "Apply", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == CHECK_ID) {
            checkAgainstData();
            return;
        }
        super.buttonPressed(id);
    }

    /** Runs the estimator's validate() on the data and lists its problems; true if there are none. */
    public boolean checkAgainstData() {
        if (!schemaProblems().isEmpty()) {
            validate();
            return false;
        }
        List<String> found = dataCheck.apply(current());
        if (found.isEmpty()) {
            problems.setText("");
            setErrorMessage(null);
            setMessage("The data pass the estimator's checks.", IMessageProvider.INFORMATION);
            return true;
        }
        problems.setText(String.join("\n", found));
        setErrorMessage(found.get(0) + (found.size() > 1 ? " (and " + (found.size() - 1) + " more below)" : ""));
        return false;
    }

    @Override
    protected void okPressed() {
        if (!schemaProblems().isEmpty()) {
            validate();
            return;
        }
        request = current();
        super.okPressed();
    }
}
