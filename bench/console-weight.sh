#!/usr/bin/env bash
# The web console's first load (issue 12): at most 1 MB transferred and interactive within 3 s
# on a throttled "Fast 3G" profile. See bench/README.md.
#
#   bench/console-weight.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_console, (b) builds the application if
# its sources changed, (c) starts an Open Liberty server of its own (shaodian-bench-console, port
# 9890 / 9853) on it with the demo data, (d) opens the console's home, the checkpoint tablet, the
# roster board, the grid worker's day and the officials' page RUNS times each in a fresh headless
# Chromium (Debian's chromium and
# chromium-driver), throttled through its DevTools protocol like DevTools' "Fast 3G" preset, cache
# disabled, and reports the median bytes transferred and time until the sign-in form is shown,
# against the targets (org.shaodian.bench.ConsolePageWeight), (e) stops the server, also on
# failure or Ctrl-C. Exits non-zero when a page is over a target.
#
# Environment (all optional): RUNS (3), and those of bench/lib/server.sh (PGHOST, PGPORT,
# BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_MACHINE, PSQL, BENCH_HEAP).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=console-weight
server_name=shaodian-bench-console
db="${BENCH_DB:-shaodian_bench_console}"
http_port="${BENCH_HTTP_PORT:-9890}"
https_port="${BENCH_HTTPS_PORT:-9853}"
runs="${RUNS:-3}"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

command -v chromium >/dev/null && command -v chromedriver >/dev/null || {
  log "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
  exit 1
}
bench_fresh_database
bench_build
bench_start_server
out="$here/target/console-weight.txt"
{
  echo "CONSOLE FIRST LOAD — $(date +%F), $machine, Chromium $(chromium --version | awk '{print $2}'), Fast 3G, $runs runs each (median)"
  java -Xmx512m -cp "$classpath" org.shaodian.bench.ConsolePageWeight \
    --url "http://localhost:$http_port" --runs "$runs"
} | tee "$out"
