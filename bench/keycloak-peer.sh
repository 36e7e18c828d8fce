#!/usr/bin/env bash
# Keycloak as a peer of the EdgeAuth token issuer, measured in one run on the same machine with the same client
# (load-test's TokenIssuanceSimulation, closed loop): client-credentials tokens bound to the client certificate
# (RFC 8705: tls_client_auth + cnf.x5t#S256), ES256, on new TLS connections and on kept-alive ones (tokens/s,
# p50/p99, errors, server CPU ms per token); process start to ready; RSS after start and after the load.
# Not part of ./mvnw verify.
#
#   bench/keycloak-peer.sh [SECONDS] [USERS] [ROUNDS]      (default 20 s per measurement, 20 users, 1 round)
#
# Environment: KEYCLOAK_VERSION (26.5.6), PEER_JDKS ("17": JDKs both servers run on, e.g. "17 25"),
# PEER_IDENTITIES (50 EES identities = 50 Keycloak clients), BENCH_PORT_OFFSET (3300), BENCH_WARMUP_S (15).
# Keycloak: org.keycloak:keycloak-quarkus-dist from Maven Central through the Maven wrapper into
# bench/target/keycloak/ (zip, unpacked tree and imported realm are kept between runs); HTTPS on 127.0.0.1 with
# the bench CA's token-issuer certificate (the same certificate and key the EdgeAuth issuer presents), client
# certificates requested; `kc.sh build` once, then `kc.sh start --optimized` as a production deployment does.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Its own PKI: every load identity is a Keycloak client, so the count is kept small (import is ~0.5 s per client).
export BENCH_PKI_DIR="${BENCH_PKI_DIR:-$HERE/target/pki-peer}"
. "$HERE/lib.sh"
duration="${1:-20}" users="${2:-20}" rounds="${3:-1}" WARMUP="${BENCH_WARMUP_S:-15}"
VERSION="${KEYCLOAK_VERSION:-26.5.6}" IDENTITIES="${PEER_IDENTITIES:-50}" JDKS="${PEER_JDKS:-17}"
KC_DIR="$BENCH/target/keycloak" KC_HOME="$BENCH/target/keycloak/keycloak-$VERSION"
# lib.sh's issuer management port 9643+offset is another bench stack's issuer HTTPS port when two offsets are 1000
# apart (as on a shared machine): the peer run moves its issuer's ports 50 up.
ISSUER_PORT=$((ISSUER_PORT + 50)) ISSUER_MGMT=$((ISSUER_MGMT + 50))
# Keycloak's own ports (8443 HTTPS, 9000 management) shifted by the offset; 8443 is the ECS's, so 8843.
KEYCLOAK_PORT=$((8843 + OFFSET)) KEYCLOAK_MGMT=$((9000 + OFFSET))
KEYCLOAK_TOKEN_URL="https://localhost:$KEYCLOAK_PORT/realms/edgeauth/protocol/openid-connect/token"
# Build-time options of the optimized build; health on the management port as for the EdgeAuth services.
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true --https-client-auth=request)
# The EdgeAuth TLS profile (common conventions), so both servers negotiate the same handshake.
CIPHERS=TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256
kc_runtime_opts() {
  echo --http-host=127.0.0.1 --https-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT" \
    --http-management-scheme=http --hostname="https://localhost:$KEYCLOAK_PORT" --cache=local \
    --https-certificate-file="$PKI/token-issuer.crt" --https-certificate-key-file="$PKI/token-issuer.key" \
    --truststore-paths="$PKI/ca.crt" --https-protocols=TLSv1.3,TLSv1.2 --https-cipher-suites="$CIPHERS"
}
jdk_home() { [[ "$1" == 25 ]] && echo "$JDK25" || echo "$JDK17"; }

fetch_keycloak() {
  local zip="$KC_DIR/keycloak-quarkus-dist-$VERSION.zip" t0
  mkdir -p "$KC_DIR"
  if [[ ! -f "$zip" ]]; then
    t0=$(date +%s)
    "$ROOT/mvnw" -q -B -N -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$KC_DIR"
    echo "downloaded keycloak-quarkus-dist $VERSION: $(du -m "$zip" | cut -f1) MB in $(($(date +%s) - t0)) s"
  fi
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    (cd "$KC_DIR" && unzip -q "$zip")
  fi
  # The optimized build is redone only when its options change.
  if [[ "$(cat "$KC_HOME/edgeauth-build" 2>/dev/null)" != "${KC_BUILD_OPTS[*]}" ]]; then
    t0=$(date +%s)
    JAVA_HOME="$JDK17" "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >"$KC_DIR/build.log" 2>&1 \
      || { tail -20 "$KC_DIR/build.log" >&2; return 1; }
    echo "${KC_BUILD_OPTS[*]}" >"$KC_HOME/edgeauth-build"
    echo "kc.sh build ${KC_BUILD_OPTS[*]}: $(($(date +%s) - t0)) s"
  fi
}

# The realm (bench/keycloak/realm.json + one client per identity) is imported into the dev-file database once per
# PKI: a restart against an existing database is what is measured, as when a deployed Keycloak restarts.
import_realm() {
  local realm="$KC_DIR/realm-edgeauth.json" sum t0
  "$BENCH/keycloak/realm.py" "$PKI" "$IDENTITIES" >"$realm"
  sum="$(sha256sum <"$realm" | cut -c1-16)"
  [[ "$(cat "$KC_HOME/data/edgeauth-realm" 2>/dev/null)" == "$sum" ]] && return 0
  t0=$(date +%s)
  rm -rf "$KC_HOME/data/h2"
  # shellcheck disable=SC2046
  JAVA_HOME="$JDK17" "$KC_HOME/bin/kc.sh" import --optimized --file "$realm" $(kc_runtime_opts) \
    >"$KC_DIR/import.log" 2>&1 || { tail -20 "$KC_DIR/import.log" >&2; return 1; }
  echo "$sum" >"$KC_HOME/data/edgeauth-realm"
  echo "realm imported ($IDENTITIES clients): $(($(date +%s) - t0)) s"
}

# start_keycloak JDK: kc.sh forwards TERM to its java child; RSS is the java child's (keycloak.pid once ready)
start_keycloak() {
  mkdir -p "$RUN"
  STARTED_NS=$(date +%s%N)
  # shellcheck disable=SC2046
  JAVA_HOME="$(jdk_home "$1")" JAVA_OPTS_APPEND="-Dedgeauth.bench=keycloak" \
    setsid "$KC_HOME/bin/kc.sh" start --optimized $(kc_runtime_opts) </dev/null >"$RUN/keycloak.log" 2>&1 &
  echo $! >"$RUN/keycloak-sh.pid"
  cp "$RUN/keycloak-sh.pid" "$RUN/keycloak.pid"
}

keycloak_ready() {
  local ms java_pid
  ms="$(wait_http_ready keycloak "http://127.0.0.1:$KEYCLOAK_MGMT/health/ready")"
  java_pid="$(pgrep -P "$(cat "$RUN/keycloak-sh.pid")" java)"
  echo "$java_pid" >"$RUN/keycloak.pid"
  echo "$ms"
}

stop_keycloak() {
  local sh_pid
  if [[ -f "$RUN/keycloak-sh.pid" ]]; then
    sh_pid="$(cat "$RUN/keycloak-sh.pid")"
    if kill -0 "$sh_pid" 2>/dev/null && tr '\0' ' ' <"/proc/$sh_pid/cmdline" | grep -q "$KC_HOME/bin/kc.sh start"; then
      kill -TERM "$sh_pid"
      for _ in $(seq 1 50); do kill -0 "$sh_pid" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -f "$RUN/keycloak-sh.pid"
  fi
  stop keycloak
}

# show_token NAME URL ARGS...: one token by hand with ees-0001's certificate, decoded
show_token() {
  local name="$1" url="$2"; shift 2
  echo "$name: one token for ees-0001, decoded:"
  curl -fsS --cacert "$PKI/ca.crt" --cert "$PKI/load/ees-0001.crt" --key "$PKI/load/ees-0001.key" "$url" \
    -d grant_type=client_credentials -d "scope=eecs-eesregistration eecs-targeteesdiscovery" "$@" \
    | "$BENCH/keycloak/show-token.py" "$PKI/load/ees-0001.crt"
}

# identity_field INDEX FIELD: a field of load identity INDEX of the peer PKI (0 is ees-0001)
identity_field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['identities'][$1]['$2'])" \
  "$PKI/load/identities.json"; }

verify_keycloak_tokens() {
  local client status
  client="$(identity_field 0 instanceId)"
  show_token Keycloak "$KEYCLOAK_TOKEN_URL" -d "client_id=$client"
  # tls_client_auth is real: ees-0002's certificate does not authenticate ees-0001's client.
  status="$(curl -s -o /dev/null -w '%{http_code}' --cacert "$PKI/ca.crt" --cert "$PKI/load/ees-0002.crt" \
    --key "$PKI/load/ees-0002.key" "$KEYCLOAK_TOKEN_URL" -d grant_type=client_credentials -d "client_id=$client")"
  echo "  ees-0002's certificate for ees-0001's client: HTTP $status (expected 401)"
  [[ "$status" == 401 ]]
}

verify_issuer_tokens() {
  show_token "EdgeAuth issuer" "https://localhost:$ISSUER_PORT/oauth2/token" \
    -d "nfInstanceId=$(identity_field 0 instanceId)" -d nfType=EES -d targetNfType=ECS
}

# measure SERVER JDK: prints one table row; SERVER is keycloak or issuer
measure() {
  local server="$1" jdk="$2" ready rss_start rss_load extra=() kept new line
  echo "== $server on JDK $jdk (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  ready="$(started "$server" "$jdk")" || return 1
  if [[ "$server" == keycloak ]]; then
    extra=(--oauth-token-url "$KEYCLOAK_TOKEN_URL")
    verify_keycloak_tokens >&2 || return 1
  else
    verify_issuer_tokens >&2 || return 1
  fi
  rss_start="$(rss_mb "$(pid_name "$server")")"
  # Warm-up (JIT, caches of every client): both kinds of connection, not measured.
  load token-keepalive --users "$users" --rate max --duration "$WARMUP" --p99-ms 600000 "${extra[@]}" || true
  load token --users "$users" --rate max --duration "$WARMUP" --p99-ms 600000 "${extra[@]}" || true
  kept="$(measured "$(pid_name "$server")" token-keepalive "${extra[@]}")"
  new="$(measured "$(pid_name "$server")" token "${extra[@]}")"
  rss_load="$(rss_mb "$(pid_name "$server")")"
  stop_server "$server"
  line="$(row "$server" "JDK $jdk" "$kept" "$new" "$ready" "$rss_start" "$rss_load")"
  echo "$line" >&2
  echo "$line"
}
pid_name() { [[ "$1" == keycloak ]] && echo keycloak || echo token-issuer; }
stop_server() { if [[ "$1" == keycloak ]]; then stop_keycloak; else stop token-issuer; fi; }

# started SERVER JDK: starts it, prints ms from process start to ready. All ports lie in Linux's ephemeral range
# (32768-60999) at large offsets, so a client socket elsewhere on the machine can hold one for a moment: a start
# that failed on "Address already in use" is tried again, twice.
started() {
  local server="$1" jdk="$2" attempt
  for attempt in 1 2 3; do
    if [[ "$server" == keycloak ]]; then
      start_keycloak "$jdk"
      keycloak_ready && return 0
    else
      start token-issuer token-issuer "$(jdk_home "$jdk")"
      wait_ready token-issuer && return 0
    fi
    grep -q "Address already in use" "$RUN/$(pid_name "$server").log" || return 1
    echo "$server: a port was taken, start $attempt of 3 failed" >&2
    stop_server "$server"
  done
  return 1
}

# measured NAME SCENARIO ARGS...: one measured closed-loop run; prints "tokens/s p50 p99 errors cpu-ms/token", the
# last from the server's CPU time over the run and the number of tokens it answered
measured() {
  local name="$1" scenario="$2" cpu0 cpu1 report count; shift 2
  cpu0="$(cpu_ms "$name")"
  load "$scenario" --users "$users" --rate max --duration "$duration" --p99-ms 600000 "$@" || true
  cpu1="$(cpu_ms "$name")"
  report="$(latest_report)"
  count="$(awk '$1 == "token" { print $2 }' "$report/summary.txt")"
  echo "$(request_stats "$report" token) $(printf "%.2f" "$(echo "scale=3; ($cpu1 - $cpu0) / $count" | bc)")"
}

# row SERVER JDK KEPT NEW READY_MS RSS_START RSS_LOAD; KEPT and NEW as measured prints them
row() {
  local k n
  read -r -a k <<<"$3"; read -r -a n <<<"$4"
  printf '%-9s %-7s | %8.0f %5s %6s %4s %6s | %8.0f %5s %6s %4s %6s | %8s %6s %6s | %s\n' "$1" "$2" \
    "${k[@]}" "${n[@]}" "$5" "$6" "$7" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# One run at a time: the PID files under $RUN are shared, so a second run would stop the first one's servers.
mkdir -p "$RUN"
exec 9>"$RUN/keycloak-peer.lock"
flock -n 9 || { echo "another bench/keycloak-peer.sh is running" >&2; exit 1; }
cleanup() { stop_keycloak; stop token-issuer; }
trap cleanup EXIT
fetch_keycloak
ensure_pki "$IDENTITIES"
(( users <= IDENTITIES )) || { echo "USERS ($users) must not exceed PEER_IDENTITIES ($IDENTITIES)" >&2; exit 2; }
import_realm
[[ -f "$APPS/token-issuer/quarkus-run.jar" ]] || "$BENCH/build.sh" token-issuer >/dev/null
machine_facts
echo "Keycloak $VERSION (kc.sh start --optimized, dev-file DB, local cache) vs EdgeAuth token issuer (fast-jar);"
echo "closed loop, $users users, ${duration}s per measurement after ${WARMUP}s warm-ups; Gatling on the same cores"
rows=()
for ((r = 1; r <= rounds; r++)); do
  for jdk in $JDKS; do
    for server in keycloak issuer; do
      rows+=("$(measure "$server" "$jdk")") || { echo "$server on JDK $jdk failed: see $RUN/" >&2; exit 1; }
    done
  done
done
printf '\n%-9s %-7s | %-34s | %-34s | %-22s | %s\n' '' '' 'kept-alive connections' 'new TLS connections' \
  'start, memory' 'load average'
printf '%-9s %-7s | %8s %5s %6s %4s %6s | %8s %5s %6s %4s %6s | %8s %6s %6s |\n' server JDK 'tokens/s' p50 p99 err \
  'CPU' 'tokens/s' p50 p99 err 'CPU' 'ready ms' 'RSS@st' 'RSS@ld'
echo "(p50/p99 in ms; CPU = server CPU ms per token; RSS in MB after start and after the load; load average when"
echo " the row was done)"
printf '%s\n' "${rows[@]}"
