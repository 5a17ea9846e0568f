package org.carbonlab.batch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.carbonlab.core.registry.EstimatorRegistry;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The headless Equinox application behind the {@code carbonlab} command. */
public class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        String[] arguments = args == null ? new String[0] : args;
        // Report charts are drawn off screen with Java2D: a batch run must never look for a display, however the
        // product was launched (the carbonlab script and the product's launcher arguments also say so).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Everything, the registry and version look-up included, runs inside the guard: an Error (stack or heap
        // exhausted) or a failed write to standard output must not end with Equinox's default exit code 0.
        int code = ExitGuard.run(() -> {
            String version = FrameworkUtil.getBundle(BatchApplication.class).getVersion().toString();
            return new CommandLine(EstimatorRegistry.fromExtensions(), version, out, err).run(arguments);
        }, out, err);
        // The Equinox launcher turns the returned Integer into the process exit code.
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Nothing to release: a batch run ends when start returns.
    }
}
