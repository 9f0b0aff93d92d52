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
# Environment (all optional): CLUSTER_DB (shaodian_cluster), TAKEOVER_SECONDS (600: how long (e)
# may take; Liberty's fail-over needs the missed-task threshold, 100 s here, plus a poll of up to
# a minute), and what scripts/lib/cluster.sh reads (PGHOST, PGPORT, PSQL, CLUSTER_HEAP).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script_name=briefing-cluster
db="${CLUSTER_DB:-shaodian_cluster}"
takeover_seconds="${TAKEOVER_SECONDS:-600}"
servers=(shaodian-cluster-a shaodian-cluster-b)
http_ports=(9880 9881)
https_ports=(9843 9844)
# shellcheck source=lib/cluster.sh
source "$here/lib/cluster.sh"

# (a) a fresh database, (b) the application, built if its sources changed
cluster_fresh_database
cluster_build

# (c) two servers of our own, from the runtime the build uses; the morning run is due as soon as
# a server is up; fail-over after Liberty's least threshold
export SHAODIAN_BRIEFING_HOUR=0
export TIMER_MISSED_TASK_THRESHOLD=100s
cluster_layout
log "starting ${servers[*]} at the same moment (ports ${http_ports[*]})"
cluster_start "${servers[@]}"
cluster_await_ready "${http_ports[@]}"
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
pid="$(cluster_pid "$first")"
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
