#!/usr/bin/env bash
# Start-up (issue 11): server start to ready, the application's server against an empty Liberty
# with the same features and data source, side by side in one run. See bench/README.md.
#
#   bench/startup.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_startup (the production shape: no demo
# data), (b) builds the application if its sources changed, (c) lays out two servers under
# bench/target/liberty from the runtime the build uses: shaodian-start-app (the product's
# configuration and WAR) and shaodian-start-empty (the same server.xml, features, data source,
# registry and JVM options, without the application), (d) starts the application's server once,
# untimed, so that its migrations have run (a restart is what is measured, not an installation),
# (e) RUNS times each, in turns: `server start NAME --clean` (a clean workarea: nothing cached
# from the run before) until /health/ready answers 200, polled every 100 ms, then stopped;
# Liberty's own figures from messages.log (the application started in, the server ready in).
# Prints each run, the medians and the ratio app / empty (the issue's target: 1.5 or less).
#
# Environment (all optional): RUNS (5), BENCH_DB (shaodian_bench_startup), BENCH_HTTP_PORT,
# BENCH_HTTPS_PORT (9790, 9653), and what bench/lib/server.sh reads (PGHOST, PGPORT, PSQL,
# BENCH_HEAP, BENCH_MACHINE).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=startup
server_name=shaodian-start-app
db="${BENCH_DB:-shaodian_bench_startup}"
http_port="${BENCH_HTTP_PORT:-9790}"
https_port="${BENCH_HTTPS_PORT:-9653}"
runs="${RUNS:-5}"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

bench_fresh_database
bench_build
# lays out $server_name as every benchmark's server is (it starts it too: that first start is (d))
BENCH_DEMO_DATA=false
bench_start_server
"$wlp/bin/server" stop "$server_name" >/dev/null

# (c) the empty server: the application's configuration without the application
empty=shaodian-start-empty
empty_dir="$wlp/usr/servers/$empty"
rm -rf "$empty_dir"
cp -r "$server_dir" "$empty_dir"
rm -rf "$empty_dir/apps" "$empty_dir/workarea" "$empty_dir/logs" "$empty_dir/data"
mkdir -p "$empty_dir/apps"
sed -i '/<webApplication /,/<\/webApplication>/d' "$empty_dir/server.xml"
if grep -q '<webApplication' "$empty_dir/server.xml"; then
  log "could not take the application out of the empty server's server.xml"
  exit 1
fi
trap '"$wlp/bin/server" stop "$server_name" >/dev/null 2>&1 || true; "$wlp/bin/server" stop "$empty" >/dev/null 2>&1 || true' EXIT

# one timed start: prints "seconds-to-ready app-started-in server-ready-in"
timed_start() {
  local name="$1" began ready_at log app server
  log="$wlp/usr/servers/$name/logs/messages.log"
  rm -f "$log"
  began="$(date +%s.%N)"
  "$wlp/bin/server" start "$name" --clean >/dev/null
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "http://localhost:$http_port/health/ready" 2>/dev/null; then
      ready_at="$(date +%s.%N)"
      break
    fi
    sleep 0.1
  done
  [[ -n "${ready_at:-}" ]] || { log "$name was not ready after 300 s"; exit 1; }
  app="$(grep -o 'CWWKZ0001I: Application shaodian started in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | tail -1 || true)"
  server="$(grep -o "CWWKF0011I: [^\"]*started in [0-9.]* seconds" "$log" | grep -o '[0-9.]* seconds' | grep -o '[0-9.]*' || true)"
  "$wlp/bin/server" stop "$name" >/dev/null
  awk -v a="$began" -v b="$ready_at" -v app="${app:--}" -v server="${server:--}" \
    'BEGIN { printf "%.2f %s %s\n", b - a, app, server }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

results="$here/target/startup.txt"
: >"$results"
for run in $(seq 1 "$runs"); do
  for name in "$empty" "$server_name"; do
    read -r seconds app server < <(timed_start "$name")
    printf '%s %s %s %s %s\n' "$run" "$name" "$seconds" "$app" "$server" | tee -a "$results" >&2
  done
done

empty_median="$(awk -v n="$empty" '$2 == n { print $3 }' "$results" | median)"
app_median="$(awk -v n="$server_name" '$2 == n { print $3 }' "$results" | median)"
app_started="$(awk -v n="$server_name" '$2 == n { print $4 }' "$results" | median)"
printf '\nSTART-UP — %s, %s, %s runs each in turns, clean workarea, PostgreSQL, no demo data\n' \
  "$(date -u +%F)" "$machine" "$runs"
printf '  %-44s %s\n' "empty Liberty, same features and data source" "$(awk -v n="$empty" '$2 == n { printf "%s ", $3 }' "$results")s"
printf '  %-44s %s\n' "the application's server" "$(awk -v n="$server_name" '$2 == n { printf "%s ", $3 }' "$results")s"
printf '  %-44s %s s (empty) / %s s (application; Liberty: application started in %s s)\n' "medians, start to ready" "$empty_median" "$app_median" "$app_started"
awk -v a="$app_median" -v e="$empty_median" 'BEGIN { printf "  ratio application / empty                    %.2f (target 1.5 or less)\n", a / e }'
