package org.carbonlab.batch;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * The last line of defence of the {@code carbonlab} command: whatever happens, the process ends with a message on
 * standard error and a non-zero exit code when something failed. {@link CommandLine} maps the expected failures
 * (bad input 2, failed estimation 3, internal 1); what escapes it is a Java {@link Error} (the stack or the heap
 * exhausted, a broken plug-in), which Equinox would otherwise swallow and turn into exit code 0. And because
 * {@link PrintStream} hides write errors, standard output is checked at the end: a result lost to a full disk or a
 * closed pipe is a failure too.
 */
final class ExitGuard {

    private ExitGuard() {
    }

    /**
     * Runs the command and returns the exit code to use: the command's own, {@link CommandLine#INTERNAL} for an
     * {@link Error} or any other throwable that escaped it, and {@link CommandLine#INTERNAL} when writing to
     * {@code out} failed although the command succeeded.
     */
    static int run(IntSupplier command, PrintStream out, PrintStream err) {
        int code;
        try {
            code = command.getAsInt();
        } catch (StackOverflowError e) {
            code = fail(err, "internal error: the Java stack overflowed (an input nested too deeply, e.g. a formula "
                    + "with thousands of parentheses?)");
        } catch (OutOfMemoryError e) {
            code = fail(err, "internal error: out of memory (" + e.getMessage() + "); use a smaller input or give "
                    + "Java more memory (-Xmx)");
        } catch (Throwable t) { // an error of any kind must not end as "success"
            code = fail(err, "internal error (please report): " + t);
        }
        // checkError flushes and reports any earlier failed write (PrintStream never throws on write)
        if (out.checkError()) {
            err.println("carbonlab: error: writing the result to standard output failed (disk full, or the reader "
                    + "closed the pipe); the output is incomplete");
            if (code == CommandLine.OK) {
                code = CommandLine.INTERNAL;
            }
        }
        err.flush();
        return code;
    }

    private static int fail(PrintStream err, String message) {
        err.println("carbonlab: " + message);
        return CommandLine.INTERNAL;
    }
}
