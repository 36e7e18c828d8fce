#!/usr/bin/env bash
# EdgeAuth load test (Gatling): every virtual user is a distinct EES with its own certificate.
#
#   load-test/run-load.sh [SCENARIO] [--users N] [--rate R] [--duration D] [--issuer-url U] [--ecs-url U]
#                         [--pki-dir DIR] [--p99-ms MS] [--oauth-token-url U]
#
#   SCENARIO  bootstrap        N new EESs arrive at R/s on new TLS connections: token + register (group
#                              "bootstrap", first byte to registered), then deregister
#             steady (default) N registered EESs refresh (PATCH) + discover at R requests/s in total, kept-alive,
#                              for D seconds
#             token            R tokens/s for D seconds, each on a new TLS connection
#             token-keepalive  N EESs asking R tokens/s in total over kept-alive connections, for D seconds
#   defaults  --users 10 --rate 5 --duration 30 (seconds), the local stack's URLs (https://localhost:8643 and
#             :8443, shifted by EDGEAUTH_PORT_OFFSET), --pki-dir dev-pki (identities from ./edgeauth pki --ees N,
#             made here when missing), --p99-ms 1000
#   --rate max         closed loop (token, token-keepalive, steady): each user asks again as soon as answered;
#                      token keeps --users new-connection users going at all times
#   --oauth-token-url  tokens from another OAuth 2.0 server: grant_type=client_credentials, client_id = the EES's
#                      nfInstanceId, scope; the client authenticated by its certificate (RFC 8705 tls_client_auth)
# The run fails (exit 1) on any failed request or a p99 above the bound. Gatling's HTML report is written under
# load-test/target/gatling/; a short text summary is printed and saved beside it as summary.txt.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OFFSET="${EDGEAUTH_PORT_OFFSET:-0}"

scenario=steady users=10 rate=5 duration=30 p99=1000 oauth_token_url=
issuer="https://localhost:$((8643 + OFFSET))"
ecs="https://localhost:$((8443 + OFFSET))"
pki="${EDGEAUTH_PKI_DIR:-$ROOT/dev-pki}"

die() { echo "run-load: $*" >&2; exit 2; }
usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

if [[ $# -gt 0 && "$1" != --* ]]; then scenario="$1"; shift; fi
while [[ $# -gt 0 ]]; do
  [[ $# -ge 2 ]] || usage
  case "$1" in
    --users) users="$2" ;;
    --rate) rate="$2" ;;
    --duration) duration="${2%s}" ;;
    --issuer-url) issuer="$2" ;;
    --ecs-url) ecs="$2" ;;
    --pki-dir) pki="$(cd "$2" && pwd)" ;;
    --p99-ms) p99="$2" ;;
    --oauth-token-url) oauth_token_url="$2" ;;
    *) usage ;;
  esac
  shift 2
done
[[ "$users" =~ ^[0-9]+$ && "$duration" =~ ^[0-9]+$ && "$p99" =~ ^[0-9]+$ ]] || die "--users, --duration, --p99-ms take whole numbers"
[[ "$rate" =~ ^[0-9]+([.][0-9]+)?$ || ( "$rate" == max && "$scenario" != bootstrap ) ]] \
  || die "--rate takes a number (or max, except for bootstrap)"

connections=new
case "$scenario" in
  bootstrap) simulation=BootstrapStormSimulation ;;
  steady) simulation=SteadyStateSimulation ;;
  token) simulation=TokenIssuanceSimulation ;;
  token-keepalive) simulation=TokenIssuanceSimulation; connections=keepalive ;;
  *) usage ;;
esac

# One distinct certificate per virtual user.
have=0
[[ -f "$pki/load/identities.json" ]] && have="$(grep -c '"eesId"' "$pki/load/identities.json" || true)"
if (( have < users )); then
  echo "making $users load-test EES identities under $pki/load ..."
  EDGEAUTH_PKI_DIR="$pki" "$ROOT/edgeauth" pki --ees "$users"
fi

results="$HERE/target/gatling"
before="$(ls -1d "$results"/*/ 2>/dev/null | sort || true)"
status=0
"$ROOT/mvnw" -q -B -f "$HERE/pom.xml" test-compile gatling:test \
  -Dgatling.simulationClass="org.edgeauth.load.$simulation" \
  -Dload.users="$users" -Dload.rate="$rate" -Dload.duration="$duration" -Dload.issuerUrl="$issuer" \
  -Dload.ecsUrl="$ecs" -Dload.pkiDir="$pki" -Dload.p99Millis="$p99" -Dload.connections="$connections" \
  -Dload.oauthTokenUrl="$oauth_token_url" || status=$?

report="$(comm -13 <(echo "$before") <(ls -1d "$results"/*/ 2>/dev/null | sort) | tail -1)"
if [[ -n "$report" ]]; then
  "$HERE/summary.py" "$report" "$scenario users=$users rate=$rate duration=${duration}s" | tee "$report/summary.txt"
  echo "HTML report: ${report}index.html"
fi
if (( status != 0 )); then echo "run-load: FAILED (errors or p99 above ${p99} ms; see above)" >&2; exit 1; fi
