package org.carbonlab.core.tasks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.carbonlab.core.estimator.ProgressMonitor;

/**
 * Runs the tasks on threads of this process: each worker takes the next index, stores its result at that index.
 * Progress is reported and cancellation checked from the calling thread only (monitors need not be thread-safe).
 */
public final class LocalTaskRunner implements TaskRunner {
    public static final LocalTaskRunner INSTANCE = new LocalTaskRunner();

    private LocalTaskRunner() {
    }

    /** Threads for a request: {@code requested}, or every available core when it is 0 or less. */
    public static int threads(long requested) {
        return requested > 0 ? (int) Math.min(requested, Integer.MAX_VALUE)
                : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public <R extends Serializable> List<R> run(String stage, TaskPlan<R> plan, int threads, ProgressMonitor monitor) {
        int size = plan.size();
        @SuppressWarnings("unchecked")
        R[] out = (R[]) new Serializable[size];
        monitor.begin(stage, size);
        if (size == 0) {
            return List.of();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int n = Math.max(1, Math.min(threads(threads), size));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "carbonlab-tasks");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < size && !stop.get(); i = next.getAndIncrement()) {
                        out[i] = plan.run(i);
                        done.incrementAndGet();
                    }
                }));
            }
            int reported = 0;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(50, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        if (monitor.isCanceled()) {
                            stop.set(true);
                            throw new CancellationException("cancelled by the user");
                        }
                        reported = report(monitor, done.get(), reported);
                    }
                }
            }
            report(monitor, done.get(), reported);
            monitor.checkCanceled();
            return Arrays.asList(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            stop.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int report(ProgressMonitor monitor, int now, int reported) {
        if (now > reported) {
            monitor.worked(now - reported);
        }
        return Math.max(now, reported);
    }
}
