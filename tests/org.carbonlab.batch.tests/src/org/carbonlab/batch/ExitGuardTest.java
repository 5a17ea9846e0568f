package org.carbonlab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

import org.carbonlab.core.estimator.Estimator;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.estimator.EstimatorDescriptor;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.registry.EstimatorRegistry;
import org.carbonlab.core.result.Result;
import org.junit.jupiter.api.Test;

/** No failure leaves the command with exit code 0: Java Errors and failed writes to standard output included. */
class ExitGuardTest {

    /** What the guard returned and wrote to standard error. */
    private record Outcome(int code, String err) {
    }

    private static Outcome guard(IntSupplier command, PrintStream out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = ExitGuard.run(command, out, e);
            return new Outcome(code, err.toString(StandardCharsets.UTF_8));
        }
    }

    private static PrintStream healthyOut() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Standard output on a full disk: every write fails. */
    private static PrintStream brokenOut() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void aStackOverflowExitsWithOneAndSaysSo() {
        Outcome o = guard(() -> recurse(0), healthyOut());
        assertEquals(CommandLine.INTERNAL, o.code());
        assertTrue(o.err().startsWith("carbonlab: internal error: the Java stack overflowed"), o.err());
    }

    @Test
    void anOutOfMemoryErrorExitsWithOneAndSaysSo() {
        Outcome o = guard(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, healthyOut());
        assertEquals(CommandLine.INTERNAL, o.code());
        assertTrue(o.err().contains("out of memory (Java heap space)") && o.err().contains("-Xmx"), o.err());
    }

    @Test
    void anyOtherErrorExitsWithOne() {
        Outcome o = guard(() -> {
            throw new LinkageError("a plug-in was built against another version");
        }, healthyOut());
        assertEquals(CommandLine.INTERNAL, o.code());
        assertTrue(o.err().contains("internal error (please report): java.lang.LinkageError: a plug-in"), o.err());
    }

    @Test
    void aFailedWriteToStandardOutputIsAFailure() {
        PrintStream out = brokenOut();
        Outcome o = guard(() -> {
            out.println("{\"the\": \"result\"}");
            return CommandLine.OK;
        }, out);
        assertEquals(CommandLine.INTERNAL, o.code());
        assertTrue(o.err().contains("writing the result to standard output failed"), o.err());
        // a failure code of the command itself is kept
        Outcome bad = guard(() -> {
            out.println("partial");
            return CommandLine.BAD_INPUT;
        }, out);
        assertEquals(CommandLine.BAD_INPUT, bad.code());
    }

    @Test
    void theCommandsOwnCodesPassThrough() {
        assertEquals(new Outcome(0, ""), guard(() -> CommandLine.OK, healthyOut()));
        assertEquals(CommandLine.ESTIMATION_FAILED, guard(() -> CommandLine.ESTIMATION_FAILED, healthyOut()).code());
    }

    @Test
    void anEstimatorThatOverflowsTheStackMakesTheRealCommandExitWithOne() {
        Estimator deep = new Estimator() {
            @Override
            public ParameterSchema parameters() {
                return ParameterSchema.of();
            }

            @Override
            public Result estimate(EstimationContext context) {
                recurse(0);
                return new Result("test.deep");
            }
        };
        EstimatorRegistry registry = new EstimatorRegistry().register(new EstimatorDescriptor("test.deep", "Deep",
                "test", "1.0.0", "recurses without end", "tests", () -> deep));
        Path data = Cli.resource("grunfeld/data.csv");
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int code = ExitGuard.run(() -> new CommandLine(registry, "test", out, err).run(new String[] {"estimate",
            "test.deep", "--data", data.toString()}), out, err);
        String message = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(CommandLine.INTERNAL, code, message);
        assertTrue(message.contains("the Java stack overflowed"), message);
        assertEquals(List.of(), outBytes.toString(StandardCharsets.UTF_8).lines().toList(), "no result printed");
    }
}
