#!/usr/bin/env bash
# People pages (issue 5): one command for the whole benchmark. See bench/README.md.
#
#   bench/people-pages.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench (dropped first if it exists), (b) builds
# the application if its sources changed since the last build, (c) starts an Open Liberty server of
# its own (shaodian-bench, under bench/target/liberty, port 9480 / 9843) on that database with the
# demo data, (d) loads 50,000 people into Shouchang and 1,000,000 over the rest of Hangzhou,
# (e) runs the benchmark and its baseline, (f) stops the server, also on failure or Ctrl-C.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), BENCH_DB (shaodian_bench),
# BENCH_DB_USER (shaodian; created if missing, trust or password auth), BENCH_DB_PASSWORD,
# BENCH_HTTP_PORT, BENCH_HTTPS_PORT (9480, 9843), BENCH_HEAP (1g), BENCH_DB_POOL_MAX (20),
# TOWN_PEOPLE (50000), CITY_PEOPLE (1000000), BENCH_ARGS (extra options for the benchmark, e.g.
# "--duration 20 --samples 50"), BENCH_MACHINE (how the machine is described in the figures),
# PSQL (the admin psql command; default `runuser -u postgres -- psql` as root, else `psql -U postgres`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

pghost="${PGHOST:-127.0.0.1}"
pgport="${PGPORT:-5432}"
db="${BENCH_DB:-shaodian_bench}"
db_user="${BENCH_DB_USER:-shaodian}"
db_password="${BENCH_DB_PASSWORD:-shaodian}"
http_port="${BENCH_HTTP_PORT:-9480}"
https_port="${BENCH_HTTPS_PORT:-9843}"
heap="${BENCH_HEAP:-1g}"
if [[ -z "${PSQL:-}" ]]; then
  if [[ "$(id -u)" == 0 ]] && id postgres >/dev/null 2>&1; then
    PSQL="runuser -u postgres -- psql"
  else
    PSQL="psql -U postgres"
  fi
fi
psql_admin() { $PSQL -h "$pghost" -p "$pgport" -v ON_ERROR_STOP=1 -qAt "$@"; }
pg_major="$(psql_admin -d postgres -c 'show server_version_num' | cut -c1-2)"
machine="${BENCH_MACHINE:-$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), PostgreSQL $pg_major}"

log() { printf 'people-pages.sh: %s\n' "$*" >&2; }

if (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; then
  log "port $http_port is in use: stop what listens there or set BENCH_HTTP_PORT"
  exit 1
fi

# (a) a fresh database
log "database $db (fresh)"
psql_admin -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$db_user') then
    create role "$db_user" login password '$db_password';
  end if;
end \$\$;
drop database if exists "$db" with (force);
create database "$db" owner "$db_user";
SQL

# (b) the application, built if its sources are newer than the WAR (or it has none)
war="$root/liberty/target/shaodian.war"
kernel_jar="$HOME/.m2/repository/org/shaodian/shaodian-kernel/0.1.0-SNAPSHOT/shaodian-kernel-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$war" || ! -f "$kernel_jar" ]] \
  || [[ -n "$(find "$root/pom.xml" "$root/modules" "$root/liberty/src/main" "$root/liberty/pom.xml" \
      -name target -prune -o -newer "$war" -type f -print -quit)" ]]; then
  log "building the application (mvn -o -q install -DskipTests)"
  mvn -o -q install -DskipTests
fi
log "building the benchmark"
mvn -o -q -f bench/pom.xml package -DskipTests
classpath="$here/target/shaodian-bench.jar:$here/target/lib/*"

# (c) a Liberty server of the benchmark's own, laid out from the runtime the build uses
ol_version="$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$root/pom.xml")"
pg_version="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")"
wlp="$here/target/liberty/wlp"
if [[ ! -x "$wlp/bin/server" ]]; then
  zip="$HOME/.m2/repository/io/openliberty/openliberty-runtime/$ol_version/openliberty-runtime-$ol_version.zip"
  [[ -f "$zip" ]] || mvn -o -q dependency:get "-Dartifact=io.openliberty:openliberty-runtime:$ol_version:zip"
  log "unpacking Open Liberty $ol_version"
  mkdir -p "$here/target/liberty"
  (cd "$here/target/liberty" && jar xf "$zip" && chmod +x wlp/bin/*)
fi
server_dir="$wlp/usr/servers/shaodian-bench"
rm -rf "$server_dir"
mkdir -p "$server_dir/apps" "$server_dir/jdbc"
cp "$root"/liberty/src/main/liberty/config/* "$server_dir/"
cp "$war" "$server_dir/apps/shaodian.war"
cp "$HOME/.m2/repository/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar" \
  "$server_dir/jdbc/postgresql.jar"
printf -- '-Xms%s\n-Xmx%s\n' "$heap" "$heap" >"$server_dir/jvm.options"

export DB_DS_CLASS=org.postgresql.ds.PGSimpleDataSource
export DB_URL="jdbc:postgresql://$pghost:$pgport/$db"
export DB_USER="$db_user" DB_PASSWORD="$db_password"
export DB_POOL_MAX="${BENCH_DB_POOL_MAX:-20}"
export HTTP_PORT="$http_port" HTTPS_PORT="$https_port"
export SHAODIAN_DEMO_DATA=true
# personal data is sealed at rest: a bench-only pair of keys (README: SHAODIAN_PERSONAL_DATA_*)
export SHAODIAN_PERSONAL_DATA_KEYS="1:$(printf 'bench-only personal-data key 1!!' | base64)"
export SHAODIAN_PERSONAL_DATA_INDEX_KEY="$(printf 'bench-only blind index key, 32b!' | base64)"

stop_server() {
  log "stopping the server"
  "$wlp/bin/server" stop shaodian-bench >/dev/null 2>&1 || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

log "starting Open Liberty (shaodian-bench, port $http_port, heap $heap)"
"$wlp/bin/server" start shaodian-bench --clean >/dev/null
ready=""
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

# (d) the people
java -cp "$classpath" org.shaodian.bench.PeopleData \
  --jdbc "$DB_URL" --user "$db_user" --password "$db_password" \
  --town 330182107000 --town-people "${TOWN_PEOPLE:-50000}" \
  --city 330100 --city-people "${CITY_PEOPLE:-1000000}" | tee "$here/target/people-data.txt"

# (e) the benchmark, with its baseline
# shellcheck disable=SC2086
java -Xmx1g -cp "$classpath" org.shaodian.bench.PeoplePagesBenchmark \
  --url "http://localhost:$http_port" --jdbc "$DB_URL" \
  --db-user "$db_user" --db-password "$db_password" \
  --machine "$machine" --json-out "$here/target/people-pages.json" ${BENCH_ARGS:-} \
  | tee "$here/target/people-pages.txt"

# (f) the server stops on exit (trap); the figures again, at the end
printf '\n== load ==\n'
cat "$here/target/people-data.txt"
