#!/usr/bin/env bash
# Full mutual-TLS handshakes per second that the ECS accepts, per TLS engine (edgeauth.tls.engine: the JDK's JSSE
# or OpenSSL, i.e. netty-tcnative BoringSSL) on JDK 17 and on JDK 25, same jar, measured with `openssl s_time -new`
# (a new session each time, client certificate of a load-test EES), two clients in parallel for SECONDS; beside it
# `openssl speed ecdsap256` and `ecdhx25519` (one core) and the ceiling they allow.
# What the ECS does per handshake (TLS 1.3, P-256 certificates): one ECDSA sign (CertificateVerify), two ECDSA
# verifies (the client certificate's signature and the client's CertificateVerify), one X25519 key agreement.
#   bench/handshakes.sh [SECONDS]   (default 15; needs bench/build.sh ecs)
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

# The per-core ceiling OpenSSL's primitives allow the server: 1 / (1/sign + 2/verify + 1/X25519).
speed_ecdsa="$(openssl speed -seconds 5 ecdsap256 2>/dev/null | grep -E '^ *256 bits ecdsa')"
speed_x25519="$(openssl speed -seconds 5 ecdhx25519 2>/dev/null | grep -E '^ *253 bits ecdh')"
read -r sign verify < <(awk '{print $(NF-1), $NF}' <<<"$speed_ecdsa")
x25519="$(awk '{print $NF}' <<<"$speed_x25519")"
ceiling="$(echo "1 / (1/$sign + 2/$verify + 1/$x25519)" | bc -l)"

printf '%-44s %14s %20s\n' 'ECS TLS engine' 'handshakes/s' "% of $(nproc)-core ceiling"
for engine in jdk openssl; do
  for jdk in "$JDK17" "$JDK25"; do
    start ecs ecs "$jdk" -Dedgeauth.tls.engine=$engine; wait_ready ecs >/dev/null; wait_https ecs
    if [[ $engine == openssl ]] && ! grep -q 'HTTPS TLS engine: OpenSSL' "$RUN/ecs.log"; then
      echo "the ECS did not report the OpenSSL engine; see $RUN/ecs.log" >&2; exit 1
    fi
    rate="$(handshakes)"
    printf '%-44s %14s %19.1f%%\n' "$engine, JDK $("$jdk/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)" "$rate" \
      "$(echo "100 * $rate / ($(nproc) * $ceiling)" | bc -l)"
    stop ecs
  done
done
echo
echo "OpenSSL, one core:"
echo "$speed_ecdsa"
echo "$speed_x25519"
printf 'ceiling per core: %.0f full mTLS handshakes/s = 1 / (1/%s sign + 2/%s verify + 1/%s X25519)\n' \
  "$ceiling" "$sign" "$verify" "$x25519"
