package org.carbonlab.panel.estimators;

import java.util.ArrayList;
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
import java.util.function.IntFunction;

import org.carbonlab.core.estimator.ProgressMonitor;

/**
 * Runs independent draws 0..reps−1 on several threads. Each draw's result is stored at its index and each draw's
 * random stream depends on its index only (the caller's {@code draw} uses {@code DrawStreams.of(seed, index)}), so
 * the results do not depend on the number of threads. Progress is reported and cancellation checked from the
 * calling thread only (monitors need not be thread-safe).
 */
final class ParallelDraws {

    private ParallelDraws() {
    }

    /** Threads to use: the {@code threads} parameter, or every available core when it is 0. */
    static int threads(long requested) {
        return requested > 0 ? (int) requested : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static double[][] run(int reps, int threads, ProgressMonitor monitor, String task, IntFunction<double[]> draw) {
        double[][] out = new double[reps][];
        monitor.begin(task, reps);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int n = Math.max(1, Math.min(threads, reps));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "carbonlab-placebo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                futures.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < reps && !stop.get(); b = next.getAndIncrement()) {
                        out[b] = draw.apply(b);
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
                        int now = done.get();
                        if (now > reported) {
                            monitor.worked(now - reported);
                            reported = now;
                        }
                    }
                }
            }
            int now = done.get();
            if (now > reported) {
                monitor.worked(now - reported);
            }
            monitor.checkCanceled();
            return out;
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
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
