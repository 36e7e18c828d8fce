#!/usr/bin/env bash
# Full mutual-TLS handshakes per second that the ECS accepts (JDK TLS engine) on JDK 17 and on JDK 25, measured
# with `openssl s_time -new` (a new session each time, client certificate of a load-test EES), two clients in
# parallel for SECONDS; beside it `openssl speed ecdsap256` and `ecdhx25519` (one core) as the OpenSSL ceiling.
# What the ECS does per handshake (TLS 1.3, P-256 certificates): one ECDSA sign (CertificateVerify), two ECDSA
# verifies (the client certificate's signature and the client's CertificateVerify), one X25519 key agreement.
#   bench/handshakes.sh [SECONDS]   (default 15)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${1:-15}"
trap stop_all EXIT
ensure_pki 20
machine_facts
echo "OpenSSL: $(openssl version)"

s_time() {
  openssl s_time -connect "127.0.0.1:$ECS_PORT" -new -time "$1" -CAfile "$PKI/ca.crt" \
    -cert "$PKI/load/ees-0001.crt" -key "$PKI/load/ees-0001.key"
}
handshakes() {
  local out1 out2
  out1="$(mktemp)" out2="$(mktemp)"
  s_time 5 >/dev/null 2>&1 || true # warm-up: JIT of the TLS stack
  s_time "$seconds" >"$out1" 2>&1 &
  s_time "$seconds" >"$out2" 2>&1
  wait
  cat "$out1" "$out2" | awk '/connections in [0-9.]+ real seconds/ {n += $1; t = $4} END {printf "%.0f", n / t}'
  rm -f "$out1" "$out2"
}

printf '%-34s %14s\n' 'ECS TLS engine' 'handshakes/s'
for jdk in "$JDK17" "$JDK25"; do
  start ecs ecs "$jdk"; wait_ready ecs >/dev/null
  printf '%-34s %14s\n' "JDK $("$jdk/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)" "$(handshakes)"
  stop ecs
done
echo
echo "OpenSSL, one core:"
openssl speed -seconds 5 ecdsap256 2>/dev/null | grep -E '^ *256 bits ecdsa'
openssl speed -seconds 5 ecdhx25519 2>/dev/null | grep -E '^ *253 bits ecdh'
