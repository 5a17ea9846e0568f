#!/bin/sh
# Benchmark of panel.gmm (not part of the test run): system GMM, two-step (Windmeijer SEs), period dummies,
# y ~ lag(y, 1) + x with GMM-style instruments lag(y, 2:.) and lag(x, 2:.), on seeded panels of T = 8 periods
# (benchmarks/gmm_data.py), all instruments and collapsed.
#
#   benchmarks/gmm.sh [--pgmm] [N ...]     # default N = 500 1000 2000 5000
#
# Prints, per N and instrument set (L instruments):
#   cli_ms   provenance.elapsed_ms of `carbonlab estimate` (estimate() in a fresh JVM: includes class loading and
#            JIT warm-up), median of 3 runs;
#   warm_ms  estimate() in a warm JVM (benchmarks/GmmBench.java on the product's plug-in jars: 20 warm-up runs,
#            median of 7) — the figure comparable to pgmm's, which runs in a warm R session;
#   pgmm_ms  with --pgmm (needs Rscript with plm): system.time of the plm::pgmm call alone on the same file,
#            median of 3, with the ratio pgmm_ms / warm_ms and the largest relative difference of the coefficients.
# Needs a built product (./carbonlab builds it on first use; CARBONLAB_PRODUCT runs an existing one).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out="$root/benchmarks/out"
mkdir -p "$out"
pgmm=0
if [ "${1:-}" = "--pgmm" ]; then pgmm=1; shift; fi
[ $# -gt 0 ] || set -- 500 1000 2000 5000

median3() { printf '%s\n%s\n%s\n' "$1" "$2" "$3" | sort -n | sed -n 2p; }

product="${CARBONLAB_PRODUCT:-$root/releng/org.carbonlab.repository/target/products/org.carbonlab.headless/linux/gtk/x86_64}"
. "$root/.mvn/find-jdk.sh" >/dev/null 2>&1 || true
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
printf '%-6s %-9s %4s %8s %8s %9s %8s %9s\n' "N" "collapse" "L" "cli_ms" "warm_ms" "pgmm_ms" "ratio" "max_rel"
for n in "$@"; do
  data="$out/gmm_${n}x8.csv"
  [ -f "$data" ] || python3 "$root/benchmarks/gmm_data.py" "$n" 8 "$data"
  for collapse in false true; do
    res="$out/gmm_${n}_${collapse}.json"
    times=""
    for rep in 1 2 3; do
      ./carbonlab estimate panel.gmm --data "$data" --entity id --time year \
        --set "formula=y ~ lag(y, 1) + x" --set "gmm=lag(y, 2:.); lag(x, 2:.)" --set iv=none \
        --set transformation=system --set steps=twostep --set effect=twoways --set collapse=$collapse \
        --out "$res" >"$out/gmm.stdout" 2>"$out/gmm.stderr" || { cat "$out/gmm.stderr" >&2; exit 1; }
      times="$times $(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['provenance']['elapsed_ms'])" "$res")"
    done
    cli=$(median3 $times)
    l=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['statistics']['n_instruments'])" "$res")
    ms=$("$java" -cp "$product/plugins/*" "$root/benchmarks/GmmBench.java" "$data" "$collapse" | cut -d' ' -f1)
    if [ $pgmm -eq 1 ]; then
      rcoef="$out/pgmm_${n}_${collapse}.csv"
      rms=$(Rscript --vanilla -e '
        suppressPackageStartupMessages(library(plm))
        a <- commandArgs(TRUE); d <- read.csv(a[1]); col <- a[2] == "true"
        pd <- pdata.frame(d, index = c("id", "year"))
        t <- numeric(3)
        for (r in 1:3) t[r] <- system.time(m <- pgmm(y ~ lag(y, 1) + x | lag(y, 2:99) + lag(x, 2:99), data = pd,
          effect = "twoways", model = "twosteps", transformation = "ld", collapse = col))[["elapsed"]]
        write.csv(data.frame(term = names(coef(m)), b = unname(coef(m))), a[3], row.names = FALSE)
        cat(round(1000 * median(t)))' "$data" "$collapse" "$rcoef" 2>/dev/null)
      rel=$(python3 - "$res" "$rcoef" <<'PY'
import csv, json, sys
r = json.load(open(sys.argv[1]))
mine = {c["term"]: c["estimate"] for c in r["coefficients"]}
worst = 0.0
for row in csv.DictReader(open(sys.argv[2])):
    term = {"lag(y, 1)": "lag(y, 1)", "x": "x"}.get(row["term"])
    if term in mine:
        b = float(row["b"])
        worst = max(worst, abs(mine[term] - b) / abs(b))
print("%.1e" % worst)
PY
)
      ratio=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / max(float(sys.argv[2]), 1)))" "$rms" "$ms")
      printf '%-6s %-9s %4s %8s %8s %9s %8s %9s\n' "$n" "$collapse" "$l" "$cli" "$ms" "$rms" "${ratio}x" "$rel"
    else
      printf '%-6s %-9s %4s %8s %8s %9s %8s %9s\n' "$n" "$collapse" "$l" "$cli" "$ms" "-" "-" "-"
    fi
  done
done
