package org.carbonlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The desktop's menus (File, Edit, Study). Study actions act on the current study editor
 * ({@link StudyEditor#current()}), so they work whichever view has the focus; Undo/Redo run the study's
 * EMF command stack and name the edit they undo.
 */
final class DesktopActions {
    private static final List<DesktopActions> INSTANCES = new ArrayList<>();

    private final IWorkbenchWindow window;
    private final List<Action> all = new ArrayList<>();
    private final Action undo;
    private final Action redo;

    DesktopActions(IWorkbenchWindow window) {
        this.window = window;
        undo = onEditor("&Undo@Ctrl+Z", e -> e.document().commands().undo());
        redo = onEditor("&Redo@Ctrl+Y", e -> e.document().commands().redo());
        INSTANCES.add(this);
    }

    void fill(IMenuManager bar, ActionFactory.IWorkbenchAction quit) {
        MenuManager file = new MenuManager("&File", "file");
        file.add(action("&New study", () -> {
            try {
                StudyEditor.openNew(window.getActivePage());
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), "Cannot create a study", e.getMessage());
            }
        }));
        file.add(action("&Open study…@Ctrl+O", this::openWithDialog));
        file.add(onEditor("&Save@Ctrl+S", StudyEditor::save));
        file.add(onEditor("Save &as…", StudyEditor::doSaveAs));
        file.add(onEditor("&Close study", e -> e.getSite().getPage().closeEditor(e, true)));
        file.add(new Separator());
        file.add(quit);
        MenuManager edit = new MenuManager("&Edit", "edit");
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(onEditor("&Delete", StudyEditor::deleteSelection));
        MenuManager study = new MenuManager("&Study", "study");
        study.add(onEditor("&Import data…", StudyEditor::importWithDialog));
        study.add(onEditor("Add &variable", StudyEditor::addVariable));
        study.add(onEditor("Add &weight matrix…", StudyEditor::addWeightMatrixWithDialog));
        study.add(onEditor("Add &analysis…", StudyEditor::addAnalysisWithDialogs));
        study.add(onEditor("Add &output binding", StudyEditor::addOutputBindingToSelected));
        study.add(onEditor("&Edit analysis…", StudyEditor::editSelectedAnalysis));
        study.add(new Separator());
        study.add(onEditor("&Run analysis@F5", StudyEditor::runSelected));
        study.add(onEditor("Run the whole &study@Ctrl+F5", StudyEditor::runWholeStudy));
        study.add(onEditor("Open &recorded result", StudyEditor::openSelectedRecordedResult));
        bar.add(file);
        bar.add(edit);
        bar.add(study);
        update();
    }

    private void openWithDialog() {
        FileDialog d = new FileDialog(window.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.carbonlab", "*.*" });
        String p = d.open();
        if (p != null) {
            try {
                StudyEditor.open(window.getActivePage(), Path.of(p));
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), "Cannot open the study", e.getMessage());
            }
        }
    }

    private Action action(String text, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        all.add(a);
        return a;
    }

    private Action onEditor(String text, Consumer<StudyEditor> run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                StudyEditor e = StudyEditor.current();
                if (e != null) {
                    run.accept(e);
                }
            }
        };
        a.setId("editor");
        all.add(a);
        return a;
    }

    /** Enables the actions for the current editor; Undo/Redo name the edit. */
    static void update() {
        StudyEditor e = StudyEditor.current();
        for (DesktopActions d : INSTANCES) {
            for (Action a : d.all) {
                if ("editor".equals(a.getId())) {
                    a.setEnabled(e != null);
                }
            }
            var stack = e == null ? null : e.document().commands();
            d.undo.setEnabled(stack != null && stack.canUndo());
            d.redo.setEnabled(stack != null && stack.canRedo());
            d.undo.setText("&Undo" + label(stack == null ? null : stack.getUndoCommand()) + "@Ctrl+Z");
            d.redo.setText("&Redo" + label(stack == null ? null : stack.getRedoCommand()) + "@Ctrl+Y");
        }
    }

    private static String label(org.eclipse.emf.common.command.Command c) {
        return c == null || c.getLabel() == null ? "" : " " + c.getLabel().toLowerCase();
    }

    void dispose() {
        INSTANCES.remove(this);
    }

    /** The action with this menu text (without mnemonics and accelerator), for tests. */
    static IAction find(String text) {
        for (DesktopActions d : INSTANCES) {
            for (Action a : d.all) {
                if (a.getText().replace("&", "").replaceFirst("@.*", "").startsWith(text)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("no menu item " + text);
    }
}
