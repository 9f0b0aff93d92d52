# shellcheck shell=bash
# Several Open Liberty servers of a script's own on one PostgreSQL database, as a district runs
# them behind a load balancer: what scripts/briefing-cluster.sh and scripts/reliability.sh share.
# Sourced; the script sets before sourcing:
#   script_name               the name its log lines start with, e.g. reliability
#   db                        the database to create afresh
#   servers, http_ports, https_ports   arrays, one entry per server
# and may export settings for the servers (SHAODIAN_..., TIMER_...) before cluster_start.
# Then: cluster_fresh_database, cluster_build, cluster_layout, cluster_start NAME..., and
# cluster_await_ready PORT...; the servers are stopped on exit (trap), also on failure or Ctrl-C.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), PSQL (the admin psql command;
# default `runuser -u postgres -- psql` as root, else `psql -U postgres`), CLUSTER_HEAP (512m).

: "${script_name:?set script_name before sourcing scripts/lib/cluster.sh}"
: "${db:?set db before sourcing scripts/lib/cluster.sh}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=postgres.sh
source "$root/scripts/lib/postgres.sh"
# shellcheck source=layout.sh
source "$root/scripts/lib/layout.sh"
sql() { psql_admin -d "$db" -c "$1"; }
log() { printf '%s.sh: %s\n' "$script_name" "$*" >&2; }

for port in "${http_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "port $port is in use: stop what listens there"
    exit 1
  fi
done

# A fresh database $db (dropped first if it exists), owned by shaodian (created if missing).
cluster_fresh_database() {
  log "database $db (fresh)"
  fresh_database "$db"
}

# The application, built if its sources are newer than the WAR (or it has none). Sets $war.
cluster_build() {
  war="$root/liberty/target/shaodian.war"
  if [[ ! -f "$war" ]] || [[ -n "$(find "$root/pom.xml" "$root/modules" "$root/reports/src" \
      "$root/liberty/src/main" "$root/liberty/pom.xml" -name target -prune -o -newer "$war" -type f \
      -print -quit)" ]]; then
    log "building the application (mvn -o -q install -DskipTests)"
    (cd "$root" && mvn -o -q install -DskipTests)
  fi
}

# The servers laid out from the runtime the build uses, on $db, each with its ports; the personal
# data keys are the cluster's own. Sets $wlp.
cluster_layout() {
  local ol_version zip dir i
  ol_version="$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$root/pom.xml")"
  wlp="$root/target/cluster/wlp"
  if [[ ! -x "$wlp/bin/server" ]]; then
    zip="$HOME/.m2/repository/io/openliberty/openliberty-runtime/$ol_version/openliberty-runtime-$ol_version.zip"
    [[ -f "$zip" ]] || mvn -o -q dependency:get "-Dartifact=io.openliberty:openliberty-runtime:$ol_version:zip"
    log "unpacking Open Liberty $ol_version"
    mkdir -p "$root/target/cluster"
    (cd "$root/target/cluster" && jar xf "$zip" && chmod +x wlp/bin/*)
  fi
  export DB_DS_CLASS=org.postgresql.ds.PGSimpleDataSource
  export DB_URL="jdbc:postgresql://$pghost:$pgport/$db"
  export DB_USER=shaodian DB_PASSWORD=shaodian
  export SHAODIAN_DEMO_DATA=true
  SHAODIAN_PERSONAL_DATA_KEYS="1:$(printf 'cluster-only personal data key!!' | base64)"
  SHAODIAN_PERSONAL_DATA_INDEX_KEY="$(printf 'cluster-only blind index key 32b' | base64)"
  export SHAODIAN_PERSONAL_DATA_KEYS SHAODIAN_PERSONAL_DATA_INDEX_KEY
  # one set of LTPA keys for all the servers, as in production: the console's session cookie that
  # one server signed is accepted by the others
  export LTPA_KEYS_FILE="$wlp/usr/shared/cluster-ltpa.keys" LTPA_KEYS_PASSWORD=cluster-only-ltpa
  if [[ ! -f "$LTPA_KEYS_FILE" ]]; then
    mkdir -p "$(dirname "$LTPA_KEYS_FILE")"
    "$wlp/bin/securityUtility" createLTPAKeys --file="$LTPA_KEYS_FILE" \
      --password="$LTPA_KEYS_PASSWORD" >/dev/null
  fi
  for i in "${!servers[@]}"; do
    dir="$wlp/usr/servers/${servers[$i]}"
    lay_out_server "$dir"
    # the product's jvm.options (copied above), then the heap
    printf -- '-Xmx%s\n' "${CLUSTER_HEAP:-512m}" >>"$dir/jvm.options"
    printf 'HTTP_PORT=%s\nHTTPS_PORT=%s\n' "${http_ports[$i]}" "${https_ports[$i]}" >>"$dir/server.env"
  done
  trap cluster_stop_all EXIT
  trap 'exit 130' INT TERM
}

# Starts the named servers at the same moment (a first start cleans the workarea).
cluster_start() {
  local server
  for server in "$@"; do
    "$wlp/bin/server" start "$server" --clean >/dev/null &
  done
  wait
}

# Waits until every port answers /health/ready with UP (300 s at most each).
cluster_await_ready() {
  local port
  for port in "$@"; do
    for _ in $(seq 1 300); do
      curl -fsS -o /dev/null "http://localhost:$port/health/ready" 2>/dev/null && break
      sleep 1
    done
    curl -fsS -o /dev/null "http://localhost:$port/health/ready" || { log "port $port not ready"; exit 1; }
  done
}

# The process id of a running server.
cluster_pid() { cat "$wlp/usr/servers/.pid/$1.pid"; }

cluster_stop_all() {
  local server
  for server in "${servers[@]}"; do
    "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
  done
}
