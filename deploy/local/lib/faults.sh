# shellcheck shell=bash
# Fault verbs of deploy/local/platform, sourced by it: they break one component on purpose so
# that the end-to-end fault suite (e2e/*FaultIT, e2e/.../Faults.java) can show what the platform
# does meanwhile. Uses the component files' start_*, wait_*, restart_postgres and purge_mail, and
# common.sh's helpers (say, die, pid_of, stop_pid, is_component) and variables (INFRA, SERVICES).
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
  is_component "$name" ||
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

cmd_purge_mail() { purge_mail; }
