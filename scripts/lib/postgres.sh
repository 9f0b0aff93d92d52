# shellcheck shell=bash
# PostgreSQL as the scripts administer it, one place for all of them (bench/lib/server.sh,
# scripts/lib/cluster.sh, scripts/package-smoke.sh): where it runs, the admin psql command, and a
# fresh database for a run. Sourced.
#
# Environment (all optional): PGHOST, PGPORT (127.0.0.1, 5432), PSQL (the admin psql command;
# default `runuser -u postgres -- psql` as root, else `psql -U postgres`).

pghost="${PGHOST:-127.0.0.1}"
pgport="${PGPORT:-5432}"
if [[ -z "${PSQL:-}" ]]; then
  if [[ "$(id -u)" == 0 ]] && id postgres >/dev/null 2>&1; then
    PSQL="runuser -u postgres -- psql"
  else
    PSQL="psql -U postgres"
  fi
fi
psql_admin() { $PSQL -h "$pghost" -p "$pgport" -v ON_ERROR_STOP=1 -qAt "$@"; }

# fresh_database DB [OWNER [PASSWORD]]: DB dropped if it exists and created again, owned by OWNER
# (shaodian), a login role created with PASSWORD (shaodian) when missing.
fresh_database() {
  local db="$1" owner="${2:-shaodian}" password="${3:-shaodian}"
  psql_admin -d postgres <<SQL
set client_min_messages = warning;
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$owner') then
    create role "$owner" login password '$password';
  end if;
end \$\$;
drop database if exists "$db" with (force);
create database "$db" owner "$owner";
SQL
}
