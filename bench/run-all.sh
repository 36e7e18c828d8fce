#!/usr/bin/env bash
# Every benchmark of bench/ in one go, figures to the terminal and to bench/target/results-<time>.txt.
# Builds the packagings first when missing. Takes roughly 25 minutes on 2 cores once built (the sum of the scripts'
# own run times, not timed as a whole). Stops all it started.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/lib.sh"
mkdir -p "$BENCH/target"
out="$BENCH/target/results-$(date +%Y%m%d-%H%M%S).txt"
missing=()
for v in "${VARIANTS[@]}"; do
  [[ -f "$APPS/$v/quarkus-run.jar" ]] || missing+=("$v")
done
(( ${#missing[@]} == 0 )) || "$HERE/build.sh" "${missing[@]}"
{
  echo "# $(date -u +%FT%TZ)"
  echo "## token algorithms"; "$HERE/token-algorithms.sh"
  echo "## security overhead and token cache"; "$HERE/security-overhead.sh" "${USERS:-40}" "${DURATION:-30}" "${ROUNDS:-2}"
  echo "## handshakes"; "$HERE/handshakes.sh" 15
  echo "## discovery scaling"; "$HERE/scaling.sh"
  echo "## startup"; "$HERE/startup.sh" 3
} 2>&1 | tee "$out"
echo "figures saved in $out"
