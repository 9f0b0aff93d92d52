#!/usr/bin/env bash
# The morning briefing runs once per cluster (issue 9): two Open Liberty servers on one PostgreSQL
# database, started at the same moment, with the morning run due at once (SHAODIAN_BRIEFING_HOUR=0).
#
#   scripts/briefing-cluster.sh
#
# (a) creates a fresh database shaodian_cluster, (b) builds the application if its sources changed,
# (c) lays out two servers of its own (shaodian-cluster-a on 9880, shaodian-cluster-b on 9881)
# from the runtime the build uses and starts both at once, (d) waits until every district's and
# town's briefing of yesterday is archived, and checks that each was made once: one row each, one
# "archived" audit entry each, one persistent timer in Liberty's table, and one server's log naming
# the run; (e) fail-over: stops the server that ran it (kill -9), removes yesterday's archive as if
# it had never been made, and waits for the other server to take the timer over and make them
# again, once each; (f) stops the servers, also on failure or Ctrl-C. Prints the figures at the end.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), CLUSTER_DB (shaodian_cluster),
# PSQL (the admin psql command; default `runuser -u postgres -- psql` as root, else
# `psql -U postgres`), TAKEOVER_SECONDS (600: how long (e) may take; Liberty's fail-over needs the
# missed-task threshold, 100 s here, plus a poll of up to a minute).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
pghost="${PGHOST:-127.0.0.1}"
pgport="${PGPORT:-5432}"
db="${CLUSTER_DB:-shaodian_cluster}"
takeover_seconds="${TAKEOVER_SECONDS:-600}"
servers=(shaodian-cluster-a shaodian-cluster-b)
http_ports=(9880 9881)
https_ports=(9843 9844)
if [[ -z "${PSQL:-}" ]]; then
  if [[ "$(id -u)" == 0 ]] && id postgres >/dev/null 2>&1; then
    PSQL="runuser -u postgres -- psql"
  else
    PSQL="psql -U postgres"
  fi
fi
psql_admin() { $PSQL -h "$pghost" -p "$pgport" -v ON_ERROR_STOP=1 -qAt "$@"; }
sql() { psql_admin -d "$db" -c "$1"; }
log() { printf 'briefing-cluster.sh: %s\n' "$*" >&2; }

# (a) a fresh database
log "database $db (fresh)"
psql_admin -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'shaodian') then
    create role shaodian login password 'shaodian';
  end if;
end \$\$;
drop database if exists "$db" with (force);
create database "$db" owner shaodian;
SQL

# (b) the application, built if its sources are newer than the WAR
war="$root/liberty/target/shaodian.war"
if [[ ! -f "$war" ]] || [[ -n "$(find "$root/pom.xml" "$root/modules" "$root/reports/src" \
    "$root/liberty/src/main" "$root/liberty/pom.xml" -name target -prune -o -newer "$war" -type f \
    -print -quit)" ]]; then
  log "building the application (mvn -o -q install -DskipTests)"
  (cd "$root" && mvn -o -q install -DskipTests)
fi

# (c) two servers of our own, from the runtime the build uses
ol_version="$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$root/pom.xml")"
pg_version="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")"
wlp="$root/target/cluster/wlp"
if [[ ! -x "$wlp/bin/server" ]]; then
  zip="$HOME/.m2/repository/io/openliberty/openliberty-runtime/$ol_version/openliberty-runtime-$ol_version.zip"
  [[ -f "$zip" ]] || mvn -o -q dependency:get "-Dartifact=io.openliberty:openliberty-runtime:$ol_version:zip"
  log "unpacking Open Liberty $ol_version"
  mkdir -p "$root/target/cluster"
  (cd "$root/target/cluster" && jar xf "$zip" && chmod +x wlp/bin/*)
fi
stop_all() {
  for server in "${servers[@]}"; do
    "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

export DB_DS_CLASS=org.postgresql.ds.PGSimpleDataSource
export DB_URL="jdbc:postgresql://$pghost:$pgport/$db"
export DB_USER=shaodian DB_PASSWORD=shaodian
export SHAODIAN_DEMO_DATA=true
SHAODIAN_PERSONAL_DATA_KEYS="1:$(printf 'cluster-only personal data key!!' | base64)"
SHAODIAN_PERSONAL_DATA_INDEX_KEY="$(printf 'cluster-only blind index key 32b' | base64)"
export SHAODIAN_PERSONAL_DATA_KEYS SHAODIAN_PERSONAL_DATA_INDEX_KEY
# the morning run is due as soon as a server is up; fail-over after Liberty's least threshold
export SHAODIAN_BRIEFING_HOUR=0
export TIMER_MISSED_TASK_THRESHOLD=100s

for i in 0 1; do
  dir="$wlp/usr/servers/${servers[$i]}"
  rm -rf "$dir"
  mkdir -p "$dir/apps" "$dir/jdbc"
  cp "$root"/liberty/src/main/liberty/config/* "$dir/"
  cp "$war" "$dir/apps/shaodian.war"
  cp "$HOME/.m2/repository/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar" "$dir/jdbc/"
  printf -- '-Xmx512m\n' >"$dir/jvm.options"
  printf 'HTTP_PORT=%s\nHTTPS_PORT=%s\n' "${http_ports[$i]}" "${https_ports[$i]}" >>"$dir/server.env"
done
log "starting ${servers[*]} at the same moment (ports ${http_ports[*]})"
for server in "${servers[@]}"; do
  "$wlp/bin/server" start "$server" --clean >/dev/null &
done
wait
for port in "${http_ports[@]}"; do
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://localhost:$port/health/ready" 2>/dev/null && break
    sleep 1
  done
  curl -fsS -o /dev/null "http://localhost:$port/health/ready" || { log "port $port not ready"; exit 1; }
done
log "both servers ready"

yesterday="$(TZ=Asia/Shanghai date -d yesterday +%F)"
expected="$(sql "select count(*) from kernel_region where level in ('DISTRICT', 'TOWN')")"

# waits until yesterday's briefings are all archived; prints the seconds it took
await_archive() {
  local limit="$1" started=$SECONDS
  while ((SECONDS - started < limit)); do
    if [[ "$(sql "select count(*) from reporting_briefing where briefing_day = '$yesterday'")" == "$expected" ]]; then
      echo $((SECONDS - started))
      return 0
    fi
    sleep 2
  done
  log "yesterday's briefings were not all archived after $limit s:"
  sql "select region_code, generated_by from reporting_briefing where briefing_day = '$yesterday'" >&2
  return 1
}

# checks each region's briefing was made once; prints which server's log tells of the run
check_once() {
  local rows regions archived
  rows="$(sql "select count(*) from reporting_briefing where briefing_day = '$yesterday'")"
  regions="$(sql "select count(distinct region_code) from reporting_briefing where briefing_day = '$yesterday'")"
  archived="$(sql "select count(*) from kernel_audit where action = 'archived' and subject_id like '%/$yesterday'")"
  if [[ "$rows" != "$expected" || "$regions" != "$expected" || "$archived" != "$1" ]]; then
    log "not once each: $rows rows for $regions regions, $archived 'archived' audit entries (expected $expected, $1)"
    return 1
  fi
}
ran_on() {
  local who=()
  for server in "${servers[@]}"; do
    if grep -q "morning briefings of $yesterday: $expected made" "$wlp/usr/servers/$server/logs/messages.log"; then
      who+=("$server")
    fi
  done
  echo "${who[*]}"
}

# (d) the run, once
first_seconds="$(await_archive 300)"
sleep 5 # a second run would have begun by now
check_once "$expected"
timers="$(sql "select count(*) from shaodian_timer_task where iname like '%MorningBriefingTimer%'" 2>/dev/null || echo '?')"
# the retention purge's hourly timer is the same machinery: created once by the two servers too
retention_timers="$(sql "select count(*) from shaodian_timer_task where iname like '%RetentionTimer%'" 2>/dev/null || echo '?')"
if [[ "$timers" != 1 || "$retention_timers" != 1 ]]; then
  log "persistent timers: $timers for the briefings, $retention_timers for the retention purge (expected 1 each)"
  exit 1
fi
first="$(ran_on)"
if [[ "$first" == *" "* || -z "$first" ]]; then
  log "the run was logged by: '${first}' (expected exactly one server)"
  exit 1
fi
log "run 1: $expected briefings of $yesterday in ${first_seconds}s, once each, by $first; persistent timers: $timers"

# (e) fail-over: the server that ran it dies; its timer must move to the other one
pid="$(cat "$wlp/usr/servers/.pid/$first.pid")"
kill -9 "$pid"
log "killed $first (pid $pid); yesterday's archive removed, as if never made"
sql "delete from reporting_briefing where briefing_day = '$yesterday'" >/dev/null
second_seconds="$(await_archive "$takeover_seconds")"
sleep 5
check_once "$((expected * 2))"
other="${servers[0]}"
[[ "$first" == "$other" ]] && other="${servers[1]}"
if ! grep -q "morning briefings of $yesterday: $expected made" "$wlp/usr/servers/$other/logs/messages.log"; then
  log "the archive was made again, but $other's log does not tell of it"
  exit 1
fi
log "run 2: $other took the timer over and made the $expected briefings again in ${second_seconds}s"

printf '\nbriefing cluster, %s: 2 servers, one database (PostgreSQL %s)\n' "$(date -u +%F)" \
  "$(psql_admin -d postgres -c 'show server_version' | cut -d' ' -f1)"
printf '  regions (districts and towns)      %s\n' "$expected"
printf '  run 1: made once each, by          %s, %ss after both were ready\n' "$first" "$first_seconds"
printf '  persistent timers in the database  %s (briefings), %s (retention purge)\n' "$timers" "$retention_timers"
printf '  run 2 after kill -9 of %s: made once each by %s, %ss later\n' "$first" "$other" "$second_seconds"
