package org.carbonlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.carbonlab.core.estimator.ProgressMonitor;
import org.carbonlab.core.inference.DrawStreams;
import org.carbonlab.core.tasks.LocalTaskRunner;
import org.carbonlab.core.tasks.TaskPlan;
import org.junit.jupiter.api.Test;

/** The runner itself: ranges, order of results, equality with the local runner. */
class SparkTaskRunnerTest {

    /** Draw i: the mean of 100 uniforms of DrawStreams.of(seed, i). */
    record Means(long seed, int size) implements TaskPlan<Double> {
        @Override
        public Double run(int index) {
            SplittableRandom r = DrawStreams.of(seed, index);
            double s = 0;
            for (int k = 0; k < 100; k++) {
                s += r.nextDouble();
            }
            return s / 100;
        }
    }

    @Test
    void rangesCoverEveryIndexOnceInOrder() {
        List<int[]> r = SparkTaskRunner.ranges(10, 3);
        assertEquals(3, r.size());
        assertEquals(0, r.get(0)[0]);
        assertEquals(10, r.get(2)[1]);
        for (int k = 1; k < r.size(); k++) {
            assertEquals(r.get(k - 1)[1], r.get(k)[0]);
        }
        assertEquals(1, SparkTaskRunner.ranges(1, 8).size());
    }

    @Test
    void distributedResultsEqualLocalOnesInTaskOrder() {
        Means plan = new Means(99L, 257);
        List<Double> local = LocalTaskRunner.INSTANCE.run("means", plan, 2, ProgressMonitor.NULL);
        List<Double> spark = LocalSpark.runner().run("means", plan, 0, ProgressMonitor.NULL);
        assertEquals(local, spark);
    }
}
