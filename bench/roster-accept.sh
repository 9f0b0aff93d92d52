#!/usr/bin/env bash
# Roster acceptance (issue 6): one command for the whole benchmark. See bench/README.md.
#
#   bench/roster-accept.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_accept (dropped first if it exists),
# (b) builds the application if its sources changed since the last build, (c) starts an Open
# Liberty server of its own (shaodian-bench-accept, under bench/target/liberty, port 9580 / 9943) on
# that database with the demo data and short rostering jobs, (d) brings Shouchang to a Yinhu-like
# sub-district (30 villages, 10,000 people, 113 posts) and, 3 times over the same 7 days of seats,
# starts a rostering job, waits for its proposal, accepts it (timed) and counts what it wrote,
# (e) stops the server, also on failure or Ctrl-C.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), BENCH_DB (shaodian_bench_accept),
# BENCH_DB_USER (shaodian; created if missing), BENCH_DB_PASSWORD, BENCH_HTTP_PORT,
# BENCH_HTTPS_PORT (9580, 9943), BENCH_HEAP (1g), BENCH_DB_POOL_MAX (20), BENCH_SOLVE_SECONDS (15)
# and BENCH_UNIMPROVED_SECONDS (5) for the jobs (the server's SHAODIAN_ROSTER_SOLVE_SECONDS and
# _UNIMPROVED_SECONDS), REPETITIONS (3 timed acceptances), WARMUPS (0 untimed ones before them),
# BENCH_ARGS (extra options for the benchmark, e.g. "--people 10000 --villages 30 --days 7
# --seats 4-10 --away-share 0.1"), BENCH_MACHINE (how the machine is described in the figures),
# PSQL (the admin psql command). The parts shared with the other benchmarks: bench/lib/server.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=roster-accept
server_name=shaodian-bench-accept
db="${BENCH_DB:-shaodian_bench_accept}"
http_port="${BENCH_HTTP_PORT:-9580}"
https_port="${BENCH_HTTPS_PORT:-9943}"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

# (a) a fresh database
bench_fresh_database

# (b) the application, built if its sources are newer than the WAR (or it has none)
bench_build

# (c) a Liberty server of the benchmark's own; jobs solve briefly, so that the runs do not wait
export SHAODIAN_ROSTER_SOLVE_SECONDS="${BENCH_SOLVE_SECONDS:-15}"
export SHAODIAN_ROSTER_UNIMPROVED_SECONDS="${BENCH_UNIMPROVED_SECONDS:-5}"
bench_start_server

# (d) the data and the acceptances
# shellcheck disable=SC2086
java -Xmx512m -cp "$classpath" org.shaodian.bench.RosterAcceptBenchmark \
  --url "http://localhost:$http_port" --jdbc "$DB_URL" \
  --db-user "$db_user" --db-password "$db_password" \
  --repetitions "${REPETITIONS:-3}" --warmups "${WARMUPS:-0}" --machine "$machine" \
  --server-pid "$(cat "$wlp/usr/servers/.pid/$server_name.pid" 2>/dev/null || echo 0)" \
  --json-out "$here/target/roster-accept.json" ${BENCH_ARGS:-} \
  | tee "$here/target/roster-accept.txt"

# (e) the server stops on exit (trap); the figures again, at the end
printf '\n== figures ==\n'
cat "$here/target/roster-accept.txt"
