#!/usr/bin/env bash
# TLS audit of the running local stack (./edgeauth up): sslscan against every HTTPS port, presenting the ees-1
# client certificate (without one, the mTLS ports end every handshake and sslscan sees nothing but TLS 1.3).
# Expected (TS 33.210 6.2, docs/tls-audit.md): TLSv1.3 and TLSv1.2 only; TLS 1.2 only ECDHE-ECDSA with AES-GCM or
# ChaCha20-Poly1305; key-exchange groups x25519, secp256r1 and secp384r1 only; compression disabled; no insecure
# renegotiation.
#   scripts/tls-scan.sh [service...]       services: token-issuer ecs ees-1 ees-2 (default: all)
# Environment: EDGEAUTH_PKI_DIR (default dev-pki/), EDGEAUTH_PORT_OFFSET (as for ./edgeauth).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PKI_DIR="${EDGEAUTH_PKI_DIR:-$ROOT/dev-pki}"
PORT_OFFSET="${EDGEAUTH_PORT_OFFSET:-0}"

if ! command -v sslscan >/dev/null 2>&1; then
  echo "tls-scan: sslscan is not installed (Debian/Ubuntu: apt-get install -y sslscan); nothing scanned" >&2
  exit 2
fi
for file in ees-1.crt ees-1.key; do
  [ -f "$PKI_DIR/$file" ] || { echo "tls-scan: $PKI_DIR/$file missing (run ./edgeauth pki)" >&2; exit 2; }
done

port_of() {
  case "$1" in
    token-issuer) echo 8643 ;;
    ecs) echo 8443 ;;
    ees-1) echo 8543 ;;
    ees-2) echo 8553 ;;
    *) echo "tls-scan: unknown service $1" >&2; exit 2 ;;
  esac
}

services=("$@")
[ ${#services[@]} -gt 0 ] || services=(token-issuer ecs ees-1 ees-2)
for service in "${services[@]}"; do
  port=$(( $(port_of "$service") + PORT_OFFSET ))
  echo "== $service 127.0.0.1:$port"
  sslscan --no-colour --certs="$PKI_DIR/ees-1.crt" --pk="$PKI_DIR/ees-1.key" "127.0.0.1:$port"
done
