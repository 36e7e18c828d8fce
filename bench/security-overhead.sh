#!/usr/bin/env bash
# ECS throughput of the registration-update + discovery mix (Gatling steady state, closed loop: every EES sends
# its next request as soon as the last one is answered) in one run, three ways, same jar (ecs-bench):
#   mtls-only     TLS client certificate + policy only (benchmark switch edgeauth.bench.mtls-only=true)
#   full, cache   all checks, verified-token cache on (the default)
#   full, no cache all checks, every request verifies the token's ES256 signature
# Besides throughput it prints the ECS's CPU time per request (user + system over the measured run, divided by the
# requests the ECS answered): on shared or busy cores throughput mostly shows the ECS's share of the CPU, the CPU
# per request shows what the checks cost.
#   bench/security-overhead.sh [USERS] [DURATION_S] [ROUNDS]      (default 40 30 1)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
users="${1:-40}" duration="${2:-30}" rounds="${3:-1}" WARMUP="${BENCH_WARMUP_S:-15}"
trap stop_all EXIT
ensure_pki "$users"
machine_facts
echo "users=$users duration=${duration}s (after ${WARMUP}s warm-up) rounds=$rounds; Gatling runs on the same 2 cores"
start token-issuer token-issuer "$JDK17"; wait_ready token-issuer >/dev/null

declare -A opts=(
  [mtls-only]="-Dquarkus.profile=bench -Dedgeauth.bench.mtls-only=true"
  [full-cache]="-Dquarkus.profile=bench -Dedgeauth.ecs.token.cache.enabled=true"
  [full-nocache]="-Dquarkus.profile=bench -Dedgeauth.ecs.token.cache.enabled=false"
)
# ecs_requests REPORT: requests the ECS answered in that run (all but the token requests, which go to the issuer)
ecs_requests() { awk '$1 ~ /^(register|refresh|discover|deregister)$/ { n += $2 } END { print n }' "$1/summary.txt"; }
declare -A sum cpu
printf '%-14s %5s %10s %8s %8s %7s %13s\n' mode round 'req/s' 'p50 ms' 'p99 ms' errors 'ECS CPU us/req'
for ((r = 1; r <= rounds; r++)); do
  for mode in mtls-only full-cache full-nocache; do
    # shellcheck disable=SC2086
    start ecs ecs-bench "$JDK17" ${opts[$mode]}; wait_ready ecs >/dev/null
    # Warm-up (JIT, JWKS fetch, connection pools): the same load, not measured.
    load steady --users "$users" --rate 1000000 --duration "$WARMUP" --p99-ms 600000
    cpu0="$(cpu_ms ecs)"
    load steady --users "$users" --rate 1000000 --duration "$duration" --p99-ms 600000
    cpu_us=$(( ($(cpu_ms ecs) - cpu0) * 1000 / $(ecs_requests "$(latest_report)") ))
    read -r rps p50 p99 ko < <(request_stats "$(latest_report)" refresh discover)
    printf '%-14s %5s %10.1f %8s %8s %7s %13s\n' "$mode" "$r" "$rps" "$p50" "$p99" "$ko" "$cpu_us"
    sum[$mode]=$(echo "${sum[$mode]:-0} + $rps" | bc -l)
    cpu[$mode]=$(( ${cpu[$mode]:-0} + cpu_us ))
    stop ecs
  done
done
base=${sum[mtls-only]}
for mode in full-cache full-nocache; do
  printf 'throughput cost of full security (%s) vs mtls-only: %.1f %%; ECS CPU per request +%.1f %%\n' "$mode" \
    "$(echo "(1 - ${sum[$mode]} / $base) * 100" | bc -l)" \
    "$(echo "(${cpu[$mode]} / ${cpu[mtls-only]} - 1) * 100" | bc -l)"
done
