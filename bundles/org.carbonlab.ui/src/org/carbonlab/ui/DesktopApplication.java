package org.carbonlab.ui;

import java.nio.file.Path;

import org.carbonlab.core.registry.EstimatorRegistry;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The desktop application ({@code org.carbonlab.ui.application}): runs the CarbonLab workbench
 * ({@link CarbonLabWorkbench}) with the study named on the command line ({@code carbonlab desktop STUDY})
 * until its window is closed.
 */
public final class DesktopApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Display display = PlatformUI.createDisplay();
        Display.setAppName("CarbonLab");
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new CarbonLabWorkbench(studyArgument(args)));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The study to open: the first argument that is not an option nor an option's value and names a file. */
    static Path studyArgument(String[] args) {
        if (args == null) {
            return null;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean optionValue = i > 0 && args[i - 1].startsWith("-") && !args[i - 1].contains("=");
            if (!a.startsWith("-") && (!optionValue || a.endsWith(".carbonlab"))) {
                return Path.of(a).toAbsolutePath();
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /** CarbonLab's version: the core bundle's, as results record it. */
    public static String version() {
        Bundle b = FrameworkUtil.getBundle(EstimatorRegistry.class);
        return b == null ? "dev" : b.getVersion().toString();
    }
}
