#!/bin/sh
# Benchmark of local Moran (spatial.moran's LISA) with 999 conditional permutations (not part of the test run):
# seeded uniform points, 6-nearest-neighbour W (row-standardised), timed for each n on all cores.
#
#   benchmarks/moran.sh               # n = 1000 10000
#   benchmarks/moran.sh 50000         # other sizes
#
# Builds the spatial bundle and its test fragment (tests skipped) if their jars are missing, then runs
# org.carbonlab.spatial.benchmark.MoranBenchmark (in the test fragment) on a plain class path.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
core=$(ls bundles/org.carbonlab.core/target/org.carbonlab.core-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
bundle=$(ls bundles/org.carbonlab.spatial/target/org.carbonlab.spatial-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
tests=$(ls tests/org.carbonlab.spatial.tests/target/org.carbonlab.spatial.tests-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$core" ] || [ -z "$bundle" ] || [ -z "$tests" ]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,bundles/org.carbonlab.spatial,tests/org.carbonlab.spatial.tests
  core=$(ls bundles/org.carbonlab.core/target/org.carbonlab.core-*.jar | grep -v sources | head -n 1)
  bundle=$(ls bundles/org.carbonlab.spatial/target/org.carbonlab.spatial-*.jar | grep -v sources | head -n 1)
  tests=$(ls tests/org.carbonlab.spatial.tests/target/org.carbonlab.spatial.tests-*.jar | head -n 1)
fi
math=${COMMONS_MATH_JAR:-$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar}
[ -f "$math" ] || { echo "commons-math3 3.6.1 not found at $math (run ./mvnw verify once, or set COMMONS_MATH_JAR)" >&2; exit 2; }
exec "$JAVA_HOME/bin/java" -cp "$core:$bundle:$tests:$math" org.carbonlab.spatial.benchmark.MoranBenchmark "$@"
