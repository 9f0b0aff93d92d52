#!/usr/bin/env bash
# Roster solver (issue 6): one command for the whole benchmark. See bench/README.md.
#
#   bench/roster-solver.sh
#
# (a) builds the application if its sources changed since the last build (the benchmark calls
# the rosters module's RosterSolver exactly as the background roster job does), (b) builds the
# benchmark, (c) runs, in one JVM with a 1 GB heap: the Yinhu-like sub-district (113 posts,
# 10,000 people, 7 days), its tight variant (medics 1 %, a quarter of the people away 1-3 days),
# and the baseline (Timefold's default construction heuristic over every candidate), then prints
# the ratio of the baseline's time to a full roster over ours.
#
# Environment (all optional): SOLVER_ARGS (extra options, e.g. "--runs yinhu --spent 30" or
# "--seats 6-12" for the 21,000-seat end of the issue's range), BENCH_HEAP (1g), BENCH_MACHINE
# (how the machine is described in the figures).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

log() { printf 'roster-solver.sh: %s\n' "$*" >&2; }
machine="${BENCH_MACHINE:-$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)}"

# (a) the application's jars, built if its sources are newer than the installed rosters jar
rosters_jar="$HOME/.m2/repository/org/shaodian/shaodian-rosters/0.1.0-SNAPSHOT/shaodian-rosters-0.1.0-SNAPSHOT.jar"
if [[ ! -f "$rosters_jar" ]] \
  || [[ -n "$(find "$root/pom.xml" "$root/modules" -name target -prune -o -newer "$rosters_jar" -type f -print -quit)" ]]; then
  log "building the application (mvn -o -q install -DskipTests)"
  mvn -o -q install -DskipTests
fi

# (b) the benchmark
log "building the benchmark"
mvn -o -q -f bench/pom.xml package -DskipTests
classpath="$here/target/shaodian-bench.jar:$here/target/lib/*"

# (c) the runs and the baseline, in one JVM (runs one after the other, so they do not compete)
# shellcheck disable=SC2086
java "-Xmx${BENCH_HEAP:-1g}" -cp "$classpath" org.shaodian.bench.RosterSolverBenchmark \
  --machine "$machine" --json-out "$here/target/roster-solver.json" ${SOLVER_ARGS:-} \
  2> >(grep -v '^SLF4J' >&2) | tee "$here/target/roster-solver.txt"
