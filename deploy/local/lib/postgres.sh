# shellcheck shell=bash
# PostgreSQL for deploy/local/platform: the system's cluster on the ports file's port. Started by
# the script only if it was down (then `down` stops it); the role and databases of the services
# and the test suites. Sourced by it after common.sh and secrets.sh.

PG_STARTED_MARK="$RUN/postgres.started-by-platform"
SERVICE_DBS=(directive distribution reporting notification)

# "VERSION CLUSTER STATUS" of the cluster on the platform's port (or the first one).
pg_cluster() {
  pg_lsclusters -h 2>/dev/null |
    awk -v port="${PORT[postgres]}" 'NR == 1 {first = $1 " " $2 " " $4} $3 == port {print $1, $2, $4; found = 1; exit}
         END {if (!found && first != "") print first}'
}

postgres_log() {
  local ver cluster _
  if command -v pg_lsclusters >/dev/null && read -r ver cluster _ < <(pg_cluster); then
    echo "/var/log/postgresql/postgresql-$ver-$cluster.log"
  else
    echo "/var/log/postgresql"
  fi
}

# psql as the postgres superuser over the local socket (peer auth); cwd / so that the
# postgres user does not complain about an unreadable working directory.
pg_admin() {
  (cd / && if [[ $EUID -eq 0 ]]; then runuser -u postgres -- psql -X -q -p "${PORT[postgres]}" -v ON_ERROR_STOP=1 "$@"
          else sudo -u postgres psql -X -q -p "${PORT[postgres]}" -v ON_ERROR_STOP=1 "$@"; fi)
}

# psql over TCP with a password, as the services log in: pg_login USER PASSWORD.
pg_login() {
  PGPASSWORD="$2" PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "${PORT[postgres]}" -U "$1" -d directive \
    -c 'SELECT 1' >/dev/null 2>&1
}

ensure_postgres_installed() {
  command -v pg_lsclusters >/dev/null && [[ -n "$(pg_cluster)" ]] && return 0
  if ! command -v pg_lsclusters >/dev/null; then
    apt_install postgresql
  fi
  if [[ -z "$(pg_cluster)" ]]; then
    # postgresql-common without a cluster: create the default one for the newest version.
    local ver
    ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "creating PostgreSQL cluster $ver/main"
    as_root pg_createcluster "$ver" main >/dev/null
  fi
}

postgres_ready() { port_open "${PORT[postgres]}"; }

start_postgres() {
  ensure_postgres_installed
  local ver cluster status
  read -r ver cluster status < <(pg_cluster)
  if [[ "$status" == online* ]]; then
    if [[ -f "$PG_STARTED_MARK" ]]; then
      say "postgres $ver/$cluster already running (started by this script)"
    else
      say "postgres $ver/$cluster already running (not started by this script: left alone by down)"
    fi
  else
    say "starting postgres $ver/$cluster"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start ||
      fail_component postgres "could not be started"
    echo "$ver $cluster" >"$PG_STARTED_MARK"
    STARTED+=(postgres)
  fi
  wait_ready postgres postgres_ready
  ensure_databases
}

# The role and databases the services (and, with _test, the Maven test suites) use.
ensure_databases() {
  pg_admin -d postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'directives') THEN
    CREATE ROLE directives LOGIN PASSWORD 'directives';
  ELSE
    ALTER ROLE directives LOGIN PASSWORD 'directives';
  END IF;
END $$;
SQL
  local existing db
  existing=$(pg_admin -d postgres -tA -c 'SELECT datname FROM pg_database')
  for db in "${SERVICE_DBS[@]}" "${SERVICE_DBS[@]/%/_test}"; do
    if ! grep -qx "$db" <<<"$existing"; then
      pg_admin -d postgres -c "CREATE DATABASE $db OWNER directives ENCODING 'UTF8' TEMPLATE template0" ||
        fail_component postgres "refused to create database $db"
    fi
  done
  # The services log in with a password over TCP: prove that works before they need it.
  pg_login directives directives ||
    fail_component postgres "does not accept user directives/directives on 127.0.0.1:${PORT[postgres]} (check pg_hba.conf: host ... 127.0.0.1/32 scram-sha-256)"
  ensure_service_db_role
  say "postgres ready (role directives, services' role $SERVICE_DB_ROLE; databases ${SERVICE_DBS[*]} and their _test twins)"
}

# The services' login role: its password is the generated one; it is a member of the role
# "directives" that owns the databases, and acts as it (objects stay owned by "directives").
ensure_service_db_role() {
  ensure_secrets
  # The password travels on stdin, not on a command line others could read (it is hex: no quoting).
  pg_admin -d postgres <<SQL >/dev/null
SELECT format('CREATE ROLE %I LOGIN', '$SERVICE_DB_ROLE')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$SERVICE_DB_ROLE') \gexec
ALTER ROLE $SERVICE_DB_ROLE LOGIN PASSWORD '$(secret DB_PASSWORD)';
GRANT directives TO $SERVICE_DB_ROLE;
ALTER ROLE $SERVICE_DB_ROLE SET role = 'directives';
SQL
  pg_login "$SERVICE_DB_ROLE" "$(secret DB_PASSWORD)" ||
    fail_component postgres "does not accept the services' role $SERVICE_DB_ROLE with the password of ${SECRETS_FILE#"$ROOT"/}"
}

# A fast restart of the cluster (every connection is cut): the fault suite's `restart postgres`.
restart_postgres() {
  local ver cluster _
  read -r ver cluster _ < <(pg_cluster) || die "no PostgreSQL cluster found"
  say "restarting postgres $ver/$cluster (fast: every connection is cut)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" restart -m fast ||
    fail_component postgres "could not be restarted"
  wait_ready postgres postgres_ready
  say "postgres restarted"
}

stop_postgres() {
  [[ -f "$PG_STARTED_MARK" ]] || return 0
  local ver cluster
  read -r ver cluster <"$PG_STARTED_MARK"
  say "stopping postgres $ver/$cluster (started by this script)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop || warn "postgres did not stop cleanly"
  rm -f "$PG_STARTED_MARK"
}

postgres_status_line() {
  local ver cluster status pid=- health=down owner=""
  if command -v pg_lsclusters >/dev/null && read -r ver cluster status < <(pg_cluster); then
    if [[ "$status" == online* ]]; then
      # postmaster.pid is readable by root and postgres only; never prompt for sudo here.
      pid=$( { if [[ $EUID -eq 0 ]]; then head -n 1 "/var/lib/postgresql/$ver/$cluster/postmaster.pid"
               else sudo -n head -n 1 "/var/lib/postgresql/$ver/$cluster/postmaster.pid"; fi; } 2>/dev/null || echo "?")
      postgres_ready && health=up
      status=running
      [[ $health == up ]] || { health=DOWN; STATUS_PROBLEMS=$((STATUS_PROBLEMS + 1)); }
    elif [[ -f "$PG_STARTED_MARK" ]]; then
      status=DIED
      STATUS_PROBLEMS=$((STATUS_PROBLEMS + 1))
    else
      status=stopped
    fi
    if [[ -f "$PG_STARTED_MARK" ]]; then owner="(started by this script)"; else owner="(system's, left alone by down)"; fi
  else
    status="not installed"
  fi
  status_row postgres "$status" "$pid" "${PORT[postgres]}" "$health" "$owner"
}
