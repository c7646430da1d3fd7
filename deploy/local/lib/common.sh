# shellcheck shell=bash
# The helpers every component of deploy/local/platform uses, sourced first by it: output, the
# ports file, prerequisites, downloads, and the processes the script starts (pid files, readiness,
# stop). Needs ROOT; defines the paths under .platform/ and the table of ports.

PLATFORM="$ROOT/.platform"
DIST="$PLATFORM/dist"
RUN="$PLATFORM/run"
LOGS="$PLATFORM/logs"
DATA="$PLATFORM/data"
COMPONENTS_POM="$ROOT/deploy/local/components/pom.xml"
LIB="$ROOT/deploy/local/lib"

PARTITIONS="${PLATFORM_PARTITIONS:-6}"

# Infrastructure components, in start order, and the services.
INFRA=(kafka postgres keycloak greenmail)
SERVICES=(directive-service distribution-service reporting-service notification-service)
# Seconds to wait for each to become ready (2 cores, possibly while Maven builds).
declare -A TIMEOUT=(
  [kafka]=90 [postgres]=60 [keycloak]=300 [greenmail]=60
  [directive-service]=180 [distribution-service]=180
  [reporting-service]=180 [notification-service]=180
)

# What this invocation started (for `test`, which stops only those again).
STARTED=()

# ---------------------------------------------------------------------------------------------
# Output helpers

say()  { printf '%s\n' "==> $*"; }
warn() { printf '%s\n' "WARNING: $*" >&2; }
die()  { printf '%s\n' "ERROR: $*" >&2; exit 1; }

# Prints the last lines of a log so a failure can be understood without opening files.
show_log_tail() {
  local log="$1"
  if [[ -f "$log" ]]; then
    printf '%s\n' "---- last 30 lines of $log ----" >&2
    tail -n 30 "$log" >&2
    printf '%s\n' "---- end of $log ----" >&2
  fi
}

fail_component() {
  local name="$1" why="$2"
  printf '%s\n' "ERROR: $name $why (log: $(log_of "$name"))" >&2
  show_log_tail "$(log_of "$name")"
  exit 1
}

log_of() {
  case "$1" in
    postgres) postgres_log ;;
    build) echo "$LOGS/build.log" ;;
    *) echo "$LOGS/$1.log" ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# Ports: deploy/local/ports.properties (key=value), the file the applications and the tests also
# read through platform-common. PORT[NAME] is the port of a component or service; the services get
# every entry as -Dplatform.ports.NAME, so another file moves the whole stack.

PORTS_FILE="${PLATFORM_PORTS_FILE:-$ROOT/deploy/local/ports.properties}"
declare -A PORT=()

load_ports() {
  [[ -r "$PORTS_FILE" ]] || die "the ports file $PORTS_FILE cannot be read (PLATFORM_PORTS_FILE)"
  local line key value name
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*(#|!|$) ]] && continue
    [[ "$line" =~ ^[[:space:]]*([^=:[:space:]]+)[[:space:]]*[=:][[:space:]]*([0-9]+)[[:space:]]*$ ]] ||
      die "$PORTS_FILE: not a NAME=PORT line: $line"
    key="${BASH_REMATCH[1]}"; value="${BASH_REMATCH[2]}"
    PORT[$key]=$value
  done <"$PORTS_FILE"
  for name in "${INFRA[@]}" kafka-controller greenmail-smtp "${SERVICES[@]}"; do
    [[ -n "${PORT[$name]:-}" ]] || die "$PORTS_FILE has no port for $name"
  done
}
load_ports

# The ports as system properties of the services (the values of ${platform.ports.NAME}).
port_properties() {
  local key
  for key in "${!PORT[@]}"; do printf -- '-Dplatform.ports.%s=%s\n' "$key" "${PORT[$key]}"; done
}

# True for a component or service this script runs (a fault verb's NAME).
is_component() {
  local name
  for name in "${INFRA[@]}" "${SERVICES[@]}"; do [[ "$name" == "${1:-}" ]] && return 0; done
  return 1
}

# ---------------------------------------------------------------------------------------------
# Prerequisites

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "installing $* (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

require_java() {
  command -v java >/dev/null || die "java is not on PATH: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ "${major%%.*}" -ge 17 ]] 2>/dev/null || die "java $major found on PATH, Java 17 or newer is needed"
}

require_maven() {
  command -v mvn >/dev/null || die "mvn is not on PATH: install Maven 3.8+ (e.g. apt-get install maven)"
}

# The portal's tests drive a real browser: Debian's Chromium and its driver (a test tool's own
# browser download cannot work here).
require_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
}

require_tools() {
  command -v curl >/dev/null || apt_install curl
  command -v setsid >/dev/null || die "setsid (util-linux) is missing"
}

# ---------------------------------------------------------------------------------------------
# Downloads: Kafka's classpath, the Keycloak distribution and the GreenMail server come from
# Maven Central through a small pom of their own (not part of the application build).

kafka_classpath_ok() {
  local file="$DIST/kafka.classpath" jar
  [[ -s "$file" ]] || return 1
  # The classpath points into ~/.m2: it is stale if that repository was cleaned.
  local IFS=:
  for jar in $(cat "$file"); do [[ -f "$jar" ]] || return 1; done
}

ensure_downloads() {
  mkdir -p "$DIST" "$RUN" "$LOGS" "$DATA"
  if ! kafka_classpath_ok; then
    require_maven
    say "resolving the Kafka broker from Maven Central"
    mvn -q -B -f "$COMPONENTS_POM" dependency:build-classpath \
      -Dmdep.outputFile="$DIST/kafka.classpath" >"$LOGS/downloads.log" 2>&1 ||
      fail_component downloads "could not be resolved"
  fi
  if [[ ! -s "$DIST/keycloak.tar.gz" || ! -s "$DIST/greenmail-standalone.jar" ]]; then
    require_maven
    say "downloading Keycloak and GreenMail from Maven Central (about 175 MB, once)"
    mvn -q -B -f "$COMPONENTS_POM" dependency:copy@dist -DoutputDirectory="$DIST" \
      >"$LOGS/downloads.log" 2>&1 || fail_component downloads "could not be downloaded"
  fi
}

# ---------------------------------------------------------------------------------------------
# Processes. Each one is started in its own session (setsid), so its pid is also its process
# group id: stopping the group also stops children (kc.sh runs java as a child).

pid_file() { echo "$RUN/$1.pid"; }

pid_of() {
  local file
  file=$(pid_file "$1")
  [[ -f "$file" ]] && cat "$file"
}

# True when the recorded process group still has a member.
is_alive() {
  local pid
  pid=$(pid_of "$1") || return 1
  [[ -n "$pid" ]] && kill -0 -- "-$pid" 2>/dev/null
}

port_open() {
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# start_bg NAME COMMAND... : runs COMMAND detached, output to the NAME log, pid to the NAME pid file.
start_bg() {
  local name="$1"; shift
  local log pidf
  log=$(log_of "$name"); pidf=$(pid_file "$name")
  printf '\n===== %s starting %s =====\n' "$(date -Is)" "$name" >>"$log"
  # The inner shell writes its own pid (= session and group id) and then becomes the command.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" >>"$log" 2>&1 </dev/null &
  local i
  for i in $(seq 50); do [[ -s "$pidf" ]] && break; sleep 0.1; done
  STARTED+=("$name")
}

# stop_pid NAME: TERM the process group, wait, then KILL; removes the pid file.
stop_pid() {
  local name="$1" pid i
  pid=$(pid_of "$name") || return 0
  if [[ -n "$pid" ]] && kill -0 -- "-$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for i in $(seq 60); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      warn "$name did not stop within 30 s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$(pid_file "$name")"
}

# Stops, in reverse order, only what this invocation started.
stop_started() {
  local i name
  # A second Ctrl-C must not cut the clean-up short.
  trap '' INT TERM
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    name="${STARTED[$i]}"
    if [[ "$name" == postgres ]]; then stop_postgres; else stop_pid "$name"; fi
  done
  STARTED=()
}

# A pid file whose process is gone is left from a crash or a reboot: forget it.
forget_if_dead() {
  if [[ -f "$(pid_file "$1")" ]] && ! is_alive "$1"; then
    rm -f "$(pid_file "$1")"
  fi
}

# wait_ready NAME CHECK... : polls CHECK until it succeeds, fails fast when the process died.
wait_ready() {
  local name="$1"; shift
  local deadline=$((SECONDS + TIMEOUT[$name]))
  until "$@"; do
    if [[ -f "$(pid_file "$name")" ]] && ! is_alive "$name"; then
      rm -f "$(pid_file "$name")"
      fail_component "$name" "exited while starting"
    fi
    ((SECONDS < deadline)) || fail_component "$name" "did not become ready within ${TIMEOUT[$name]} s"
    sleep 1
  done
}

# Refuses to start over a port that something else already holds.
require_free_port() {
  local name="$1"
  if port_open "${PORT[$name]}"; then
    die "port ${PORT[$name]} is taken by a process this script did not start; cannot start $name"
  fi
}

# ---------------------------------------------------------------------------------------------
# Status of a process this script starts (PostgreSQL has its own: postgres_status_line).

# Components found broken by status_line (died, hung or not answering): status exits non-zero.
STATUS_PROBLEMS=0

# Each component file defines NAME_ready; the services share service_ready.
component_health() {
  case "$1" in
    *-service) service_ready "$1" ;;
    *) "$1_ready" ;;
  esac
}

# Process state letter of a group leader (T: stopped by SIGSTOP).
process_state() { ps -o stat= -p "$1" 2>/dev/null | cut -c1; }

status_line() {
  local name="$1" state pid=- health=down port="${PORT[$1]}" note=""
  component_health "$name" && health=up
  if is_alive "$name"; then
    state=running; pid=$(pid_of "$name")
    if [[ "$(process_state "$pid")" == T ]]; then
      state=PAUSED; note="(SIGSTOP: resume with deploy/local/platform resume $name)"
      STATUS_PROBLEMS=$((STATUS_PROBLEMS + 1))
    elif [[ $health == down ]]; then
      health=DOWN; note="(the process runs but does not answer: see deploy/local/platform logs $name)"
      STATUS_PROBLEMS=$((STATUS_PROBLEMS + 1))
    fi
  elif [[ -f "$(pid_file "$name")" ]]; then
    # A pid file without its process: it died (crash, kill -9, out of memory) after it was started.
    state=DIED; pid="$(pid_of "$name")"
    note="(pid file left, process gone: see deploy/local/platform logs $name; start it with up or start $name)"
    STATUS_PROBLEMS=$((STATUS_PROBLEMS + 1))
  else
    state=stopped
    if [[ $health == up ]]; then state="running"; note="(not started by this script)"; fi
  fi
  # notification-service stays ready without a mail server; its full health says so.
  if [[ $name == notification-service && $health == up ]] && ! service_healthy "$name"; then
    health=degraded; note="(mail server unreachable: see $(service_url "$name")/q/health)"
  fi
  status_row "$name" "$state" "$pid" "$port" "$health" "$note"
}

status_row() {
  printf '%-22s %-8s pid %-8s port %-5s health %s %s\n' "$@"
}

# ---------------------------------------------------------------------------------------------
# The four components together. Slow starters go first and are awaited last.

start_infra() {
  require_java
  require_tools
  ensure_downloads
  start_kafka
  start_keycloak
  start_greenmail
  start_postgres
}

wait_infra() {
  wait_kafka_and_topics
  wait_greenmail
  wait_keycloak
}
