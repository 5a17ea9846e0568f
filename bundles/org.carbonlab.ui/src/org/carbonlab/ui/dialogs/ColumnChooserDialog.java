package org.carbonlab.ui.dialogs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Picks several columns (checked, in the dataset's order) for a column-list parameter. */
final class ColumnChooserDialog extends Dialog {
    private final List<String> columns;
    private final List<String> initial;
    private Table table;
    private final List<String> chosen = new ArrayList<>();

    ColumnChooserDialog(Shell parent, List<String> columns, String current) {
        super(parent);
        this.columns = columns;
        this.initial = Arrays.stream(current.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    List<String> chosen() {
        return chosen;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Choose columns");
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 360;
        gd.widthHint = 320;
        table.setLayoutData(gd);
        for (String c : initial) { // chosen ones first, in the order given
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(c);
            item.setChecked(true);
        }
        for (String c : columns) {
            if (!initial.contains(c)) {
                new TableItem(table, SWT.NONE).setText(c);
            }
        }
        return area;
    }

    @Override
    protected void okPressed() {
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                chosen.add(item.getText());
            }
        }
        super.okPressed();
    }
}
