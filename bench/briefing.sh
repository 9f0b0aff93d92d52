#!/usr/bin/env bash
# The daily briefing (issue 9): one command for its three figures. See bench/README.md.
#
#   bench/briefing.sh
#
# (a) creates a fresh PostgreSQL database shaodian_bench_briefing, (b) builds the application if its
# sources changed, (c) starts an Open Liberty server of its own (shaodian-bench-briefing, port 9880
# / 9843, heap 512 MB) on that database with the demo data, the morning run's timer switched off,
# (d) gives Yangxi (洋溪街道, where the demo's grids are) a highway exit with 7 days of inspections
# and measures its briefing of yesterday against a bare JasperReports fill + export of the same
# template with the same figures (org.shaodian.bench.BriefingBenchmark), (e) gives the same exit a
# year of history instead and measures again, (f) adds towns to Jiande until the tree has 50 and
# times the morning run making every district's and town's briefing of yesterday
# (POST /api/v1/briefings/archive/runs), (g) stops the server, also on failure or Ctrl-C.
#
# Environment (all optional): PER_DAY (3500 vehicles a day at the exit), SAMPLES (40), WARMUPS
# (40), TOWNS (50), BENCH_HEAP (512m), and those of bench/lib/server.sh (PGHOST, PGPORT,
# BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_DB_POOL_MAX, BENCH_MACHINE, PSQL); BENCH_DB
# (shaodian_bench_briefing), BENCH_SERVER (shaodian-bench-briefing), BENCH_HTTP_PORT,
# BENCH_HTTPS_PORT (9880, 9843).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

bench_name=briefing
server_name="${BENCH_SERVER:-shaodian-bench-briefing}"
db="${BENCH_DB:-shaodian_bench_briefing}"
http_port="${BENCH_HTTP_PORT:-9880}"
https_port="${BENCH_HTTPS_PORT:-9843}"
export BENCH_HEAP="${BENCH_HEAP:-512m}"
per_day="${PER_DAY:-3500}"
samples="${SAMPLES:-40}"
warmups="${WARMUPS:-40}"
towns="${TOWNS:-50}"
yangxi=330182002000
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

bench_fresh_database
bench_build
# the bench asks for the morning run itself, at a moment of its choosing
export SHAODIAN_BRIEFING_SCHEDULE_ENABLED=false
bench_start_server
url="http://localhost:$http_port"
yesterday="$(TZ=Asia/Shanghai date -d yesterday +%F)"
out="$here/target/briefing.txt"
: >"$out"

history() {
  java -Xmx2g -cp "$classpath" org.shaodian.bench.InspectionData \
    --url "$url" --jdbc "$DB_URL" --user "$db_user" --password "$db_password" \
    --town "$yangxi" --commander yangxi-command --exits 1 --days "$1" --per-day "$per_day" \
    | tee -a "$out"
}
measure() {
  java -Xmx1g -cp "$classpath" org.shaodian.bench.BriefingBenchmark \
    --url "$url" --user yangxi-command --region "$yangxi" --date "$yesterday" \
    --samples "$samples" --warmups "$warmups" --label "$1" | tee -a "$out"
}

# (d) a week of history, (e) a year
history 7
measure "7 days of history"
history 365
measure "365 days of history"

# (f) 50 towns in the tree, then the morning run
have="$(psql_admin -d "$db" -c "select count(*) from kernel_region where level = 'TOWN'")"
csv="code,name,nameEn,parentCode"
for i in $(seq 1 $((towns > have ? towns - have : 0))); do
  csv+=$'\n'"$(printf '330182%03d000,基准%02d镇,Bench town %02d,330182' $((300 + i)) "$i" "$i")"
done
if [[ "$csv" == *$'\n'* ]]; then
  curl -fsS -o /dev/null -u admin:shaodian -H 'Content-Type: text/csv' --data-binary "$csv" \
    "$url/api/v1/admin/regions/import"
fi
town_count="$(psql_admin -d "$db" -c "select count(*) from kernel_region where level = 'TOWN'")"
district_count="$(psql_admin -d "$db" -c "select count(*) from kernel_region where level = 'DISTRICT'")"
log "the morning run for $yesterday: $town_count towns and $district_count districts"
started=$(date +%s.%N)
run="$(curl -fsS -u admin:shaodian -H 'Content-Type: application/json' \
  -d "{\"date\":\"$yesterday\"}" --max-time 600 "$url/api/v1/briefings/archive/runs")"
seconds="$(echo "$(date +%s.%N) - $started" | bc)"
# (a list may be empty: grep finding nothing is no failure here)
made="$( (grep -o '"generated":\[[^]]*\]' <<<"$run" || true) | (grep -o '[0-9]\{6,15\}' || true) | wc -l)"
failed="$( (grep -o '"failed":\[[^]]*\]' <<<"$run" || true) | (grep -o '[0-9]\{6,15\}' || true) | wc -l)"
printf 'morning run %s: %d briefings made (%d towns, %d districts), %d failed, in %.1f s; heap %s (target: 50 towns in ≤ 60 s)\n' \
  "$yesterday" "$made" "$town_count" "$district_count" "$failed" "$seconds" "$BENCH_HEAP" | tee -a "$out"
printf '{"morning_run_briefings":%d,"towns":%d,"districts":%d,"failed":%d,"seconds":%.1f,"heap":"%s"}\n' \
  "$made" "$town_count" "$district_count" "$failed" "$seconds" "$BENCH_HEAP" | tee -a "$out"

printf '\n== figures (%s, %s) ==\n' "$(date -u +%F)" "$machine"
cat "$out"
