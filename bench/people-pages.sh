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
# The parts shared with the other benchmarks (database, build, server): bench/lib/server.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=people-pages
server_name=shaodian-bench
db="${BENCH_DB:-shaodian_bench}"
http_port="${BENCH_HTTP_PORT:-9480}"
https_port="${BENCH_HTTPS_PORT:-9843}"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

# (a) a fresh database
bench_fresh_database

# (b) the application, built if its sources are newer than the WAR (or it has none)
bench_build

# (c) a Liberty server of the benchmark's own, laid out from the runtime the build uses; stopped on
# exit
bench_start_server

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
