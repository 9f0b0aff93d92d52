#!/usr/bin/env bash
# The reliability suite (issue 11): nothing acknowledged is lost, nothing is stored twice, when a
# server dies, when PostgreSQL stops, when the same batch reaches two servers.
#
#   scripts/reliability.sh            (as root, or as a user who may stop and start PostgreSQL)
#
# (a) creates a fresh database shaodian_reliability, builds the application and the drill if
# their sources changed, and starts two servers of its own on it (shaodian-reliability-a on 9882,
# -b on 9883; scripts/lib/cluster.sh), with the demo data; then three phases, each a run of
# org.shaodian.bench.ReliabilityDrill (device batches of the demo's Shouchang highway exit, sent
# again until acknowledged; counted with SQL at the end):
# (b) twice: every batch sent to both servers at the same moment: each item stored by one of them;
# (c) crash: INSPECTIONS (100,000) in batches of 500 to server a, killed (kill -9) when a third is
#     acknowledged and started again: stored = acknowledged and sent again, 0 lost, 0 duplicated;
# (d) outage: the same to server a while PostgreSQL is stopped for OUTAGE_SECONDS (30): answers
#     are 503 problem+json with Retry-After, none missing within the client timeout (30 s); its
#     readiness goes DOWN and comes back UP without a restart; 0 lost, 0 duplicated.
# Each phase prints requests, acknowledged, stored, lost and duplicated, and fails the script
# when one is wrong; the figures of the last run go to bench/target/reliability.txt.
#
# Environment (all optional): INSPECTIONS (100000), OUTAGE_INSPECTIONS (40000), TWICE_INSPECTIONS
# (20000), OUTAGE_SECONDS (30), PHASES (twice,crash,outage), RELIABILITY_DB
# (shaodian_reliability), PG_CLUSTER (the PostgreSQL cluster to stop, "VERSION NAME" as
# pg_lsclusters lists it; default the one on PGPORT), and what scripts/lib/cluster.sh reads
# (PGHOST, PGPORT, PSQL, CLUSTER_HEAP).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script_name=reliability
db="${RELIABILITY_DB:-shaodian_reliability}"
servers=(shaodian-reliability-a shaodian-reliability-b)
http_ports=(9882 9883)
https_ports=(9845 9846)
phases="${PHASES:-twice,crash,outage}"
# shellcheck source=lib/cluster.sh
source "$here/lib/cluster.sh"

# (a) the database, the application and the drill, two servers
cluster_fresh_database
cluster_build
log "building the drill (bench)"
(cd "$root" && mvn -o -q -f bench/pom.xml package -DskipTests)
classpath="$root/bench/target/shaodian-bench.jar:$root/bench/target/lib/*"
export CLUSTER_HEAP="${CLUSTER_HEAP:-768m}"
cluster_layout
log "starting ${servers[*]} (ports ${http_ports[*]})"
cluster_start "${servers[@]}"
cluster_await_ready "${http_ports[@]}"
log "both servers ready"

url_a="http://localhost:${http_ports[0]}"
url_b="http://localhost:${http_ports[1]}"
out="$root/bench/target/reliability.txt"
mkdir -p "$(dirname "$out")"
: >"$out"
progress="$(mktemp)"

drill() {
  java -Xmx1g -cp "$classpath" org.shaodian.bench.ReliabilityDrill --jdbc "$DB_URL" \
    --db-user "$DB_USER" --db-password "$DB_PASSWORD" --progress-file "$progress" "$@"
}

# waits until the running drill has had $1 items acknowledged
await_acknowledged() {
  for _ in $(seq 1 600); do
    acknowledged="$(cat "$progress" 2>/dev/null || true)"
    if ((${acknowledged:-0} >= $1)); then
      return 0
    fi
    sleep 0.5
  done
  log "the drill did not get $1 items acknowledged in 300 s"
  return 1
}

# (b) the same batch to two servers at once
if [[ ",$phases," == *,twice,* ]]; then
  log "twice: each batch to both servers at the same moment"
  drill --phase twice --urls "$url_a,$url_b" --inspections "${TWICE_INSPECTIONS:-20000}" \
    --batch-size 200 --senders 2 | tee -a "$out"
fi

# (c) kill -9 during the ingest
if [[ ",$phases," == *,crash,* ]]; then
  total="${INSPECTIONS:-100000}"
  echo 0 >"$progress"
  drill --phase crash --urls "$url_a" --inspections "$total" --batch-size 500 --senders 4 \
    >"$out.crash" &
  drill_pid=$!
  await_acknowledged $((total / 3))
  pid="$(cluster_pid "${servers[0]}")"
  kill -9 "$pid"
  log "crash: killed ${servers[0]} (pid $pid) with $(cat "$progress") acknowledged; starting it again"
  "$wlp/bin/server" start "${servers[0]}" >/dev/null
  cluster_await_ready "${http_ports[0]}"
  log "crash: ${servers[0]} ready again"
  status=0
  wait "$drill_pid" || status=$?
  tee -a "$out" <"$out.crash"
  ((status == 0)) || exit "$status"
fi

# (d) PostgreSQL stopped under load
if [[ ",$phases," == *,outage,* ]]; then
  cluster="${PG_CLUSTER:-$(pg_lsclusters --no-header | awk -v port="$pgport" '$3 == port {print $1, $2; exit}')}"
  [[ -n "$cluster" ]] || { log "no PostgreSQL cluster on port $pgport (set PG_CLUSTER)"; exit 1; }
  total="${OUTAGE_INSPECTIONS:-40000}"
  echo 0 >"$progress"
  drill --phase outage --urls "$url_a" --inspections "$total" --batch-size 500 --senders 4 \
    >"$out.outage" &
  drill_pid=$!
  await_acknowledged $((total / 4))
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $cluster stop -m fast
  log "outage: PostgreSQL ($cluster) stopped with $(cat "$progress") acknowledged"
  sleep "${OUTAGE_SECONDS:-30}"
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $cluster start
  log "outage: PostgreSQL started again after ${OUTAGE_SECONDS:-30} s"
  status=0
  wait "$drill_pid" || status=$?
  tee -a "$out" <"$out.outage"
  ((status == 0)) || exit "$status"
fi

printf '\n== reliability, %s, %s ==\n' "$(date -u +%F)" \
  "$(nproc) cores, PostgreSQL $(psql_admin -d postgres -c 'show server_version' | cut -d' ' -f1)"
grep -E '^(RELIABILITY|  )' "$out"
