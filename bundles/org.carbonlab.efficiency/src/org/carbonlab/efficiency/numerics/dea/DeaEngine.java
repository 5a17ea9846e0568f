package org.carbonlab.efficiency.numerics.dea;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.tasks.TaskRunners;

/**
 * Runs a {@link DeaSolver} over many DMUs in parallel: one task per DMU of a {@link DeaTaskPlan}, handed to the
 * {@link TaskRunners#current() task runner} (threads of this process, every core; or a Spark cluster). Each DMU's
 * result is stored at its own index, so results do not depend on scheduling. Data are scaled here: each variable is
 * divided by its mean (SBM, DDF and radial scores are unit-invariant); slacks are returned in the original units.
 */
public final class DeaEngine {

    private DeaEngine() {
    }

    /**
     * @param x         inputs x[i][j] in original units
     * @param refs      refs[o] = the reference set of DMU o (indices into the data, containing o)
     * @param progress  called with the number of DMUs finished since the last call (from the calling thread), or null
     * @param cancelled polled by the calling thread while DMUs are solved; when true the run stops with a
     *                  {@link CancellationException}
     */
    public static DmuSolution[] run(DeaSpec spec, double[][] x, double[][] g, double[][] b, int[][] refs,
            IntConsumer progress, BooleanSupplier cancelled) {
        return run(spec, x, g, b, refs, progress, cancelled, DeaSolver.COLUMN_GENERATION_MIN);
    }

    /** As above; SBM reference sets of at least {@code columnGenerationMin} DMUs use column generation. */
    public static DmuSolution[] run(DeaSpec spec, double[][] x, double[][] g, double[][] b, int[][] refs,
            IntConsumer progress, BooleanSupplier cancelled, int columnGenerationMin) {
        double[] mx = means(x);
        double[] mg = means(g);
        double[] mb = means(b);
        DeaTaskPlan plan = new DeaTaskPlan(spec, scale(x, mx), scale(g, mg), scale(b, mb), mx, mg, mb, refs,
                columnGenerationMin);
        List<DmuSolution> solved = TaskRunners.current().run("DEA programs: " + refs.length + " DMUs", plan, 0,
                new Progress(progress, cancelled));
        return solved.toArray(DmuSolution[]::new);
    }

    /** The caller's progress callback and cancellation poll as a monitor (called from the calling thread). */
    private record Progress(IntConsumer progress, BooleanSupplier cancelled) implements ProgressMonitor {
        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units) {
            if (progress != null) {
                progress.accept(units);
            }
        }

        @Override
        public boolean isCanceled() {
            return cancelled != null && cancelled.getAsBoolean();
        }
    }

    static double[] means(double[][] v) {
        double[] m = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (double d : v[i]) {
                s += d;
            }
            s /= v[i].length;
            m[i] = s > 0 ? s : 1.0;
        }
        return m;
    }

    static double[][] scale(double[][] v, double[] m) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = new double[v[i].length];
            for (int j = 0; j < v[i].length; j++) {
                out[i][j] = v[i][j] / m[i];
            }
        }
        return out;
    }

    static DmuSolution unscale(DmuSolution s, double[] mx, double[] mg, double[] mb) {
        return new DmuSolution(s.score(), s.state(), s.intensities(), mul(s.slackX(), mx), mul(s.slackG(), mg),
                mul(s.slackB(), mb), s.superScore(), s.superStatus());
    }

    private static double[] mul(double[] a, double[] m) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * m[i];
        }
        return out;
    }
}
