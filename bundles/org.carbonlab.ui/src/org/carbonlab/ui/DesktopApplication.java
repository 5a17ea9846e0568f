package org.carbonlab.ui;

import java.nio.file.Path;

import org.carbonlab.core.registry.EstimatorRegistry;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The desktop application ({@code org.carbonlab.ui.application}): opens the CarbonLab window, with the
 * study given as the first non-option argument ({@code carbonlab desktop STUDY}), and runs the event loop
 * until the window is closed.
 */
public final class DesktopApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Display display = Display.getDefault();
        Display.setAppName("CarbonLab");
        CarbonLabWindow window = new CarbonLabWindow(EstimatorRegistry.fromExtensions(), version());
        for (String a : args == null ? new String[0] : args) {
            if (!a.startsWith("-")) {
                window.openInitially(Path.of(a));
                break;
            }
        }
        context.applicationRunning();
        window.setBlockOnOpen(true);
        window.open();
        display.dispose();
        return EXIT_OK;
    }

    @Override
    public void stop() {
        Display d = Display.getDefault();
        if (!d.isDisposed()) {
            d.syncExec(() -> {
                for (var shell : d.getShells()) {
                    shell.close();
                }
            });
        }
    }

    /** CarbonLab's version: the core bundle's, as results record it. */
    public static String version() {
        Bundle b = FrameworkUtil.getBundle(EstimatorRegistry.class);
        return b == null ? "dev" : b.getVersion().toString();
    }
}
