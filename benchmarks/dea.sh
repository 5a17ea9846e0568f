#!/bin/sh
# Benchmark of efficiency.dea (not part of the test run): global-frontier super-SBM with one undesirable output
# (CRS, non-oriented) on a seeded synthetic set (3 inputs, 1 good, 1 bad output), timed for each n.
#
#   benchmarks/dea.sh               # n = 500 1000 2000 4000
#   benchmarks/dea.sh 1000 8000     # other sizes
#   benchmarks/dea.sh --csv 4000 F  # write the data set of size 4000 as CSV (for benchmarks/run.sh dea)
#
# Builds the efficiency bundle and its test fragment (tests skipped) if their jars are missing, then runs
# org.carbonlab.efficiency.benchmark.DeaBenchmark (in the test fragment) on a plain class path.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
bundle=$(ls bundles/org.carbonlab.efficiency/target/org.carbonlab.efficiency-*.jar 2>/dev/null | head -n 1 || true)
tests=$(ls tests/org.carbonlab.efficiency.tests/target/org.carbonlab.efficiency.tests-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$bundle" ] || [ -z "$tests" ]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,bundles/org.carbonlab.efficiency,tests/org.carbonlab.efficiency.tests
  bundle=$(ls bundles/org.carbonlab.efficiency/target/org.carbonlab.efficiency-*.jar | head -n 1)
  tests=$(ls tests/org.carbonlab.efficiency.tests/target/org.carbonlab.efficiency.tests-*.jar | head -n 1)
fi
ojalgo=${OJALGO_JAR:-$HOME/.m2/repository/org/ojalgo/ojalgo/57.1.0/ojalgo-57.1.0.jar}
[ -f "$ojalgo" ] || { echo "ojAlgo 57.1.0 not found at $ojalgo (run ./mvnw verify once, or set OJALGO_JAR)" >&2; exit 2; }
# the core bundle: DeaEngine hands its DMUs to the core task runner (org.carbonlab.core.tasks)
core=$(ls bundles/org.carbonlab.core/target/org.carbonlab.core-*.jar | head -n 1)
exec "$JAVA_HOME/bin/java" -cp "$bundle:$tests:$core:$ojalgo" org.carbonlab.efficiency.benchmark.DeaBenchmark "$@"
