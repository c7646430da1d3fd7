# shellcheck shell=bash
# Fault verbs of deploy/local/platform, sourced by it; the end-to-end fault suite
# (e2e/*FaultIT, e2e/.../Faults.java) drives them. Uses the script's helpers (say, die, pid_of,
# is_alive, start_*, wait_*, stop_pid, pg_cluster, as_root) and variables (PORT, INFRA, SERVICES).
#
#   kill NAME     SIGKILL to the process group (kill -9, no shutdown hooks); the pid file stays, so
#                 `status` shows the component as died until `start NAME`
#   stop NAME     a clean stop (SIGTERM, then SIGKILL after 30 s)
#   start NAME    start one component or service and return once it is ready (topics, realm, health)
#   pause NAME    SIGSTOP to the process group: the process keeps its sockets and its memory but
#                 answers nothing (a hung server; GreenMail keeps what it accepted, unlike a kill)
#   resume NAME   SIGCONT
#   restart postgres  a fast restart of the PostgreSQL cluster (every connection is cut)
#   purge-mail    delete every mail GreenMail holds (it keeps them in its heap)

fault_target() {
  local name="${1:-}"
  [[ -n "$name" && -n "${PORT[$name]:-}" ]] ||
    die "usage: deploy/local/platform ${FUNCNAME[1]#cmd_} NAME   (NAME: ${INFRA[*]} ${SERVICES[*]})"
}

# The pid of a process group this script started, or die saying why not.
fault_group() {
  local pid
  pid=$(pid_of "$1") || die "$1 has no pid file: this script did not start it"
  [[ -n "$pid" ]] && kill -0 -- "-$pid" 2>/dev/null || die "$1 (process group $pid) is not running"
  echo "$pid"
}

cmd_kill() {
  fault_target "${1:-}"
  [[ "$1" != postgres ]] || die "PostgreSQL is the system's cluster: use 'restart postgres'"
  local pid i
  pid=$(fault_group "$1")
  kill -KILL -- "-$pid"
  for i in $(seq 100); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
  say "$1 killed (SIGKILL to process group $pid)"
}

cmd_stop() {
  fault_target "${1:-}"
  [[ "$1" != postgres ]] || die "PostgreSQL is the system's cluster: use 'restart postgres'"
  stop_pid "$1"
}

cmd_start() {
  fault_target "${1:-}"
  local started=$SECONDS
  case "$1" in
    kafka) start_kafka; wait_kafka_and_topics ;;
    postgres) start_postgres ;;
    keycloak) start_keycloak; wait_keycloak ;;
    greenmail) start_greenmail; wait_greenmail ;;
    *) BUILD_CHECKED=1; start_service "$1"; wait_ready "$1" service_ready "$1" ;;
  esac
  say "$1 ready in $((SECONDS - started)) s"
}

cmd_pause() {
  fault_target "${1:-}"
  local pid
  pid=$(fault_group "$1")
  kill -STOP -- "-$pid"
  say "$1 paused (SIGSTOP to process group $pid): resume it with 'deploy/local/platform resume $1'"
}

cmd_resume() {
  fault_target "${1:-}"
  local pid
  pid=$(fault_group "$1")
  kill -CONT -- "-$pid"
  say "$1 resumed (SIGCONT to process group $pid)"
}

restart_postgres() {
  local ver cluster _
  read -r ver cluster _ < <(pg_cluster) || die "no PostgreSQL cluster found"
  say "restarting postgres $ver/$cluster (fast: every connection is cut)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" restart -m fast ||
    fail_component postgres "could not be restarted"
  wait_ready postgres port_open 5432
  say "postgres restarted"
}

cmd_purge_mail() {
  curl -fsS --max-time 60 -X POST -o /dev/null http://127.0.0.1:8025/api/mail/purge ||
    die "GreenMail did not purge its mail (is it running? deploy/local/platform status)"
  say "greenmail: every mail deleted"
}
