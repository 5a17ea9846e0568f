package org.carbonlab.ui.dialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Chooses an estimator from the registry: a tree grouped by category, and the selected estimator's
 * documentation (description, contributing plug-in, every parameter with its type, default and doc).
 * Third-party estimators appear here like CarbonLab's own.
 */
public final class EstimatorPickerDialog extends TitleAreaDialog {
    private final EstimatorRegistry registry;
    private Tree tree;
    private Text docs;
    private EstimatorDescriptor chosen;

    public EstimatorPickerDialog(Shell parent, EstimatorRegistry registry) {
        super(parent);
        this.registry = registry;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public EstimatorDescriptor chosen() {
        return chosen;
    }

    public Tree tree() {
        return tree;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Add analysis");
        setTitle("Choose an estimator");
        setMessage("Estimators are grouped by category; the documentation of the selected one is shown on the right.");
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 820;
        gd.heightHint = 440;
        sash.setLayoutData(gd);
        tree = new Tree(sash, SWT.BORDER | SWT.SINGLE);
        docs = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        sash.setWeights(new int[] { 35, 65 });
        Map<String, List<EstimatorDescriptor>> byCategory = new LinkedHashMap<>();
        for (EstimatorDescriptor d : registry.all()) {
            byCategory.computeIfAbsent(d.category() == null ? "other" : d.category(), k -> new ArrayList<>()).add(d);
        }
        byCategory.forEach((category, list) -> {
            TreeItem group = new TreeItem(tree, SWT.NONE);
            group.setText(category);
            for (EstimatorDescriptor d : list) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(d.id() + " — " + (d.name() == null ? "" : d.name()));
                item.setData(d);
            }
            group.setExpanded(true);
        });
        tree.addListener(SWT.Selection, e -> select(e.item == null ? null : (EstimatorDescriptor) e.item.getData()));
        tree.addListener(SWT.DefaultSelection, e -> {
            if (chosen != null) {
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Next…", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Selects the estimator with this id (as clicking it would). */
    public void select(String id) {
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() instanceof EstimatorDescriptor d && d.id().equals(id)) {
                    tree.setSelection(item);
                    select(d);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no estimator " + id);
    }

    private void select(EstimatorDescriptor d) {
        chosen = d;
        getButton(IDialogConstants.OK_ID).setEnabled(d != null);
        docs.setText(d == null ? "" : documentation(d));
    }

    /** The documentation shown for an estimator. */
    public static String documentation(EstimatorDescriptor d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.id()).append(" — ").append(d.name()).append("\n");
        sb.append("category ").append(d.category()).append(", version ").append(d.version()).append(", plug-in ")
                .append(d.contributor()).append("\n\n");
        if (d.description() != null) {
            sb.append(d.description().strip()).append("\n\n");
        }
        sb.append("Parameters:\n");
        try {
            for (ParameterSpec s : d.create().parameters().specs()) {
                sb.append("• ").append(s.name()).append(" (").append(s.type().label());
                if (!s.allowedValues().isEmpty()) {
                    sb.append(": ").append(String.join(" | ", s.allowedValues()));
                }
                if (s.defaultValue() != null) {
                    sb.append(", default ").append(s.defaultValue());
                }
                if (s.required()) {
                    sb.append(", required");
                }
                sb.append(")\n    ").append(s.documentation()).append('\n');
            }
        } catch (RuntimeException e) {
            sb.append("(cannot be listed: ").append(e.getMessage()).append(")\n");
        }
        return sb.toString();
    }
}
