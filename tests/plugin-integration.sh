#!/bin/sh
# Plug-in integration test (run by .ci/run after ./mvnw verify): builds the example plug-in outside the reactor
# against the freshly built update site, installs it into a COPY of the built headless product with
# `carbonlab plugins install`, lists and runs it and checks the numbers against its hand-computed reference,
# removes it, and checks that broken plug-ins are named while the other estimators keep working.
# Needs only what the main build left in ~/.m2 (works offline after it).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. ./.mvn/find-jdk.sh
SITE="$ROOT/releng/org.carbonlab.repository/target/repository"
BUILT="$ROOT/releng/org.carbonlab.repository/target/products/org.carbonlab.headless/linux/gtk/x86_64"
WORK="$ROOT/target/plugin-integration"
EXAMPLE="$ROOT/examples/plugin-example"
[ -d "$SITE" ] && [ -d "$BUILT" ] || { echo "plugin-integration: build CarbonLab first (./mvnw verify)" >&2; exit 1; }

fail() { echo "plugin-integration: FAIL: $*" >&2; exit 1; }
step() { echo "plugin-integration: $*"; }

rm -rf "$WORK"
mkdir -p "$WORK"
cp -a "$BUILT" "$WORK/product"
CARBONLAB_PRODUCT="$WORK/product"
export CARBONLAB_PRODUCT
CARBONLAB_JAVA_OPTS=-Xmx1g
export CARBONLAB_JAVA_OPTS

step "building the example plug-in against $SITE"
(cd "$EXAMPLE" && "$ROOT/mvnw" -B -q ${PLUGIN_EXAMPLE_MVN_OPTS:-} clean verify -Dcarbonlab.repository="file:$SITE") \
  || fail "the example plug-in's build failed"
REPO="$EXAMPLE/repository/target/repository"
[ -f "$REPO/content.jar" ] || [ -f "$REPO/content.xml" ] || [ -f "$REPO/content.xml.xz" ] || fail "no p2 repository at $REPO"

step "installing org.example.tapio.feature"
./carbonlab plugins install --repository "$REPO" --feature org.example.tapio.feature || fail "install failed"
./carbonlab plugins list >"$WORK/list.txt"
grep -q '^org.example.tapio.feature ' "$WORK/list.txt" || fail "plugins list does not show the plug-in: $(cat "$WORK/list.txt")"
./carbonlab estimators >"$WORK/estimators.txt" 2>&1 || fail "estimators failed: $(cat "$WORK/estimators.txt")"
grep -q '^example.tapio ' "$WORK/estimators.txt" || fail "example.tapio is not listed"
grep -q '^panel.fe\|^index.entropy' "$WORK/estimators.txt" || fail "the built-in estimators are gone"

step "running example.tapio and checking it against the hand-computed reference"
./carbonlab estimate example.tapio --data "$EXAMPLE/data/tapio.csv" --set emissions=co2 --set gdp=gdp \
  --format csv --out "$WORK/tapio.csv" >"$WORK/estimate.log" 2>&1 || fail "estimate failed: $(cat "$WORK/estimate.log")"
./carbonlab estimate example.tapio --data "$EXAMPLE/data/tapio.csv" --set emissions=co2 --set gdp=gdp \
  --out "$WORK/tapio.json" >>"$WORK/estimate.log" 2>&1 || fail "estimate (json) failed: $(cat "$WORK/estimate.log")"
# The reference (see TapioEstimatorTest): entity, from, to, elasticity, state for all eight Tapio states.
cat >"$WORK/expected.txt" <<'REF'
A 2000 2001 2 expansive negative decoupling
A 2001 2002 -1 strong decoupling
B 2000 2001 0.5 weak decoupling
B 2001 2002 1 recessive coupling
C 2000 2001 -1 strong negative decoupling
C 2001 2002 6.136363636363637 recessive decoupling
D 2000 2001 0.1 weak negative decoupling
D 2001 2002 1 expansive coupling
REF
"$JAVA_HOME/bin/java" "$ROOT/tests/PluginResultCheck.java" "$WORK/tapio.json" "$WORK/expected.txt" \
  || fail "example.tapio's numbers differ from the reference"

step "running a study that uses it"
./carbonlab run "$EXAMPLE/tapio.carbonlab" --out "$WORK/study" >"$WORK/study.log" 2>&1 \
  || fail "the study failed: $(cat "$WORK/study.log")"
"$JAVA_HOME/bin/java" "$ROOT/tests/PluginResultCheck.java" "$WORK/study/decoupling.json" "$WORK/expected.txt" \
  || fail "the study's example.tapio numbers differ from the reference"

step "removing the plug-in"
./carbonlab plugins remove --feature org.example.tapio.feature || fail "remove failed"
./carbonlab plugins list | grep -q '^org.example.tapio.feature ' && fail "the plug-in is still listed after removal"
./carbonlab estimators 2>&1 | grep -q '^example.tapio ' && fail "example.tapio is still listed after removal"
set +e
./carbonlab estimate example.tapio --data "$EXAMPLE/data/tapio.csv" --set emissions=co2 --set gdp=gdp \
  >"$WORK/removed.log" 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "estimate with a removed estimator should exit 2, got $code: $(cat "$WORK/removed.log")"
grep -q "example.tapio" "$WORK/removed.log" && grep -q "org.example.tapio.feature" "$WORK/removed.log" \
  || fail "the error does not name the estimator and its plug-in: $(cat "$WORK/removed.log")"
set +e
./carbonlab run "$EXAMPLE/tapio.carbonlab" --out "$WORK/study-removed" >"$WORK/study-removed.log" 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "a study naming a removed estimator should exit 2, got $code: $(cat "$WORK/study-removed.log")"
grep -q "estimator 'example.tapio' is not installed: it was provided by plug-in org.example.tapio.feature" \
  "$WORK/study-removed.log" || fail "the study's error does not name the plug-in: $(cat "$WORK/study-removed.log")"

step "installing the broken plug-in: it must be reported by name, the rest must keep working"
./carbonlab plugins install --repository "$REPO" --feature org.example.broken.feature || fail "install (broken) failed"
./carbonlab estimators >"$WORK/broken.txt" 2>&1 || fail "estimators fails with a broken plug-in: $(cat "$WORK/broken.txt")"
for id in broken.class broken.parameters; do
  grep -q "warning: estimator '$id' contributed by plug-in org.example.broken is broken" "$WORK/broken.txt" \
    || fail "no warning naming $id: $(cat "$WORK/broken.txt")"
done
grep -q '^index.entropy\|^panel.fe' "$WORK/broken.txt" || fail "the built-in estimators are gone"
set +e
./carbonlab estimate broken.parameters --data "$EXAMPLE/data/tapio.csv" >"$WORK/b1.log" 2>&1; c1=$?
./carbonlab estimate broken.result --data "$EXAMPLE/data/tapio.csv" >"$WORK/b2.log" 2>&1; c2=$?
./carbonlab estimate index.entropy --data "$EXAMPLE/data/tapio.csv" --set indicators=co2,gdp >"$WORK/ok.log" 2>&1; c3=$?
set -e
[ "$c1" = 2 ] && grep -q "broken.parameters" "$WORK/b1.log" && grep -q "org.example.broken" "$WORK/b1.log" || fail "broken.parameters: exit $c1: $(cat "$WORK/b1.log")"
[ "$c2" = 3 ] && grep -q "org.example.broken" "$WORK/b2.log" && grep -q "invalid result" "$WORK/b2.log" \
  || fail "broken.result: exit $c2: $(cat "$WORK/b2.log")"
[ "$c3" = 0 ] || fail "a built-in estimator stopped working next to the broken plug-in: $(cat "$WORK/ok.log")"
./carbonlab plugins remove --feature org.example.broken.feature || fail "remove (broken) failed"

step "PASS"
