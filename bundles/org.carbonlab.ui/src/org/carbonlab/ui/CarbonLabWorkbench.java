package org.carbonlab.ui;

import java.nio.file.Path;

import org.carbonlab.ui.parts.CarbonLabPerspective;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The desktop's workbench: one window with the "CarbonLab" perspective and the File/Edit/Study menus; the
 * study given on the command line (or a new one) opens in a study editor. The layout is not restored from an
 * earlier session, so every start looks the same.
 */
public class CarbonLabWorkbench extends WorkbenchAdvisor {
    private final Path initialStudy;

    /** @param initialStudy the study to open at start-up, or null for a new one */
    public CarbonLabWorkbench(Path initialStudy) {
        this.initialStudy = initialStudy;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CarbonLabPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setInitialSize(new Point(1280, 800));
                c.setTitle("CarbonLab");
                c.setShowCoolBar(false);
                c.setShowStatusLine(false);
                c.setShowPerspectiveBar(false);
                c.setShowProgressIndicator(false);
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
                return new Menus(abc);
            }

            @Override
            public void postWindowOpen() {
                IWorkbenchWindow window = getWindowConfigurer().getWindow();
                try {
                    if (initialStudy != null) {
                        StudyEditor.open(window.getActivePage(), initialStudy);
                    } else {
                        StudyEditor.openNew(window.getActivePage());
                    }
                } catch (PartInitException e) {
                    MessageDialog.openError(window.getShell(), "Cannot open the study", e.getMessage());
                    try {
                        StudyEditor.openNew(window.getActivePage());
                    } catch (PartInitException again) {
                        throw new IllegalStateException(again);
                    }
                }
            }
        };
    }

    /** The menu bar: {@link DesktopActions}, with the workbench's own Exit (which asks to save dirty studies). */
    private static final class Menus extends ActionBarAdvisor {
        private DesktopActions actions;
        private ActionFactory.IWorkbenchAction quit;

        Menus(IActionBarConfigurer configurer) {
            super(configurer);
        }

        @Override
        protected void makeActions(IWorkbenchWindow window) {
            actions = new DesktopActions(window);
            quit = ActionFactory.QUIT.create(window);
            register(quit);
        }

        @Override
        protected void fillMenuBar(IMenuManager menuBar) {
            actions.fill(menuBar, quit);
        }

        @Override
        public void dispose() {
            actions.dispose();
            super.dispose();
        }
    }
}
