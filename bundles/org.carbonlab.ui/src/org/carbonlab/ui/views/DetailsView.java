package org.carbonlab.ui.views;

import java.util.Objects;

import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.formula.Expression;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.Result;
import org.carbonlab.ui.StudyDocument;
import org.carbonlab.ui.commands.SetFeatureCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Edits the selected object's single-valued attributes, generated from its EMF class: text fields for
 * strings and numbers, combos for enumerations. An edit is committed (as an undoable command) when the
 * field loses focus or Enter is pressed. A variable's derivation is parsed as you type and its error shown
 * in place. Recorded runs and checksums are shown read-only.
 */
public final class DetailsView {
    private final ScrolledComposite scroll;
    private Composite body;
    private StudyDocument document;
    private EObject shown;
    private Label derivationError;
    /** The names a derivation may use (the dataset's columns and the study's variables), or null if unknown. */
    private java.util.function.Supplier<java.util.List<String>> knownNames = () -> null;

    public DetailsView(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        show(null, null);
    }

    public Control control() {
        return scroll;
    }

    /** The error shown under a variable's derivation, or "" (for tests and the status line). */
    public String derivationError() {
        return derivationError == null || derivationError.isDisposed() ? "" : derivationError.getText();
    }

    /** The text field of an attribute of the shown object, or null. */
    public Text field(String attribute) {
        for (Control c : body.getChildren()) {
            if (c instanceof Text t && attribute.equals(c.getData("attribute"))) {
                return t;
            }
        }
        return null;
    }

    public EObject shown() {
        return shown;
    }

    /** Where the names a derivation may use come from (asked once per shown variable). */
    public void setKnownNames(java.util.function.Supplier<java.util.List<String>> names) {
        knownNames = names;
    }

    public void show(StudyDocument doc, EObject object) {
        document = doc;
        shown = object;
        derivationError = null;
        if (body != null) {
            body.dispose();
        }
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        if (object == null) {
            new Label(body, SWT.WRAP).setText("Select an element of the study to see and edit it.");
        } else {
            Label title = new Label(body, SWT.NONE);
            title.setText(object.eClass().getName());
            title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            boolean readOnly = object instanceof Result;
            for (EAttribute a : object.eClass().getEAllAttributes()) {
                if (a.isMany() || a == ModelPackage.Literals.STUDY__SCHEMA_VERSION) {
                    continue;
                }
                addField(object, a, readOnly || a.getName().toLowerCase().contains("sha256"));
            }
            if (object instanceof org.carbonlab.model.Analysis an) {
                StringBuilder sb = new StringBuilder();
                for (org.carbonlab.model.ParameterValue pv : an.getParameters()) {
                    sb.append(pv.getName()).append(" = ").append(pv.getValue()).append('\n');
                }
                addRow("parameters", sb.toString().strip(), true);
                new Label(body, SWT.NONE);
                new Label(body, SWT.WRAP).setText("Change them in the generated dialog: double-click the analysis or Study ▸ Edit analysis…");
            }
            if (object instanceof Result r && !r.getWarnings().isEmpty()) {
                addRow("warnings", String.join("\n", r.getWarnings()), true);
            }
        }
        scroll.setContent(body);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    private void addRow(String name, String value, boolean multi) {
        Label l = new Label(body, SWT.NONE);
        l.setText(name);
        Text t = new Text(body, SWT.BORDER | SWT.READ_ONLY | (multi ? SWT.MULTI | SWT.WRAP : SWT.SINGLE));
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private void addField(EObject object, EAttribute a, boolean readOnly) {
        Label label = new Label(body, SWT.NONE);
        label.setText(a.getName());
        Object value = object.eGet(a);
        EDataType type = a.getEAttributeType();
        if (type instanceof EEnum e && !readOnly) {
            Combo combo = new Combo(body, SWT.READ_ONLY);
            for (EEnumLiteral lit : e.getELiterals()) {
                combo.add(lit.getLiteral());
            }
            combo.setText(value == null ? "" : value.toString());
            combo.setData("attribute", a.getName());
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, ev -> commit(object, a, combo.getText()));
            return;
        }
        boolean multi = a == ModelPackage.Literals.STUDY__DESCRIPTION || a.getName().equals("label")
                || a.getName().equals("summary");
        Text text = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
                | (readOnly ? SWT.READ_ONLY : 0));
        text.setText(value == null ? "" : EcoreUtil.convertToString(type, value));
        text.setData("attribute", a.getName());
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 380;
        if (multi) {
            gd.heightHint = 60;
        }
        text.setLayoutData(gd);
        if (readOnly) {
            return;
        }
        text.addListener(SWT.FocusOut, ev -> commit(object, a, text.getText()));
        text.addListener(SWT.DefaultSelection, ev -> commit(object, a, text.getText()));
        if (a == ModelPackage.Literals.VARIABLE__DERIVATION) {
            new Label(body, SWT.NONE);
            derivationError = new Label(body, SWT.WRAP);
            derivationError.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
            derivationError.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            java.util.List<String> names = knownNames.get();
            text.addListener(SWT.Modify, ev -> {
                derivationError.setText(derivationProblem(text.getText(), names));
                body.layout(true, true);
            });
            derivationError.setText(derivationProblem(text.getText(), names));
        }
    }

    /** The parse error of a derivation in the formula language, or "" when it parses (or is empty). */
    public static String parseError(String derivation) {
        if (derivation == null || derivation.isBlank()) {
            return "";
        }
        try {
            Expression.parse(derivation);
            return "";
        } catch (InputException e) {
            return String.join("\n", e.problems());
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The parse error, else the names the derivation uses that are neither columns nor variables; "" when fine. */
    public static String derivationProblem(String derivation, java.util.List<String> known) {
        String parse = parseError(derivation);
        if (!parse.isEmpty() || known == null || derivation == null || derivation.isBlank()) {
            return parse;
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String used : Expression.parse(derivation).variables()) {
            if (!known.contains(used)) {
                problems.add("unknown column '" + used + "'" + org.carbonlab.core.data.Names.suggest(used, known)
                        .map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
        }
        return String.join("\n", problems);
    }

    private void commit(EObject object, EAttribute a, String text) {
        if (document == null) {
            return;
        }
        Object value;
        try {
            EDataType type = a.getEAttributeType();
            value = text.isEmpty() && type.getInstanceClass() == String.class ? null
                    : text.isEmpty() && !type.getInstanceClass().isPrimitive() ? null
                    : EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            return; // not a value of this type: keep the model as it is
        }
        Object old = object.eGet(a);
        if (Objects.equals(old, value) || (old == null && "".equals(text))) {
            return;
        }
        document.execute(new SetFeatureCommand(object, a, value));
    }
}
