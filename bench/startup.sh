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
# (e) a third server, shaodian-start-floor: the application's server with a WAR of one entity,
# one bean and one resource (bench/floor) in place of the product's: what any application on this
# stack (Hibernate through Liberty's JPA container, CDI, Jakarta REST) pays before it does
# anything of its own, (f) RUNS times each, in turns: `server start NAME --clean` (a clean
# workarea: nothing cached from the run before) until /health/ready answers 200, polled every
# 100 ms, then stopped; Liberty's own figures from messages.log (the application started in, the
# server ready in). Prints each run, the medians and the ratios to the empty server (the issue's
# target for the application: 1.5 or less).
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

# (e) the floor: the same server, a one-entity WAR built here from bench/floor
floor=shaodian-start-floor
floor_dir="$wlp/usr/servers/$floor"
floor_build="$here/target/floor"
jakartaee_version="$(sed -n 's:.*<jakartaee.version>\(.*\)</jakartaee.version>.*:\1:p' "$root/pom.xml")"
api_jar="$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/$jakartaee_version/jakarta.jakartaee-api-$jakartaee_version.jar"
[[ -f "$api_jar" ]] || { log "no $api_jar: build the application once (mvn install)"; exit 1; }
rm -rf "$floor_build" "$floor_dir"
mkdir -p "$floor_build"
cp -r "$here/floor/webapp/." "$floor_build/"
# shellcheck disable=SC2046 # the sources' paths have no spaces
javac -d "$floor_build/WEB-INF/classes" -cp "$api_jar" $(find "$here/floor/java" -name '*.java')
cp -r "$server_dir" "$floor_dir"
rm -rf "$floor_dir/apps" "$floor_dir/workarea" "$floor_dir/logs" "$floor_dir/data"
mkdir -p "$floor_dir/apps"
(cd "$floor_build" && jar cf "$floor_dir/apps/shaodian.war" .)

stop_all() {
  for name in "$server_name" "$empty" "$floor"; do "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; done
}
trap stop_all EXIT

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
  for name in "$empty" "$floor" "$server_name"; do
    read -r seconds app server < <(timed_start "$name")
    printf '%s %s %s %s %s\n' "$run" "$name" "$seconds" "$app" "$server" | tee -a "$results" >&2
  done
done

empty_median="$(awk -v n="$empty" '$2 == n { print $3 }' "$results" | median)"
app_median="$(awk -v n="$server_name" '$2 == n { print $3 }' "$results" | median)"
app_started="$(awk -v n="$server_name" '$2 == n { print $4 }' "$results" | median)"
floor_median="$(awk -v n="$floor" '$2 == n { print $3 }' "$results" | median)"
floor_started="$(awk -v n="$floor" '$2 == n { print $4 }' "$results" | median)"
printf '\nSTART-UP — %s, %s, %s runs each in turns, clean workarea, PostgreSQL, no demo data\n' \
  "$(date -u +%F)" "$machine" "$runs"
printf '  %-44s %s\n' "empty Liberty, same features and data source" "$(awk -v n="$empty" '$2 == n { printf "%s ", $3 }' "$results")s"
printf '  %-44s %s\n' "the floor (1 entity, 1 bean, 1 resource)" "$(awk -v n="$floor" '$2 == n { printf "%s ", $3 }' "$results")s"
printf '  %-44s %s\n' "the application's server" "$(awk -v n="$server_name" '$2 == n { printf "%s ", $3 }' "$results")s"
printf '  %-44s %s s (empty) / %s s (application; Liberty: application started in %s s)\n' "medians, start to ready" "$empty_median" "$app_median" "$app_started"
printf '  %-44s %s s (Liberty: application started in %s s)\n' "median, the floor" "$floor_median" "$floor_started"
awk -v f="$floor_median" -v e="$empty_median" 'BEGIN { printf "  ratio floor / empty                          %.2f\n", f / e }'
awk -v a="$app_median" -v e="$empty_median" 'BEGIN { printf "  ratio application / empty                    %.2f (target 1.5 or less)\n", a / e }'
