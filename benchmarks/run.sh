#!/bin/sh
# Benchmarks of the whole `carbonlab estimate` command (not part of the test run).
#
#   benchmarks/run.sh fe [NxT ...]   # two-way FE, 5 regressors, clustered SE by entity; default 100000x10 10000x100
#   benchmarks/run.sh dea [n ...]    # benchmarks/dea.sh (estimation), then the whole command; default 500 1000 2000 4000
#   benchmarks/run.sh all
#
# The FE data are generated once per size (seeded, benchmarks/fe_data.py) under benchmarks/out (not committed).
# For each size it prints the estimation time (provenance.elapsed_ms of result.json), the wall time of the whole
# command and the peak heap in use after a GC-logged run (-Xlog:gc), plus the process's maximum resident set and its
# CPU time (user + system, all threads: on a shared machine compare it as well as the wall time).
# Needs a built product (./carbonlab builds it on first use). CARBONLAB_THREADS sets -Dcarbonlab.threads.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out="$root/benchmarks/out"
mkdir -p "$out"

fe() {
  [ $# -gt 0 ] || set -- 100000x10 10000x100
  printf '%-12s %12s %10s %10s %14s %12s\n' "N x T" "estimate_ms" "wall_ms" "cpu_ms" "peak_heap_MB" "max_rss_MB"
  for size in "$@"; do
    n=${size%x*}
    t=${size#*x}
    data="$out/fe_${n}x${t}.csv"
    [ -f "$data" ] || python3 "$root/benchmarks/fe_data.py" "$n" "$t" "$data"
    res="$out/fe_${n}x${t}"
    rm -f "$res.json"
    gclog="$out/gc_${n}x${t}.log"
    threads=${CARBONLAB_THREADS:+-Dcarbonlab.threads=$CARBONLAB_THREADS}
    start=$(date +%s%N)
    CARBONLAB_JAVA_OPTS="${CARBONLAB_JAVA_OPTS:--Xmx4g} $threads -Xlog:gc:file=$gclog" \
      /usr/bin/time -f '%M %U %S' -o "$out/rss" ./carbonlab estimate panel.fe --data "$data" --entity id --time year \
      --set "formula=y ~ x1 + x2 + x3 + x4 + x5" --set effect=twoways --set vcov=cluster \
      --out "$res.json" >"$out/fe.stdout" 2>"$out/fe.stderr" || { cat "$out/fe.stderr" >&2; exit 1; }
    end=$(date +%s%N)
    wall=$(( (end - start) / 1000000 ))
    json="$res.json"
    ms=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['provenance']['elapsed_ms'])" "$json")
    # peak heap = largest "before" figure of the GC log (heap in use when a collection started), and the final heap
    heap=$(grep -o '[0-9]*M->[0-9]*M' "$gclog" | sed 's/M->.*//' | sort -n | tail -n 1)
    read -r rss_kb user_s sys_s <"$out/rss"
    rss=$(( rss_kb / 1024 ))
    cpu=$(python3 -c "import sys; print(round((float(sys.argv[1]) + float(sys.argv[2])) * 1000))" "$user_s" "$sys_s")
    printf '%-12s %12s %10s %10s %14s %12s\n' "$size" "$ms" "$wall" "$cpu" "${heap:-0}" "$rss"
  done
}

# DEA: the estimation alone (benchmarks/dea.sh, warm JIT), then the whole command on the same data written as CSV
# (n / 10 entities x 10 years, frontier=global: one reference set of all n DMUs), with the CPU time (user + sys).
dea() {
  [ $# -gt 0 ] || set -- 500 1000 2000 4000
  "$root/benchmarks/dea.sh" "$@"
  printf '%-8s %12s %10s %10s %12s\n' "n" "estimate_ms" "wall_ms" "cpu_s" "max_rss_MB"
  for n in "$@"; do
    data="$out/dea_$n.csv"
    [ -f "$data" ] || "$root/benchmarks/dea.sh" --csv "$n" "$data"
    res="$out/dea_$n.json"
    rm -f "$res"
    start=$(date +%s%N)
    CARBONLAB_JAVA_OPTS="${CARBONLAB_JAVA_OPTS:--Xmx4g}" \
      /usr/bin/time -f '%U %S %M' -o "$out/time" ./carbonlab estimate efficiency.dea --data "$data" --entity id \
      --time year --set inputs=labour,capital,energy --set outputs=gdp --set undesirable=co2 --set super=true \
      --set frontier=global --out "$res" >"$out/dea.stdout" 2>"$out/dea.stderr" || { cat "$out/dea.stderr" >&2; exit 1; }
    end=$(date +%s%N)
    wall=$(( (end - start) / 1000000 ))
    ms=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['provenance']['elapsed_ms'])" "$res")
    cpu=$(awk '{printf "%.2f", $1 + $2}' "$out/time")
    rss=$(( $(awk '{print $3}' "$out/time") / 1024 ))
    printf '%-8s %12s %10s %10s %12s\n' "$n" "$ms" "$wall" "$cpu" "$rss"
  done
}

case "${1:-all}" in
  fe) shift; fe "$@" ;;
  dea) shift; dea "$@" ;;
  all) fe; dea ;;
  *) echo "usage: benchmarks/run.sh fe|dea|all [sizes]" >&2; exit 2 ;;
esac
