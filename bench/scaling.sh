#!/usr/bin/env bash
# Discovery over HTTPS against an ECS holding 1k, 10k, 100k registrations (in-memory store): latency, throughput,
# heap in use after a full GC, and RSS, at each size. The ECS is the benchmark build (bench/build.sh ecs-bench)
# started with edgeauth.bench.seed-registrations=N: it fills its store at start with N synthetic registrations
# (ecs bench/SyntheticRegistrations: 20 candidate EESs per EAS id at every size, one or two covering the UE), so
# no 100k certificates are needed. USERS real load-test EESs (own certificates and tokens, kept-alive connections,
# load-test DiscoveryScalingSimulation) ask for a random seeded EAS id and UE tracking area:
#   paced        RATE requests/s in total for SECONDS: p50/p95/p99 below saturation
#   closed loop  each EES asks again as soon as answered, for SECONDS: throughput (and its latencies)
# after WARMUP seconds of closed loop that are not counted.
#   bench/scaling.sh [SIZE...]     (default 1000 10000 100000)
#   env: SCALING_USERS=8 SCALING_RATE=200 SCALING_SECONDS=20 SCALING_WARMUP=15 SCALING_ENGINE=jdk (edgeauth.tls.engine)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
users="${SCALING_USERS:-8}" rate="${SCALING_RATE:-200}" seconds="${SCALING_SECONDS:-20}"
warmup="${SCALING_WARMUP:-15}" engine="${SCALING_ENGINE:-jdk}"
(( $# > 0 )) || set -- 1000 10000 100000
trap stop_all EXIT
ensure_pki "$users"
machine_facts
echo "users=$users paced rate=${rate}/s, ${seconds}s per phase after ${warmup}s warm-up; ECS on JDK 17, TLS engine" \
  "$engine, in-memory store; Gatling runs on the same cores"
start token-issuer token-issuer "$JDK17"; wait_ready token-issuer >/dev/null; wait_https token-issuer

# row REPORT NAME: "requests p50 p95 p99" of one request name in the report's statistics table
row() { "$ROOT/load-test/summary.py" "$1" | awk -v name="$2" '{ line = $0; sub(/^ +/, "", line) }
  index(line, name "  ") == 1 { n = split(substr(line, length(name) + 1), f, " "); print f[1], f[4], f[5], f[6] }'; }

echo "paced: requests/s achieved of $rate and their latency; max: the closed loop's requests/s and latency;" \
  "heap: used after a full GC, at the end of the run"
printf '%13s %8s %10s %7s %7s %7s %8s %7s %7s %8s %7s\n' registrations 'seed ms' 'paced r/s' 'p50 ms' 'p95 ms' \
  'p99 ms' 'max r/s' 'p50 ms' 'p99 ms' 'heap MB' 'RSS MB'
for size in "$@"; do
  start ecs ecs-bench "$JDK17" -Dquarkus.profile=bench -Dedgeauth.bench.seed-registrations="$size" \
    -Dedgeauth.tls.engine="$engine"
  wait_ready ecs >/dev/null; wait_https ecs
  for _ in $(seq 1 600); do # seeding runs in a start-up observer; wait for its report either way
    seeding="$(sed -nE 's/.*seeded [0-9]+ synthetic registrations in ([0-9]+) ms.*/\1/p' "$RUN/ecs.log")"
    [[ -n "$seeding" ]] && break
    sleep 0.2
  done
  [[ -n "$seeding" ]] || { echo "the ECS did not report its seeding; see $RUN/ecs.log" >&2; exit 1; }
  gatling DiscoveryScalingSimulation -Dload.users="$users" -Dload.rate="$rate" -Dload.duration="$seconds" \
    -Dload.warmUp="$warmup" -Dload.seededRegistrations="$size" -Dload.p99Millis=600000
  report="$(latest_report)"
  read -r paced p50 p95 p99 < <(row "$report" "discover paced")
  read -r closed c50 _ c99 < <(row "$report" "discover closed loop")
  printf '%13s %8s %10.0f %7s %7s %7s %8.0f %7s %7s %8s %7s\n' "$size" "$seeding" \
    "$(echo "$paced / $seconds" | bc -l)" "$p50" "$p95" "$p99" "$(echo "$closed / $seconds" | bc -l)" "$c50" "$c99" \
    "$(heap_after_gc_mb ecs)" "$(rss_mb ecs)"
  stop ecs
done
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
