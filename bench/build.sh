#!/usr/bin/env bash
# Builds the packagings the benchmarks compare, each into its own directory bench/target/apps/VARIANT/
# (quarkus-run.jar, lib/, ...; the modules' own target/quarkus-app stays as ./mvnw left it):
#   SERVICE          fast-jar, JDK 17 (SERVICE: token-issuer, ecs, ees)
#   SERVICE-appcds   + AppCDS archive (app-cds.jsa, made at build time on JDK 17)
#   SERVICE-aot      + JDK 25 AOT cache (app.aot, built and run with JDK 25)
#   ecs-bench        ECS built with -Dquarkus.profile=bench: has the mTLS-only switch (never deploy)
#   bench/build.sh [VARIANT...]       (default: all)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
. "$HERE/lib.sh"

build() {
  local name="$1" module="$2" java_home="$3"; shift 3
  echo "building $name ..."
  rm -rf "$APPS/$name"
  JAVA_HOME="$java_home" "$ROOT/mvnw" -q -B -f "$ROOT/pom.xml" -pl "$module" -am package -DskipTests \
    -Dquarkus.package.output-directory="$APPS/$name" "$@"
}

variant() {
  case "$1" in
    token-issuer|ecs|ees) build "$1" "$1" "$JDK17" ;;
    ecs-bench) build ecs-bench ecs "$JDK17" -Dquarkus.profile=bench ;;
    token-issuer-appcds|ecs-appcds|ees-appcds) build "$1" "${1%-appcds}" "$JDK17" -Dquarkus.package.jar.appcds.enabled=true ;;
    token-issuer-aot|ecs-aot|ees-aot) build "$1" "${1%-aot}" "$JDK25" $AOT_FLAGS ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

AOT_FLAGS="-Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=aot -Dquarkus.package.jar.aot.phase=build"
mkdir -p "$APPS"
if [[ $# -eq 0 ]]; then
  set -- "${VARIANTS[@]}"
fi
for v in "$@"; do variant "$v"; done
ls -d "$APPS"/*/quarkus-run.jar
