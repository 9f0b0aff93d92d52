#!/usr/bin/env bash
# The HTTP test suite against two servers on one PostgreSQL database, its requests alternating
# between them as a load balancer would send them (issue 11, "scale-out").
#
#   scripts/two-servers.sh
#
# (a) creates a fresh database shaodian_two, (b) builds the application and its tests if their
# sources changed, (c) lays out two servers of its own (shaodian-two-a on 9782, shaodian-two-b on
# 9783) with the test server's settings (JWT issuer and key, test keys for personal data, short
# rostering, no scheduled runs: liberty/src/test/liberty/config) and starts both at the same
# moment, so that both migrate the empty database at once (Flyway's lock lets one do it, the other
# finds it done); (d) checks that each module's migrations were applied once; (e) runs the HTTP
# and contract tests (failsafe, org.shaodian.app.http and .contract) with every REST-assured
# request sent to the next server in turn (AlternatingServers, -Dshaodian.urls): a record is made
# on one server and read, changed and listed on the other; (f) prints the figures and stops the
# servers, also on failure or Ctrl-C.
#
# The tests that read the server's log read both servers' (-Dit.server.logs). Left out, each for
# a reason of its own (the ordinary suite runs them against one server): OperationsIT moves one
# server's meters and reads them back (each server counts its own); RosterJobsIT watches one
# server's bound on concurrent solving (ROSTER_JOBS_CONCURRENT is per server); ReencryptionIT
# follows a re-encryption's progress, which the server running it reports (docs/operations.md);
# OfficialsPageIT drives Chromium against one server; a console session's sign-out
# (ConsoleSessionIT#signingOut...) is refused again only by the server that took it (Liberty's
# record of signed-out cookies is each server's own, docs/operations.md), and the console's
# sign-in lock-out (ConsoleSessionIT#repeatedWrongPasswords...) counts each server's wrong
# passwords on its own (SignInThrottle). The servers share one
# set of LTPA keys (cluster.sh), so a session that one server began is accepted by the other:
# ConsoleSessionIT's other tests check that. The Arquillian tests (org.shaodian.app.tx)
# deploy into the build's own test server.
#
# Environment (all optional): TWO_DB (shaodian_two), TWO_TESTS (the failsafe -Dit.test pattern),
# and what scripts/lib/cluster.sh reads (PGHOST, PGPORT, PSQL, CLUSTER_HEAP).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script_name=two-servers
db="${TWO_DB:-shaodian_two}"
servers=(shaodian-two-a shaodian-two-b)
http_ports=(9782 9783)
https_ports=(9645 9646)
tests="${TWO_TESTS:-org.shaodian.app.http.*IT,org.shaodian.app.contract.*IT,!OperationsIT,!RosterJobsIT,!ReencryptionIT,!OfficialsPageIT,!ConsoleSessionIT#signingOutEndsTheSessionOnTheServer+repeatedWrongPasswordsLockTheNameOutOfSigningInForAWhile}"
# shellcheck source=lib/cluster.sh
source "$here/lib/cluster.sh"

# (a) a fresh database, (b) the application and its tests (the test server's configuration in
# liberty/target/it-config comes with them)
cluster_fresh_database
cluster_build
log "compiling the tests (mvn -o -q test-compile -pl liberty)"
(cd "$root" && mvn -o -q test-compile -pl liberty)
(cd "$root" && mvn -o -q resources:copy-resources@it-server-config -pl liberty)
it_config="$root/liberty/target/it-config"

# (c) two servers with the test server's settings: its server.env after the product's (the
# test keys for personal data and the JWT trust replace the cluster's), its server.xml overrides
cluster_layout
for i in "${!servers[@]}"; do
  dir="$wlp/usr/servers/${servers[$i]}"
  grep -v '^#' "$it_config/server.env" >>"$dir/server.env"
  mkdir -p "$dir/configDropins/overrides"
  cp "$it_config/configDropins/overrides/test-server.xml" "$dir/configDropins/overrides/"
  # an access log, so that each server's share of the requests can be counted (outside logs/,
  # which the log tests read: a URL may carry what they look for)
  mkdir -p "$dir/access"
  cat >"$dir/configDropins/overrides/access-log.xml" <<'XML'
<server>
  <httpAccessLogging id="twoServersAccessLog" filePath="${server.output.dir}/access/http_access.log"/>
  <httpEndpoint id="defaultHttpEndpoint" accessLoggingRef="twoServersAccessLog"/>
</server>
XML
done
# server.env does not override what the process inherits: the cluster's keys out of the way
unset SHAODIAN_PERSONAL_DATA_KEYS SHAODIAN_PERSONAL_DATA_INDEX_KEY
log "starting ${servers[*]} at the same moment (ports ${http_ports[*]})"
cluster_start "${servers[@]}"
cluster_await_ready "${http_ports[@]}"

# (d) migrations applied once, though both servers started on the empty database together
migrations=0
for table in $(psql_admin -d "$db" -c "select table_name from information_schema.tables
    where table_name like 'flyway\_history\_%' order by 1"); do
  applied=$(psql_admin -d "$db" -c "select count(*) from $table where success and version is not null")
  twice=$(psql_admin -d "$db" -c "select count(*) from (select version from $table
    where success and version is not null group by version having count(*) > 1) v")
  if [[ "$twice" != 0 ]]; then
    log "$table: $twice migrations applied more than once"
    exit 1
  fi
  migrations=$((migrations + applied))
done
log "$migrations migrations applied, each once"

# (e) the suite, alternating between the servers
log "running the HTTP suite against both servers, alternating ($tests)"
started=$SECONDS
status=0
rm -f "$root/liberty/target/alternating-servers.txt"
(cd "$root" && mvn -o -pl liberty failsafe:integration-test failsafe:verify \
  -Dit.test="$tests" -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.server="${servers[0]}" -Dit.http.port="${http_ports[0]}" -Dit.https.port="${https_ports[0]}" \
  -Dshaodian.urls="http://localhost:${http_ports[0]},http://localhost:${http_ports[1]}" \
  -Dit.server.logs="$wlp/usr/servers/${servers[0]}/logs,$wlp/usr/servers/${servers[1]}/logs") \
  | tee "$root/target/two-servers.log" | grep -E "Tests run:|FAIL|ERROR\]" || true
grep -q "BUILD SUCCESS" "$root/target/two-servers.log" || status=1

# (f) the figures: the tests, the requests the suite sent to each server (AlternatingServers counts
# them) and those each answered (its access log)
summary=$(sed -E 's/\x1b\[[0-9;]*m//g' "$root/target/two-servers.log" | grep -E "Tests run: [0-9]+, Failures" \
  | grep -v " in org\." | tail -1 | sed -E 's/.*(Tests run:.*)/\1/' || true)
sent=$(cat "$root/liberty/target/alternating-servers.txt" 2>/dev/null || true)
answered=()
for server in "${servers[@]}"; do
  log_file="$wlp/usr/servers/$server/access/http_access.log"
  if [[ -f "$log_file" ]]; then answered+=("$(wc -l <"$log_file")"); else answered+=("?"); fi
done
echo
echo "TWO SERVERS — $(date +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%d GiB", $2 / 1048576 }' /proc/meminfo), PostgreSQL $(psql_admin -d "$db" -c 'show server_version' | cut -d' ' -f1)"
echo "  servers                       ${servers[*]} (ports ${http_ports[*]}), one database ($db)"
echo "  migrations                    $migrations applied, each once, both servers starting together"
echo "  suite                         ${summary:-no summary (see target/two-servers.log)} in $((SECONDS - started)) s"
echo "  requests sent by the suite    ${sent:-not counted (see target/two-servers.log)}"
echo "  requests answered             ${answered[0]} (${servers[0]}), ${answered[1]} (${servers[1]}) (access logs, the tests' own HTTPS and raw requests included)"
echo "  result                        $([[ $status == 0 ]] && echo passed || echo FAILED)"
exit $status
