#!/usr/bin/env bash
# Start-up time (process start to /q/health/ready answering 200, polled every 10 ms) and RSS after start and after a
# short load, for the token issuer and the ECS in three packagings (build them first: bench/build.sh):
#   jdk17          fast-jar on JDK 17
#   jdk17-appcds   + AppCDS archive (quarkus.package.jar.appcds.enabled=true), run with -XX:SharedArchiveFile
#   jdk25-aot      JDK 25 + AOT cache (quarkus.package.jar.aot.enabled=true, built with JDK 25), -XX:AOTCache
#   bench/startup.sh [RUNS]    (default 3; the median start-up is reported)
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

printf '%-13s %-13s %10s %12s %12s\n' service packaging 'ready ms' 'RSS start MB' 'RSS load MB'
for service in token-issuer ecs; do
  # The ECS needs the issuer's JWKS for its first token: a JDK 17 issuer serves it meanwhile.
  if [[ "$service" == ecs ]]; then start token-issuer token-issuer "$JDK17"; wait_ready token-issuer >/dev/null; fi
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
    if [[ "$service" == token-issuer ]]; then
      load token-keepalive --users 20 --rate 200 --duration 15 --p99-ms 600000
    else
      load steady --users 20 --rate 200 --duration 15 --p99-ms 600000
    fi
    rss_load="$(rss_mb "$service")"
    stop "$service"
    printf '%-13s %-13s %10s %12s %12s\n' "$service" "$variant" "$(printf '%s\n' "${times[@]}" | median)" \
      "$rss_start" "$rss_load"
  done
done
