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
        String version = FrameworkUtil.getBundle(BatchApplication.class).getVersion().toString();
        int code = new CommandLine(EstimatorRegistry.fromExtensions(), version, out, err).run(args == null ? new String[0] : args);
        out.flush();
        err.flush();
        // The Equinox launcher turns the returned Integer into the process exit code.
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Nothing to release: a batch run ends when start returns.
    }
}
