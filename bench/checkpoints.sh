#!/usr/bin/env bash
# Checkpoints (issue 8): one command for the whole benchmark. See bench/README.md.
#
#   bench/checkpoints.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_checkpoints (dropped first if it exists),
# (b) builds the application if its sources changed since the last build, (c) starts an Open
# Liberty server of its own (shaodian-bench-checkpoints, under bench/target/liberty, port 9780 /
# 9643) on that database with the demo data, (d) sets up 3 highway exits in Yangxi through the API
# and loads a year of their inspections (COPY: plates, names, ID numbers, phones and checks sealed
# as the application seals them; the tallies counted from the same rows), (e) runs the benchmark:
# device batches over HTTP against a raw JDBC batch insert of the same rows, single inspections at a
# constant 200 requests/s, and the tallies of a region-day with a year of history and with 7 days,
# (f) stops the server, also on failure or Ctrl-C.
#
# Environment (all optional): SKIP_LOAD=1 keeps the database of the last run and its history (no
# (a), no (d)), PHASES (ingest,post,tallies), BATCHES (100 batches of 1,000), WARMUP_BATCHES (150,
# not measured: the server has just started, and the JIT compiles for minutes on the same cores),
# SENDERS (4: concurrent HTTP senders, and JDBC connections for the baseline), POST_RATE (200),
# POST_CONNECTIONS (16), POST_PREWARM (90 s at half the rate, not measured, for the same reason),
# POST_WARMUP (10 s), POST_DURATION (60 s), HISTORY_DAYS (365), PER_DAY (3500 vehicles a day at
# each exit), EXITS (3), SAMPLES (200 tally requests per kind and turn), WARMUP_SAMPLES (2000, for
# the same reason), BENCH_ARGS (more options for the benchmark, e.g. "--seed 9"), BENCH_SERVER
# (shaodian-bench-checkpoints), PGHOST, PGPORT, BENCH_DB (shaodian_bench_checkpoints),
# BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_HTTP_PORT, BENCH_HTTPS_PORT (9780, 9643), BENCH_HEAP
# (1g), BENCH_DB_POOL_MAX (20), BENCH_MACHINE, PSQL. The parts shared with the other benchmarks
# (database, build, server): bench/lib/server.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=checkpoints
server_name="${BENCH_SERVER:-shaodian-bench-checkpoints}"
db="${BENCH_DB:-shaodian_bench_checkpoints}"
http_port="${BENCH_HTTP_PORT:-9780}"
https_port="${BENCH_HTTPS_PORT:-9643}"
phases="${PHASES:-ingest,post,tallies}"
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

# (d) the highway exits and their year (only what the tallies phase reads)
if [[ "${SKIP_LOAD:-}" != 1 && ",$phases," == *,tallies,* ]]; then
  java -Xmx2g -cp "$classpath" org.shaodian.bench.InspectionData \
    --url "http://localhost:$http_port" --jdbc "$DB_URL" \
    --user "$db_user" --password "$db_password" \
    --exits "${EXITS:-3}" --days "${HISTORY_DAYS:-365}" --per-day "${PER_DAY:-3500}" \
    | tee "$here/target/checkpoints-data.txt"
fi

# (e) the benchmark, with its baselines
# shellcheck disable=SC2086
java -Xmx2g -cp "$classpath" org.shaodian.bench.CheckpointsBenchmark \
  --url "http://localhost:$http_port" --jdbc "$DB_URL" \
  --db-user "$db_user" --db-password "$db_password" --server-pid "$server_pid" \
  --phases "$phases" --batches "${BATCHES:-100}" --warmup-batches "${WARMUP_BATCHES:-150}" \
  --senders "${SENDERS:-4}" --rate "${POST_RATE:-200}" --connections "${POST_CONNECTIONS:-16}" \
  --post-prewarm "${POST_PREWARM:-90}" --post-warmup "${POST_WARMUP:-10}" \
  --post-duration "${POST_DURATION:-60}" \
  --exits "${EXITS:-3}" --samples "${SAMPLES:-200}" --warmup-samples "${WARMUP_SAMPLES:-2000}" \
  --machine "$machine" --json-out "$here/target/checkpoints.json" ${BENCH_ARGS:-} \
  | tee "$here/target/checkpoints.txt"

# (f) the server stops on exit (trap); the figures again, at the end
printf '\n== figures ==\n'
if [[ -f "$here/target/checkpoints-data.txt" ]]; then
  cat "$here/target/checkpoints-data.txt"
fi
cat "$here/target/checkpoints.txt"
