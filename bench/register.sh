#!/usr/bin/env bash
# Residents register (issue 7): one command for the whole benchmark. See bench/README.md.
#
#   bench/register.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_register (dropped first if it exists),
# (b) builds the application if its sources changed since the last build, (c) starts an Open
# Liberty server of its own (shaodian-bench-register, under bench/target/liberty, port 9680 / 9743)
# on that database with the demo data, (d) brings the city to 400 grids and loads 1,000,000
# residents (COPY; ID numbers and phones sealed as the application seals them), (e) runs the
# benchmark: the register's pages for a grid worker and a district official with their baseline,
# the XLSX import of 10,000 residents with its raw JDBC baseline, the re-import and the export,
# and the server's live heap while files of 2,000 to 50,000 residents are imported and exported,
# (f) stops the server, also on failure or Ctrl-C.
#
# Environment (all optional): SKIP_LOAD=1 keeps the database of the last run and its residents (no
# (a), no (d): about a minute less; the benchmark empties its own grids first), PHASES
# (pages,import,heap), RESIDENTS (1000000), GRIDS (400), WORKER_RESIDENTS (3500), IMPORT_ROWS
# (10000), REPETITIONS (5), HEAP_ROWS (2000,10000,50000), BENCH_ARGS (more options for the
# benchmark, e.g. "--duration 0" for no load phase, "--samples 50"), PGHOST, PGPORT, BENCH_DB
# (shaodian_bench_register), BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_HTTP_PORT, BENCH_HTTPS_PORT
# (9680, 9743), BENCH_HEAP (1g), BENCH_DB_POOL_MAX (20), BENCH_MACHINE, PSQL. The parts shared
# with the other benchmarks (database, build, server): bench/lib/server.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=register
server_name=shaodian-bench-register
db="${BENCH_DB:-shaodian_bench_register}"
http_port="${BENCH_HTTP_PORT:-9680}"
https_port="${BENCH_HTTPS_PORT:-9743}"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

# (a) a fresh database, unless the last run's is to be kept
if [[ "${SKIP_LOAD:-}" == 1 ]]; then
  if [[ "$(psql_admin -d postgres -c "select count(*) from pg_database where datname = '$db'")" != 1 ]]; then
    log "SKIP_LOAD=1 but there is no database $db: run once without it"
    exit 1
  fi
  log "database $db (kept, SKIP_LOAD=1)"
else
  bench_fresh_database
fi

# (b) the application, built if its sources are newer than the WAR (or it has none)
bench_build

# (c) a Liberty server of the benchmark's own; stopped on exit
bench_start_server
server_pid="$(cat "$wlp/usr/servers/.pid/$server_name.pid")"

# (d) the grids and the million residents
if [[ "${SKIP_LOAD:-}" != 1 ]]; then
  java -cp "$classpath" org.shaodian.bench.ResidentData \
    --url "http://localhost:$http_port" --jdbc "$DB_URL" \
    --user "$db_user" --password "$db_password" \
    --residents "${RESIDENTS:-1000000}" --grids "${GRIDS:-400}" \
    --worker-residents "${WORKER_RESIDENTS:-3500}" | tee "$here/target/register-data.txt"
fi

# (e) the benchmark, with its baselines
# shellcheck disable=SC2086
java -Xmx1g -cp "$classpath" org.shaodian.bench.RegisterBenchmark \
  --url "http://localhost:$http_port" --jdbc "$DB_URL" \
  --db-user "$db_user" --db-password "$db_password" --server-pid "$server_pid" \
  --phases "${PHASES:-pages,import,heap}" --import-rows "${IMPORT_ROWS:-10000}" \
  --repetitions "${REPETITIONS:-5}" --heap-rows "${HEAP_ROWS:-2000,10000,50000}" \
  --machine "$machine" --work-dir "$here/target" \
  --json-out "$here/target/register.json" ${BENCH_ARGS:-} \
  | tee "$here/target/register.txt"

# (f) the server stops on exit (trap); the figures again, at the end
printf '\n== figures ==\n'
if [[ -f "$here/target/register-data.txt" ]]; then
  cat "$here/target/register-data.txt"
fi
cat "$here/target/register.txt"
