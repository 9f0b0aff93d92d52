#!/usr/bin/env bash
# The packages a data centre runs without Maven (docs/operations.md, "Packages"): the runnable JAR
# started on PostgreSQL with its settings from the environment alone, as a smoke test.
#
#   scripts/package-smoke.sh
#
# (a) builds liberty/target/shaodian.jar and liberty/target/shaodian-server.zip (`mvn -o -Ppackage
# package -Dmaven.test.skip=true`) if the sources are newer than the JAR, and checks that both hold
# the server "shaodian" with its configuration, WAR and JDBC drivers; (b) creates a fresh database
# shaodian_package; (c) starts `java -jar shaodian.jar` in an empty temporary directory with an
# emptied environment but for the settings (DB_*, HTTP_PORT=9980, HTTPS_PORT=9943, demo data,
# personal-data keys), extracting it there; (d) waits for /health/ready, checks that the tables
# are in shaodian_package, that a region reads as JSON and that a report comes as a PDF; (e) stops
# the JVM, also on failure or Ctrl-C. Prints the figures at the end: package sizes, seconds from
# launch to ready.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), PACKAGE_DB (shaodian_package),
# PSQL (the admin psql command; default `runuser -u postgres -- psql` as root, else
# `psql -U postgres`), JAVA (java on the PATH), MVN (`mvn -o`), READY_SECONDS (240: how long the
# server may take to be ready).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
db="${PACKAGE_DB:-shaodian_package}"
ready_seconds="${READY_SECONDS:-240}"
java_cmd="$(readlink -f "$(command -v "${JAVA:-java}")")"
mvn_cmd="${MVN:-mvn -o}"
http_port=9980
https_port=9943
base="http://localhost:$http_port"
# shellcheck source=lib/postgres.sh
source "$here/lib/postgres.sh"
log() { printf 'package-smoke.sh: %s\n' "$*" >&2; }
list() { unzip -Z1 "$1" 2>/dev/null || jar tf "$1"; }

# (a) the packages, built if the sources are newer than the JAR
jar="$root/liberty/target/shaodian.jar"
zip="$root/liberty/target/shaodian-server.zip"
build_seconds=-
if [[ ! -f "$jar" || ! -f "$zip" ]] || [[ -n "$(find "$root/pom.xml" "$root/modules" "$root/reports/src" \
    "$root/liberty/src/main" "$root/liberty/pom.xml" -name target -prune -o -newer "$jar" -type f \
    -print -quit)" ]]; then
  log "building the packages ($mvn_cmd -q -Ppackage package -Dmaven.test.skip=true)"
  started=$SECONDS
  (cd "$root" && $mvn_cmd -q -Ppackage package -Dmaven.test.skip=true)
  build_seconds=$((SECONDS - started))
fi
for package in "$jar" "$zip"; do
  entries="$(list "$package")"
  for entry in server.xml server.env jvm.options demo-registry.xml apps/shaodian.war \
      jdbc/postgresql.jar jdbc/h2.jar; do
    if ! grep -qx "wlp/usr/servers/shaodian/$entry" <<<"$entries"; then
      log "$(basename "$package") has no wlp/usr/servers/shaodian/$entry"
      exit 1
    fi
  done
  # the libraries the WAR leaves to the server (server.xml's library "libraries"): the same as
  # the tested server's (liberty/target/lib), by name without version; the Liberty plugin copies
  # them by a list in liberty/pom.xml (copyDependencies), the tests' by Maven's dependencies
  expected="$(ls "$root/liberty/target/lib" | sed -E 's/-[0-9][^-]*(-[A-Za-z]+)?\.jar$//; s/\.jar$//' | sort)"
  packaged="$(grep -oE "^wlp/usr/servers/shaodian/lib/[^/]+\.jar$" <<<"$entries" | sed -E 's:.*/::; s/\.jar$//' \
    | grep -v '^shaodian-' | sort || true)"
  if [[ -z "$packaged" || "$expected" != "$packaged" ]]; then
    log "$(basename "$package"): its lib/ differs from the tested server's (liberty/target/lib): $(diff \
      <(echo "$expected") <(echo "$packaged") | grep '^[<>]' | tr '\n' ' ')"
    exit 1
  fi
done
log "both packages hold the server shaodian with its WAR, its libraries and JDBC drivers"

# (b) a fresh database
for _ in $(seq 1 30); do pg_isready -q -h "$pghost" -p "$pgport" && break; sleep 1; done
log "database $db (fresh)"
fresh_database "$db"

# (c) the JAR alone, in an empty directory, its settings from the environment only
work="$(mktemp -d "${TMPDIR:-/tmp}/shaodian-package.XXXXXX")"
pid=
stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    # the JAR runs the server in a JVM of its own (jvm.options apply), which its shutdown hook
    # stops; should the hook not end within a minute, both are killed
    local server
    server="$(pgrep -P "$pid" || true)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" $server 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
finish() {
  local rc=$?
  stop
  if [[ $rc != 0 && -f "$work/console.log" ]]; then
    log "failed; the server's console (last 40 lines), all of it in $work/console.log:"
    tail -n 40 "$work/console.log" >&2 || true
  else
    rm -rf "$work"
  fi
}
trap finish EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null "$base/" 2>/dev/null; then
  log "something already answers on port $http_port: stop it first"
  exit 1
fi
personal_data_keys="1:$(printf 'package-only personal data key!!' | base64)"
personal_data_index_key="$(printf 'package-only blind index key 32b' | base64)"
log "starting java -jar $(basename "$jar") in $work (ports $http_port, $https_port)"
launched="$(date +%s.%N)"
(
  cd "$work"
  exec env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 JAVA_HOME="${java_cmd%/bin/java}" \
    WLP_JAR_EXTRACT_ROOT="$work" \
    DB_DS_CLASS=org.postgresql.ds.PGSimpleDataSource \
    DB_URL="jdbc:postgresql://$pghost:$pgport/$db" \
    DB_USER=shaodian DB_PASSWORD=shaodian \
    HTTP_PORT=$http_port HTTPS_PORT=$https_port \
    SHAODIAN_DEMO_DATA=true \
    SHAODIAN_PERSONAL_DATA_KEYS="$personal_data_keys" \
    SHAODIAN_PERSONAL_DATA_INDEX_KEY="$personal_data_index_key" \
    "$java_cmd" -jar "$jar" >console.log 2>&1
) &
pid=$!

# (d) ready, on the database given, and answering
ready=
while true; do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then
    ready="$(date +%s.%N)"
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    log "the JVM ended before the server was ready"
    exit 1
  fi
  if (($(date +%s) - ${launched%.*} > ready_seconds)); then
    log "not ready after $ready_seconds s"
    exit 1
  fi
  sleep 1
done
ready_after="$(awk -v a="$launched" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')"
log "ready after ${ready_after}s"

migrated="$(psql_admin -d "$db" -c "select count(*) from information_schema.tables where table_name like 'flyway_history_%'")"
if ((migrated == 0)); then
  log "no Flyway history table in $db: the server did not use the database it was given"
  exit 1
fi

region="$work/region.json"
status="$(curl -sS -o "$region" -w '%{http_code} %{content_type}' -u shouchang-official:shaodian \
  "$base/api/v1/regions/330182107000")"
if [[ "$status" != "200 application/json"* ]] || ! grep -q '"330182107000"' "$region"; then
  log "GET /api/v1/regions/330182107000: $status, $(head -c 300 "$region")"
  exit 1
fi
pdf="$work/people.pdf"
status="$(curl -sS -o "$pdf" -w '%{http_code}' -u shouchang-official:shaodian \
  "$base/api/v1/reports/people?region=330182107000")"
if [[ "$status" != 200 || "$(head -c 4 "$pdf")" != "%PDF" ]]; then
  log "GET /api/v1/reports/people?region=330182107000: $status, $(head -c 300 "$pdf")"
  exit 1
fi
log "a region as JSON ($(wc -c <"$region") bytes), the people's report as PDF ($(wc -c <"$pdf") bytes)"

# (e) stopped
stop
pid=

mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
printf '\npackage smoke test, %s: java -jar on PostgreSQL %s, settings from the environment only\n' \
  "$(date -u +%F)" "$(psql_admin -d postgres -c 'show server_version' | cut -d' ' -f1)"
printf '  runnable JAR (minify,runnable)     %s (liberty/target/shaodian.jar)\n' "$(mib "$jar")"
printf '  server zip (usr)                   %s (liberty/target/shaodian-server.zip)\n' "$(mib "$zip")"
printf '  built in                           %s s (-: it was up to date)\n' "$build_seconds"
printf '  launch to /health/ready            %s s\n' "$ready_after"
printf '  Flyway history tables in the db    %s (%s)\n' "$migrated" "$db"
printf '  the whole smoke test               %s s\n' "$SECONDS"
printf '  load average at the end            %s (%s cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
