# Shared by the bench/ scripts: where things are, and starting/stopping one service on loopback with its own
# PID file (only processes started here are ever stopped). Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
APPS="$BENCH/target/apps"
RUN="$BENCH/target/run"
PKI="${BENCH_PKI_DIR:-$BENCH/target/pki}"
JDK17="${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# Ports of the bench stack: away from the local stack (8443...) and from test stacks.
OFFSET="${BENCH_PORT_OFFSET:-3300}"
ISSUER_PORT=$((8643 + OFFSET)) ISSUER_MGMT=$((9643 + OFFSET))
ECS_PORT=$((8443 + OFFSET)) ECS_MGMT=$((9443 + OFFSET))
EES_PORT=$((8543 + OFFSET)) EES_MGMT=$((9543 + OFFSET))
# Every packaging bench/build.sh makes (bench/target/apps/VARIANT); its default list.
VARIANTS=(ecs-bench token-issuer token-issuer-appcds token-issuer-aot ecs ecs-appcds ecs-aot ees ees-appcds ees-aot)

machine_facts() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),"\
    "$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JDK 17: $("$JDK17/bin/java" -version 2>&1 | head -1); JDK 25: $("$JDK25/bin/java" -version 2>&1 | head -1)"
}

ensure_pki() {
  if [[ ! -f "$PKI/load/identities.json" ]] || (( $(grep -c '"eesId"' "$PKI/load/identities.json") < ${1:-200} )); then
    EDGEAUTH_PKI_DIR="$PKI" "$ROOT/edgeauth" pki --ees "${1:-200}" >/dev/null
  fi
}

# start NAME APP JAVA_HOME [JVM options...]: NAME is token-issuer, ecs or ees (the local stack's ees-1, which needs
# the issuer and the ECS running); prints nothing; sets STARTED_NS
start() {
  local name="$1" app="$APPS/$2" java_home="$3"; shift 3
  local port mgmt identity="$name"
  port="$(api_port "$name")" mgmt="$(mgmt_port "$name")"
  [[ -f "$app/quarkus-run.jar" ]] || { echo "$app missing: run bench/build.sh $2" >&2; return 1; }
  [[ "$name" == ees ]] && identity=ees-1
  # shellcheck disable=SC1091
  source "$PKI/instance-ids.env"
  local env=(EDGEAUTH_TLS_CERT="$PKI/$identity.crt" EDGEAUTH_TLS_KEY="$PKI/$identity.key" EDGEAUTH_TLS_CA="$PKI/ca.crt"
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1
    QUARKUS_CONFIG_LOCATIONS="$ROOT/config/local/$identity.properties" QUARKUS_LOG_LEVEL=WARN)
  # The per-client rate limit (200/s, burst 400) is not what these benchmarks measure, but closed-loop runs with
  # few EESs (scaling.sh with 8, security-overhead.sh) exceed it: raise it far above any benchmark rate.
  local unlimited=()
  case "$name" in
    token-issuer)
      env+=(EDGEAUTH_ISSUER_INSTANCE_ID="$TOKEN_ISSUER_INSTANCE_ID" EDGEAUTH_ISSUER_ACTIVE_KEY="$PKI/issuer-signing.key")
      unlimited=(-Dedgeauth.issuer.rate-limit.rate=1000000 -Dedgeauth.issuer.rate-limit.burst=1000000) ;;
    ecs)
      env+=(EDGEAUTH_ECS_INSTANCE_ID="$ECS_INSTANCE_ID" EDGEAUTH_ECS_TOKEN_TRUSTED_ISSUERS="$TOKEN_ISSUER_INSTANCE_ID"
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="https://localhost:$ISSUER_PORT/.well-known/jwks.json")
      unlimited=(-Dedgeauth.ecs.rate-limit.rate=1000000 -Dedgeauth.ecs.rate-limit.burst=1000000) ;;
    ees)
      # Its identity (EES ID, instance id) comes from ees-1's certificate; ready means registered at the ECS.
      env+=(EDGEAUTH_EES_ECS_URL="https://localhost:$ECS_PORT" EDGEAUTH_EES_TOKEN_URL="https://localhost:$ISSUER_PORT/oauth2/token") ;;
  esac
  mkdir -p "$RUN"
  STARTED_NS=$(date +%s%N)
  (cd "$app" && exec env "${env[@]}" QUARKUS_HTTP_SSL_PORT=$port QUARKUS_MANAGEMENT_PORT=$mgmt \
    "$java_home/bin/java" -Dedgeauth.bench="$name" "${unlimited[@]}" "$@" -jar quarkus-run.jar >"$RUN/$name.log" 2>&1) &
  echo $! >"$RUN/$name.pid"
}

api_port() { case "$1" in token-issuer) echo $ISSUER_PORT ;; ecs) echo $ECS_PORT ;; ees) echo $EES_PORT ;; esac; }
mgmt_port() { case "$1" in token-issuer) echo $ISSUER_MGMT ;; ecs) echo $ECS_MGMT ;; ees) echo $EES_MGMT ;; esac; }

# wait_ready NAME: prints milliseconds from start to ready (polls every 10 ms, gives up after 60 s)
wait_ready() { wait_http_ready "$1" "http://127.0.0.1:$(mgmt_port "$1")/q/health/ready" 60; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$(cat "$RUN/$1.pid")/status"; }

stop() {
  local name="$1" pid
  [[ -f "$RUN/$name.pid" ]] || return 0
  pid="$(cat "$RUN/$name.pid")"
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "edgeauth.bench=$name "; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$RUN/$name.pid"
}

stop_all() { stop ees; stop ecs; stop token-issuer; }

# latest_report: the newest Gatling report directory of load-test/
latest_report() { ls -1dt "$ROOT"/load-test/target/gatling/*/ | head -1; }

# request_stats REPORT NAME...: "req/s p50 p99 errors", req/s and errors summed over the named requests
request_stats() { "$ROOT/load-test/summary.py" "$1" --sum "${@:2}"; }

# load ARGS...: load-test/run-load.sh against the bench stack, quiet; the report directory is latest_report
load() {
  "$ROOT/load-test/run-load.sh" "$@" --issuer-url "https://localhost:$ISSUER_PORT" \
    --ecs-url "https://localhost:$ECS_PORT" --pki-dir "$PKI" >"$RUN/load.log" 2>&1 || {
    echo "load run failed, see $RUN/load.log" >&2; tail -20 "$RUN/load.log" >&2; return 1; }
}

# gatling SIMULATION -Dload.*...: one load-test/ simulation against the bench stack (for those run-load.sh has no
# scenario for), quiet; the report directory is latest_report. Identities come from $PKI.
gatling() {
  local simulation="$1"; shift
  "$ROOT/mvnw" -q -B -f "$ROOT/load-test/pom.xml" test-compile gatling:test \
    -Dgatling.simulationClass="org.edgeauth.load.$simulation" -Dload.issuerUrl="https://localhost:$ISSUER_PORT" \
    -Dload.ecsUrl="https://localhost:$ECS_PORT" -Dload.pkiDir="$PKI" "$@" >"$RUN/load.log" 2>&1 || {
    echo "$simulation failed, see $RUN/load.log" >&2; tail -20 "$RUN/load.log" >&2; return 1; }
}

# heap_after_gc_mb NAME: the service's heap in use right after a full GC (jcmd of the JDK that runs it)
heap_after_gc_mb() {
  local pid java_home
  pid="$(cat "$RUN/$1.pid")"
  java_home="$(dirname "$(dirname "$(readlink -f "/proc/$pid/exe")")")"
  "$java_home/bin/jcmd" "$pid" GC.run >/dev/null
  "$java_home/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {
    v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024; exit } }'
}

# wait_https NAME: until the service's HTTPS port accepts connections (readiness is served by the management
# interface, which can be up a moment before the API port); gives up after 30 s
wait_https() {
  local port i
  port="$(api_port "$1")"
  for ((i = 0; i < 300; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$1: nothing listens on $port" >&2
  return 1
}

# wait_http_ready NAME URL [SECONDS]: milliseconds from start until URL answers 2xx (polls every 10 ms; gives up
# after SECONDS, default 180, or when the process exits); wait_ready, and Keycloak's /health/ready
wait_http_ready() {
  local name="$1" url="$2" limit="${3:-180}" i
  for ((i = 0; i < limit * 100; i++)); do
    if curl -fs -o /dev/null --max-time 1 "$url"; then
      echo $(( ($(date +%s%N) - STARTED_NS) / 1000000 ))
      return 0
    fi
    kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null || { echo "$name exited; see $RUN/$name.log" >&2; return 1; }
    sleep 0.01
  done
  echo "$name not ready in $limit s" >&2
  return 1
}

# cpu_ms NAME: CPU time (user + system) the process has used so far, in ms. Under contention a server's CPU per
# request says more than its throughput, which mostly shows its share of the cores.
cpu_ms() {
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tck }' \
    "/proc/$(cat "$RUN/$1.pid")/stat"
}
