#!/usr/bin/env bash
# Start-up time (process start to /q/health/ready answering 200, polled every 10 ms) and RSS after start and after a
# short load, for the token issuer, the ECS and the EES in three packagings (build them first: bench/build.sh):
#   jdk17          fast-jar on JDK 17
#   jdk17-appcds   + AppCDS archive (quarkus.package.jar.appcds.enabled=true), run with -XX:SharedArchiveFile
#   jdk25-aot      JDK 25 + AOT cache (quarkus.package.jar.aot.enabled=true, built with JDK 25), -XX:AOTCache
# The EES is ready once it is registered at the ECS, so its figure is start to registered (token fetched over mTLS,
# registration accepted); a JDK 17 issuer and ECS serve it meanwhile.
#   bench/startup.sh [RUNS]    (default 3; the median start-up is reported)
# Environment: STARTUP_SERVICES (default "token-issuer ecs ees").
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-3}"
trap stop_all EXIT
ensure_pki 20
machine_facts

variant_app() { case "$2" in jdk17) echo "$1" ;; jdk17-appcds) echo "$1-appcds" ;; jdk25-aot) echo "$1-aot" ;; esac; }
variant_java() { [[ "$1" == jdk25-aot ]] && echo "$JDK25" || echo "$JDK17"; }
variant_opts() {
  case "$1" in
    jdk17-appcds) echo "-XX:SharedArchiveFile=app-cds.jsa" ;;
    jdk25-aot) echo "-XX:AOTCache=app.aot" ;;
  esac
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# register_ees2: registers ees-2 (as its own EES would, with its certificate and token) so that ees-1's discovery of
# demo-eas has a target: the ECS never names the requester itself
register_ees2() {
  local tls=(--cacert "$PKI/ca.crt" --cert "$PKI/ees-2.crt" --key "$PKI/ees-2.key") token
  # shellcheck disable=SC1091
  source "$PKI/instance-ids.env"
  token="$(curl -fsS "${tls[@]}" "https://localhost:$ISSUER_PORT/oauth2/token" -d grant_type=client_credentials \
    -d scope=eecs-eesregistration -d "nfInstanceId=$EES_2_INSTANCE_ID" -d nfType=EES -d targetNfType=ECS \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
  curl -fsS -o /dev/null "${tls[@]}" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "https://localhost:$ECS_PORT/eecs-eesregistration/v1/registrations" \
    -d '{"eesProf":{"eesId":"ees-2.edge.test","endPt":{"uri":"https://localhost:8553"},"easIds":["demo-eas"],"eecRegConf":false}}'
}

# ees_load SECONDS: target-EES discovery through the EES's own API (each answered by a call to the ECS), 4 kept-alive
# connections, until SECONDS have passed; fails on any answer but 200
ees_load() {
  local until=$(( $(date +%s) + $1 )) urls="$RUN/ees-load.curl" codes
  for _ in $(seq 1 200); do
    echo "url = \"https://localhost:$EES_PORT/ees/v1/target-ees?eas-id=demo-eas\""
    echo 'output = "/dev/null"'
  done >"$urls"
  while (( $(date +%s) < until )); do
    codes="$(curl --no-progress-meter -sS --parallel --parallel-max 4 --cacert "$PKI/ca.crt" --cert "$PKI/ees-1.crt" \
      --key "$PKI/ees-1.key" -K "$urls" -w '%{http_code}\n' | sort -u | tr '\n' ' ')"
    [[ "$codes" == "200 " ]] || { echo "EES discovery answered $codes" >&2; return 1; }
  done
}

service_load() {
  case "$1" in
    token-issuer) load token-keepalive --users 20 --rate 200 --duration 15 --p99-ms 600000 ;;
    ecs) load steady --users 20 --rate 200 --duration 15 --p99-ms 600000 ;;
    ees) ees_load 15 ;;
  esac
}

printf '%-13s %-13s %10s %12s %12s\n' service packaging 'ready ms' 'RSS start MB' 'RSS load MB'
for service in ${STARTUP_SERVICES:-token-issuer ecs ees}; do
  # The ECS needs the issuer's JWKS for its first token check, the EES a token and the ECS: JDK 17 fast-jars.
  if [[ "$service" != token-issuer && ! -f "$RUN/token-issuer.pid" ]]; then
    start token-issuer token-issuer "$JDK17"; wait_ready token-issuer >/dev/null
  fi
  if [[ "$service" == ees ]]; then
    start ecs ecs "$JDK17"; wait_ready ecs >/dev/null; wait_https ecs; register_ees2
  fi
  for variant in jdk17 jdk17-appcds jdk25-aot; do
    app="$(variant_app "$service" "$variant")"
    [[ -f "$APPS/$app/quarkus-run.jar" ]] || { printf '%-13s %-13s %s\n' "$service" "$variant" "not built"; continue; }
    times=()
    for ((i = 1; i <= runs; i++)); do
      # shellcheck disable=SC2046
      start "$service" "$app" "$(variant_java "$variant")" $(variant_opts "$variant")
      times+=("$(wait_ready "$service")")
      rss_start="$(rss_mb "$service")"
      if (( i < runs )); then stop "$service"; fi
    done
    service_load "$service"
    rss_load="$(rss_mb "$service")"
    stop "$service"
    printf '%-13s %-13s %10s %12s %12s\n' "$service" "$variant" "$(printf '%s\n' "${times[@]}" | median)" \
      "$rss_start" "$rss_load"
  done
done
echo "(ees: ready = registered at the ECS; load: token-issuer 200 tokens/s and ecs 200 req/s steady state from 20"
echo " EESs for 15 s, ees 15 s of target-EES discovery through its API on 4 connections)"
