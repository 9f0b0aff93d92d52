# shellcheck shell=bash
# A Liberty server of the application's, laid out as the build lays out its own (server.xml
# and the rest of liberty/src/main/liberty/config, apps/shaodian.war, lib/ with the libraries the
# WAR uses, jdbc/ with the PostgreSQL driver), one place for the scripts that start servers of
# their own (bench/lib/server.sh, scripts/lib/cluster.sh). Sourced; needs $root (the repository)
# and a build (mvn package) of the application.

# lay_out_server DIR: DIR made afresh as such a server
lay_out_server() {
  local dir="$1" libraries="$root/liberty/target/lib" pg_version
  pg_version="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")"
  if ! compgen -G "$libraries/*.jar" >/dev/null; then
    echo "no libraries in $libraries: build the application first (mvn package)" >&2
    return 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir/apps" "$dir/lib" "$dir/jdbc"
  cp "$root"/liberty/src/main/liberty/config/* "$dir/"
  cp "$root/liberty/target/shaodian.war" "$dir/apps/shaodian.war"
  cp "$libraries"/*.jar "$dir/lib/"
  cp "$HOME/.m2/repository/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar" \
    "$dir/jdbc/postgresql.jar"
}
