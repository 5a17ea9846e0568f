package org.carbonlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.tasks.TaskPlan;
import org.carbonlab.core.tasks.TaskRunner;

/**
 * Runs a {@link TaskPlan} on Spark: the plan (with the data its tasks read, e.g. the DEA reference set) is
 * broadcast once, the task indices are cut into contiguous ranges, one Spark task per range, and the results are
 * collected and put back in task order. Because a task's result depends on its index alone, a task that Spark
 * retries (a lost executor, a failed attempt) gives the same numbers, and so does the whole run: the combination
 * the estimator does afterwards sees exactly what a local run sees.
 */
public final class SparkTaskRunner implements TaskRunner {
    private static final AtomicLong STAGES = new AtomicLong();

    private final JavaSparkContext spark;
    private final int partitionsPerCore;
    private final ProgressLog log;

    /**
     * @param partitionsPerCore Spark tasks per unit of default parallelism (more evens out tasks of unequal cost,
     *                          fewer saves scheduling overhead)
     * @param log               where per-stage progress lines go (null: none)
     */
    public SparkTaskRunner(JavaSparkContext spark, int partitionsPerCore, ProgressLog log) {
        this.spark = spark;
        this.partitionsPerCore = Math.max(1, partitionsPerCore);
        this.log = log;
    }

    /** Per-stage progress lines (e.g. to standard error). */
    @FunctionalInterface
    public interface ProgressLog {
        void line(String text);
    }

    @Override
    public <R extends Serializable> List<R> run(String stage, TaskPlan<R> plan, int threads, ProgressMonitor monitor) {
        int size = plan.size();
        monitor.begin(stage, size);
        if (size == 0) {
            return List.of();
        }
        List<int[]> ranges = ranges(size, Math.min(size, spark.defaultParallelism() * partitionsPerCore));
        String group = "carbonlab-" + STAGES.incrementAndGet();
        spark.setJobGroup(group, stage, true);
        if (log != null) {
            log.line(String.format("carbonlab: spark: %s: %d tasks in %d Spark tasks...", stage, size, ranges.size()));
        }
        Broadcast<TaskPlan<R>> shared = spark.broadcast(plan);
        long started = System.nanoTime();
        try {
            JavaFutureAction<List<Indexed<R>>> job = spark.parallelize(ranges, ranges.size())
                    .flatMap(new RunRange<>(shared)).collectAsync();
            int reported = 0;
            List<Indexed<R>> got;
            while (true) {
                try {
                    got = job.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (monitor.isCanceled()) {
                        spark.cancelJobGroup(group);
                        throw new CancellationException("cancelled by the user");
                    }
                    int done = (int) Math.min(size, (long) completedRanges(group) * size / ranges.size());
                    if (done > reported) {
                        monitor.worked(done - reported);
                        reported = done;
                    }
                }
            }
            if (size > reported) {
                monitor.worked(size - reported);
            }
            @SuppressWarnings("unchecked")
            R[] out = (R[]) new Serializable[size];
            for (Indexed<R> r : got) {
                out[r.index()] = r.value();
            }
            for (int i = 0; i < size; i++) {
                if (out[i] == null) {
                    throw new IllegalStateException("Spark returned no result for task " + i + " of " + stage);
                }
            }
            if (log != null) {
                log.line(String.format("carbonlab: spark: %s: done in %.1f s", stage,
                        (System.nanoTime() - started) / 1e9));
            }
            return Arrays.asList(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spark.cancelJobGroup(group);
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw rethrow(stage, e.getCause());
        } finally {
            spark.clearJobGroup();
            shared.destroy();
        }
    }

    /** Spark tasks finished so far in the job group (progress per stage). */
    private int completedRanges(String group) {
        int done = 0;
        for (int jobId : spark.statusTracker().getJobIdsForGroup(group)) {
            SparkJobInfo job = spark.statusTracker().getJobInfo(jobId);
            if (job == null) {
                continue;
            }
            for (int stageId : job.stageIds()) {
                SparkStageInfo s = spark.statusTracker().getStageInfo(stageId);
                if (s != null) {
                    done += s.numCompletedTasks();
                }
            }
        }
        return done;
    }

    /** The task's own exception when Spark passes it on (its message names the problem), else Spark's. */
    private static RuntimeException rethrow(String stage, Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        return new IllegalStateException("Spark job '" + stage + "' failed: "
                + (cause == null ? "unknown cause" : cause.getMessage()), cause);
    }

    /** Contiguous index ranges [from, to) of about equal length. */
    static List<int[]> ranges(int size, int parts) {
        int p = Math.max(1, Math.min(parts, size));
        List<int[]> out = new ArrayList<>(p);
        for (int k = 0; k < p; k++) {
            int from = (int) ((long) size * k / p);
            int to = (int) ((long) size * (k + 1) / p);
            out.add(new int[] {from, to});
        }
        return out;
    }

    /** One task's result with its index. */
    record Indexed<R extends Serializable>(int index, R value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs the tasks of one index range against the broadcast plan (on an executor). */
    static final class RunRange<R extends Serializable> implements FlatMapFunction<int[], Indexed<R>> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<TaskPlan<R>> plan;

        RunRange(Broadcast<TaskPlan<R>> plan) {
            this.plan = plan;
        }

        @Override
        public Iterator<Indexed<R>> call(int[] range) {
            TaskPlan<R> p = plan.value();
            List<Indexed<R>> out = new ArrayList<>(range[1] - range[0]);
            for (int i = range[0]; i < range[1]; i++) {
                out.add(new Indexed<>(i, p.run(i)));
            }
            return out.iterator();
        }
    }
}
