#!/usr/bin/env bash
# Token issue + verify per algorithm (ES256, RS256, EdDSA) and the cost of a verified-token cache hit, on JDK 17
# and JDK 25, one thread each (bench/src/TokenAlgorithms.java, jose4j as used by smallrye-jwt).
#   bench/token-algorithms.sh     (-Dwarmup=ms -Dmeasure=ms via BENCH_JAVA_OPTS)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LIB="$BENCH/target/lib"
JOSE4J=0.9.6 SLF4J=2.0.17
if [[ ! -f "$LIB/jose4j-$JOSE4J.jar" || ! -f "$LIB/slf4j-api-$SLF4J.jar" ]]; then
  for a in org.bitbucket.b_c:jose4j:$JOSE4J org.slf4j:slf4j-api:$SLF4J; do
    "$ROOT/mvnw" -q -B -N -f "$ROOT/pom.xml" dependency:copy -Dartifact="$a" -DoutputDirectory="$LIB"
  done
fi
machine_facts
for jdk in "$JDK17" "$JDK25"; do
  echo "== $("$jdk/bin/java" -version 2>&1 | head -1)"
  "$jdk/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$LIB/jose4j-$JOSE4J.jar:$LIB/slf4j-api-$SLF4J.jar" "$BENCH/src/TokenAlgorithms.java" 2>/dev/null
done
