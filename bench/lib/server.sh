# shellcheck shell=bash
# The parts every benchmark script shares, sourced by them (bench/people-pages.sh,
# bench/roster-accept.sh): a fresh PostgreSQL database, the application built if its sources
# changed, an Open Liberty server of the benchmark's own under bench/target/liberty started on that
# database with the demo data, and stopped again on exit (trap), also on failure or Ctrl-C.
#
# Before sourcing, the script sets (its own defaults, each still overridable by the environment):
#   bench_name   the name its log lines start with, e.g. people-pages
#   server_name  the Liberty server's name, e.g. shaodian-bench
#   db           the database to create afresh, e.g. ${BENCH_DB:-shaodian_bench}
#   http_port, https_port
# Then it calls, in this order: bench_fresh_database, bench_build, bench_start_server. Afterwards
# $classpath runs the bench classes, $DB_URL, $db_user and $db_password reach the database, and
# $machine describes the machine for the figures. Anything exported before bench_start_server
# (say SHAODIAN_ROSTER_SOLVE_SECONDS) reaches the server.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), BENCH_DB_USER (shaodian; created
# if missing, trust or password auth), BENCH_DB_PASSWORD (shaodian), BENCH_HEAP (1g),
# BENCH_DB_POOL_MAX (20), BENCH_DEMO_DATA (true), BENCH_JVM_OPTIONS (more options for the server's JVM, space-separated),
# BENCH_MACHINE (how the machine is described in the figures), PSQL (the
# admin psql command; default `runuser -u postgres -- psql` as root, else `psql -U postgres`).

: "${bench_name:?set bench_name before sourcing bench/lib/server.sh}"
: "${server_name:?set server_name before sourcing bench/lib/server.sh}"
: "${db:?set db before sourcing bench/lib/server.sh}"
: "${http_port:?set http_port before sourcing bench/lib/server.sh}"
: "${https_port:?set https_port before sourcing bench/lib/server.sh}"

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$bench_dir/.." && pwd)"

db_user="${BENCH_DB_USER:-shaodian}"
db_password="${BENCH_DB_PASSWORD:-shaodian}"
heap="${BENCH_HEAP:-1g}"
# shellcheck source=../../scripts/lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
# shellcheck source=../../scripts/lib/layout.sh
source "$root/scripts/lib/layout.sh"
log() { printf '%s.sh: %s\n' "$bench_name" "$*" >&2; }

pg_major="$(psql_admin -d postgres -c 'show server_version_num' | cut -c1-2)"
machine="${BENCH_MACHINE:-$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), PostgreSQL $pg_major}"

if (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; then
  log "port $http_port is in use: stop what listens there or set BENCH_HTTP_PORT"
  exit 1
fi

# A fresh database $db (dropped first if it exists), owned by $db_user (created if missing).
bench_fresh_database() {
  log "database $db (fresh)"
  fresh_database "$db" "$db_user" "$db_password"
}

# The application, built if its sources are newer than the WAR (or it has none); then the
# benchmark classes. Sets $war and $classpath.
bench_build() {
  war="$root/liberty/target/shaodian.war"
  local kernel_jar="$HOME/.m2/repository/org/shaodian/shaodian-kernel/0.1.0-SNAPSHOT/shaodian-kernel-0.1.0-SNAPSHOT.jar"
  if [[ ! -f "$war" || ! -f "$kernel_jar" ]] \
    || [[ -n "$(find "$root/pom.xml" "$root/modules" "$root/liberty/src/main" "$root/liberty/pom.xml" \
        -name target -prune -o -newer "$war" -type f -print -quit)" ]]; then
    log "building the application (mvn -o -q install -DskipTests)"
    (cd "$root" && mvn -o -q install -DskipTests)
  fi
  log "building the benchmark"
  (cd "$root" && mvn -o -q -f bench/pom.xml package -DskipTests)
  classpath="$bench_dir/target/shaodian-bench.jar:$bench_dir/target/lib/*"
}

# A Liberty server of the benchmark's own ($server_name), laid out from the runtime the build uses,
# started on $db with the demo data; stopped on exit. Waits for /health/ready (240 s at most).
bench_start_server() {
  local ol_version zip
  ol_version="$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$root/pom.xml")"
  wlp="$bench_dir/target/liberty/wlp"
  if [[ ! -x "$wlp/bin/server" ]]; then
    zip="$HOME/.m2/repository/io/openliberty/openliberty-runtime/$ol_version/openliberty-runtime-$ol_version.zip"
    [[ -f "$zip" ]] || mvn -o -q dependency:get "-Dartifact=io.openliberty:openliberty-runtime:$ol_version:zip"
    log "unpacking Open Liberty $ol_version"
    mkdir -p "$bench_dir/target/liberty"
    (cd "$bench_dir/target/liberty" && jar xf "$zip" && chmod +x wlp/bin/*)
  fi
  server_dir="$wlp/usr/servers/$server_name"
  lay_out_server "$server_dir"
  # the product's jvm.options (copied above), then the benchmark's heap
  printf -- '-Xms%s\n-Xmx%s\n' "$heap" "$heap" >>"$server_dir/jvm.options"
  # more options for the server's JVM, one per word, e.g. to record a profile:
  # BENCH_JVM_OPTIONS='-XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile'
  for option in ${BENCH_JVM_OPTIONS:-}; do
    printf -- '%s\n' "$option" >>"$server_dir/jvm.options"
  done

  export DB_DS_CLASS=org.postgresql.ds.PGSimpleDataSource
  export DB_URL="jdbc:postgresql://$pghost:$pgport/$db"
  export DB_USER="$db_user" DB_PASSWORD="$db_password"
  export DB_POOL_MAX="${BENCH_DB_POOL_MAX:-20}"
  export HTTP_PORT="$http_port" HTTPS_PORT="$https_port"
  export SHAODIAN_DEMO_DATA="${BENCH_DEMO_DATA:-true}"
  # personal data is sealed at rest: a bench-only pair of keys (README: SHAODIAN_PERSONAL_DATA_*)
  SHAODIAN_PERSONAL_DATA_KEYS="1:$(printf 'bench-only personal-data key 1!!' | base64)"
  SHAODIAN_PERSONAL_DATA_INDEX_KEY="$(printf 'bench-only blind index key, 32b!' | base64)"
  export SHAODIAN_PERSONAL_DATA_KEYS SHAODIAN_PERSONAL_DATA_INDEX_KEY

  trap bench_stop_server EXIT
  trap 'exit 130' INT TERM

  log "starting Open Liberty ($server_name, port $http_port, heap $heap)"
  "$wlp/bin/server" start "$server_name" --clean >/dev/null
  local ready=""
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "http://localhost:$http_port/health/ready" 2>/dev/null; then
      ready=yes
      break
    fi
    sleep 1
  done
  if [[ -z "$ready" ]]; then
    log "the server was not ready after 240 s; its log:"
    tail -50 "$server_dir/logs/messages.log" >&2 || true
    exit 1
  fi
  log "server ready"
}

bench_stop_server() {
  log "stopping the server"
  "$wlp/bin/server" stop "$server_name" >/dev/null 2>&1 || true
}
