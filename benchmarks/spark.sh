#!/bin/sh
# Benchmark of the Spark runner (not part of the test run): global-frontier super-SBM with an undesirable output at
# the given sizes and placebo draws, each run in one JVM with the local task runner and with Spark in local mode,
# on 1 and then 2 cores (the JVM sees C processors: -XX:ActiveProcessorCount=C; Spark runs local[C]).
#
#   benchmarks/spark.sh                        # n = 20000, 10000 placebo draws
#   benchmarks/spark.sh 20000 100000           # other DEA sizes
#   PLACEBO=2000 CORES="2" benchmarks/spark.sh 5000
#
# Prints per case the wall time of the whole estimate in process and provenance.elapsed_ms, for local and Spark,
# and whether the two results are identical. The DEA data are benchmarks/dea.sh --csv N (the same seeded sets as
# benchmarks/dea.sh and run.sh dea), written once under benchmarks/out. Builds the Spark runner and its test
# classes if missing (./carbonlab spark builds the same jar).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
[ $# -gt 0 ] || set -- 20000
out="$root/benchmarks/out"
mkdir -p "$out"
target="$root/spark/org.carbonlab.spark/target"
if [ ! -f "$target/carbonlab-spark.jar" ] || [ ! -d "$target/test-classes" ] || [ ! -f "$target/spark-classpath.txt" ]; then
  ./mvnw -B -q -o verify -DskipTests -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,bundles/org.carbonlab.panel,bundles/org.carbonlab.emissions,bundles/org.carbonlab.integration,bundles/org.carbonlab.efficiency,bundles/org.carbonlab.spatial,bundles/org.carbonlab.stats,bundles/org.carbonlab.batch,spark/org.carbonlab.spark
fi
deas=""
for n in "$@"; do
  data="$out/dea_$n.csv"
  [ -f "$data" ] || "$root/benchmarks/dea.sh" --csv "$n" "$data"
  deas="$deas --dea $data"
done
# What Spark's launcher opens on Java 17+ (as ./carbonlab spark does).
opens=$(sed -n '/^SPARK_JAVA_OPTS=/,/"$/p' "$root/carbonlab" | sed 's/^SPARK_JAVA_OPTS="//; s/"$//; s/\\$//' | tr '\n' ' ')
for cores in ${CORES:-1 2}; do
  echo "== $cores core(s)"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount="$cores" $opens -Xmx6g -Djava.awt.headless=true \
    -Dcarbonlab.test.dir="$out" \
    -cp "$target/test-classes:$target/carbonlab-spark.jar:$(cat "$target/spark-classpath.txt")" \
    org.carbonlab.spark.SparkBenchmark --cores "$cores" $deas --placebo "${PLACEBO:-10000}" 2>"$out/spark-$cores.log"
done
