package org.carbonlab.core.inference;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Parallel work over a FIXED partition: the rows of a long column are cut into blocks of {@link #BLOCK_ROWS} (or the
 * caller's fixed count of tasks), whatever the number of threads, and each task writes only its own slot of the
 * output. Callers combine the slots afterwards in index order, so every floating-point sum is taken in the same order
 * and results are bit for bit the same with 1 or 16 threads.
 * <p>
 * The number of threads is the system property {@value #THREADS_PROPERTY} (e.g. {@code -Dcarbonlab.threads=1}),
 * by default the number of available processors.
 */
public final class RowBlocks {

    /** System property naming the number of threads (default: available processors). */
    public static final String THREADS_PROPERTY = "carbonlab.threads";

    /** Rows per block of the fixed partition. */
    public static final int BLOCK_ROWS = 1 << 16;

    private static volatile ForkJoinPool pool;

    private RowBlocks() {
    }

    /** The number of blocks of {@link #BLOCK_ROWS} rows that cover {@code n} rows (at least 1). */
    public static int count(int n) {
        return Math.max(1, (n + BLOCK_ROWS - 1) / BLOCK_ROWS);
    }

    /** First row of block {@code b}. */
    public static int start(int b) {
        return b * BLOCK_ROWS;
    }

    /** One past the last row of block {@code b} of {@code n} rows. */
    public static int end(int b, int n) {
        return (int) Math.min((long) (b + 1) * BLOCK_ROWS, n);
    }

    /** The threads to use: {@value #THREADS_PROPERTY} when set to a positive number, else the processors. */
    public static int threads() {
        String v = System.getProperty(THREADS_PROPERTY);
        if (v != null) {
            try {
                int t = Integer.parseInt(v.trim());
                if (t > 0) {
                    return t;
                }
            } catch (NumberFormatException e) {
                // fall through to the default: a bad value must not stop an estimation
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} once for every index 0..tasks-1, on up to {@link #threads()} threads. The tasks must be
     * independent (each writes its own output slot); an exception of a task is rethrown.
     */
    public static void forEach(int tasks, IntConsumer task) {
        int threads = Math.min(threads(), tasks);
        if (threads <= 1) {
            for (int b = 0; b < tasks; b++) {
                task.accept(b);
            }
            return;
        }
        try {
            pool(threads).submit(() -> IntStream.range(0, tasks).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A pool of daemon threads of the given parallelism, kept while that parallelism is asked for. */
    private static ForkJoinPool pool(int threads) {
        ForkJoinPool p = pool;
        if (p == null || p.getParallelism() != threads) {
            synchronized (RowBlocks.class) {
                p = pool;
                if (p == null || p.getParallelism() != threads) {
                    // the old pool is not shut down (a caller may still be submitting to it): its idle workers end
                    // by themselves; worker threads are daemons, so they never keep the JVM alive
                    p = new ForkJoinPool(threads);
                    pool = p;
                }
            }
        }
        return p;
    }
}
