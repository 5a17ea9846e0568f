#!/bin/sh
# Benchmark of spatial.panel (not part of the test run): N units (seeded uniform points) x T = 10 periods,
# 6-nearest-neighbour W (row-standardised), data from a two-way fixed-effects SDM; the timed call is the whole
# estimator (two-way SDM by ML, analytic SEs, effects with 1,000 simulated draws, LR/Wald tests).
#
#   benchmarks/spatial-panel.sh                 # N = 100 500 1000 3000
#   benchmarks/spatial-panel.sh 50000           # other sizes
#   benchmarks/spatial-panel.sh logdet=lu 500 1000 2000   # force a route (eigen|lu|chebyshev; default auto)
#
# Builds the spatial bundle and its test fragment (tests skipped) if their jars are missing, then runs
# org.carbonlab.spatial.benchmark.SpatialPanelBenchmark (in the test fragment) on a plain class path.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
core=$(ls bundles/org.carbonlab.core/target/org.carbonlab.core-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
model=$(ls bundles/org.carbonlab.model/target/org.carbonlab.model-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
bundle=$(ls bundles/org.carbonlab.spatial/target/org.carbonlab.spatial-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
tests=$(ls tests/org.carbonlab.spatial.tests/target/org.carbonlab.spatial.tests-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$core" ] || [ -z "$model" ] || [ -z "$bundle" ] || [ -z "$tests" ]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,bundles/org.carbonlab.spatial,tests/org.carbonlab.spatial.tests
  core=$(ls bundles/org.carbonlab.core/target/org.carbonlab.core-*.jar | grep -v sources | head -n 1)
  model=$(ls bundles/org.carbonlab.model/target/org.carbonlab.model-*.jar | grep -v sources | head -n 1)
  bundle=$(ls bundles/org.carbonlab.spatial/target/org.carbonlab.spatial-*.jar | grep -v sources | head -n 1)
  tests=$(ls tests/org.carbonlab.spatial.tests/target/org.carbonlab.spatial.tests-*.jar | head -n 1)
fi
m2=${M2_REPO:-$HOME/.m2/repository}
math=$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
ojalgo=$m2/org/ojalgo/ojalgo/57.1.0/ojalgo-57.1.0.jar
# the formula parser's exceptions come from Equinox (on the class path only; no OSGi framework is started)
equinox=$(ls "$m2"/org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*.jar | sort | tail -n 1)
registry=$(ls "$m2"/org/eclipse/platform/org.eclipse.equinox.registry/*/org.eclipse.equinox.registry-*.jar | sort | tail -n 1)
osgi=$(ls "$m2"/org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar | sort | tail -n 1)
for j in "$math" "$ojalgo" "$equinox" "$registry" "$osgi"; do
  [ -f "$j" ] || { echo "$j not found (run ./mvnw verify once)" >&2; exit 2; }
done
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -Xmx4g -cp "$core:$model:$bundle:$tests:$math:$ojalgo:$equinox:$registry:$osgi" \
  org.carbonlab.spatial.benchmark.SpatialPanelBenchmark "$@"
