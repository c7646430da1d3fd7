# shellcheck shell=bash
# The four services for deploy/local/platform: built from the repository when needed, run as
# Quarkus fast-jars (prod profile) on the ports of the ports file, which they are also given as
# -Dplatform.ports.NAME so that they reach the components on those ports; then the directory
# imported and every copy of it awaited. Sourced by it after the components' files.

SEED_FILE="$ROOT/deploy/seed/units-quang-ninh-2024.json"

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

service_url() { echo "http://127.0.0.1:${PORT[$1]}"; }

# True when a jar is missing or a pom or any module source is newer than the oldest jar.
build_needed() {
  local s oldest=""
  for s in "${SERVICES[@]}"; do
    local jar
    jar=$(service_jar "$s")
    [[ -d "$ROOT/$s" ]] || die "module $s does not exist in $ROOT"
    [[ -f "$jar" ]] || return 0
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then oldest="$jar"; fi
  done
  [[ -n "$(find "$ROOT" \( -name .platform -o -name .git -o -name target -o -name node_modules \) -prune \
           -o \( -name pom.xml -o -path '*/src/*' -o -path '*/deploy/local/ports.properties' \) -type f -newer "$oldest" -print -quit)" ]]
}

BUILD_CHECKED=""
build_services() {
  # `up` builds while the components boot; start_services then need not check again.
  [[ -n "$BUILD_CHECKED" ]] && return 0
  BUILD_CHECKED=1
  if [[ "${PLATFORM_SKIP_BUILD:-}" == 1 ]]; then
    say "PLATFORM_SKIP_BUILD=1: using the services' jars as they are"
    local s
    for s in "${SERVICES[@]}"; do
      [[ -f "$(service_jar "$s")" ]] || die "$(service_jar "$s") is missing (unset PLATFORM_SKIP_BUILD to build it)"
    done
    return 0
  fi
  if ! build_needed; then say "services are built and up to date"; return 0; fi
  require_maven
  say "building the services (mvn package -DskipTests; log $(log_of build))"
  local started=$SECONDS
  if ! (cd "$ROOT" && mvn -B -q package -DskipTests) >"$(log_of build)" 2>&1; then
    fail_component build "failed"
  fi
  say "built in $((SECONDS - started)) s"
}

# A small service on a shared machine: the serial collector (no parallel GC threads, no G1 regions
# kept committed), and caps on what lives outside the heap (metaspace, JIT code, thread stacks,
# direct buffers), which is most of a JVM's resident memory beyond -Xmx. Override with
# PLATFORM_SERVICE_JVM_OPTS.
SERVICE_JVM_OPTS="${PLATFORM_SERVICE_JVM_OPTS:--Xms32m -Xmx224m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m}"

service_ready() { http_ok "$(service_url "$1")/q/health/ready"; }

# The full health (readiness does not include the mail server, for instance).
service_healthy() { http_ok "$(service_url "$1")/q/health"; }

start_service() {
  local s="$1"
  forget_if_dead "$s"
  if is_alive "$s"; then say "$s already running (pid $(pid_of "$s"))"; return 0; fi
  require_free_port "$s"
  say "starting $s on 127.0.0.1:${PORT[$s]}"
  ensure_secrets
  local ports
  mapfile -t ports < <(port_properties)
  # cd into the module so that relative paths in its configuration behave as under mvn;
  # the HTTP host is pinned here because everything local binds to 127.0.0.1 only; the
  # generated secrets are exported to the service only (the prod profile requires them);
  # the ports file's values win over the ones packaged in platform-common.
  # shellcheck disable=SC2016 # expanded by the inner shell
  start_bg "$s" bash -c 'set -a && . "$4" && set +a && cd "$1" && exec java $2 "${@:5}" -Dquarkus.http.host=127.0.0.1 -jar "$3"' _ \
    "$ROOT/$s" "$SERVICE_JVM_OPTS" "$(service_jar "$s")" "$SECRETS_FILE" "${ports[@]}"
}

start_services() {
  build_services
  local s
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do wait_ready "$s" service_ready "$s"; done
  say "services ready: ${SERVICES[*]}"
}

stop_services() {
  local s
  for s in "${SERVICES[@]}"; do stop_pid "$s"; done
}

# The services that keep a copy of the directory and use it (expansion, addresses, names).
REPLICA_SERVICES=(directive-service reporting-service notification-service)

# A service's copy has read directory-events to the end: its health group directory-replica.
# Deliberately not readiness: every directory import makes the copies briefly incomplete, and a
# load balancer must not take a service out for that (an issue answers 503 + Retry-After meanwhile).
replica_complete() { http_ok "$(service_url "$1")/q/health/group/directory-replica"; }

# distribution-service's outbox has published everything (its directory changes are on the broker).
distribution_outbox_empty() {
  curl -fsS --max-time 5 "$(service_url distribution-service)/q/metrics" 2>/dev/null |
    awk '/^outbox_backlog[ {]/ { found = 1; if ($NF + 0 > 0) busy = 1 } END { exit !(found && !busy) }'
}

# Returns once the directory is on the broker and every copy has read it to the end, so that an
# issue right after `up` or `restart` expands against the whole directory.
wait_directory_copies() {
  local s
  wait_ready distribution-service distribution_outbox_empty
  for s in "${REPLICA_SERVICES[@]}"; do wait_ready "$s" replica_complete "$s"; done
  say "every copy of the directory is complete: ${REPLICA_SERVICES[*]}"
}

import_directory() {
  local token body status url
  url="$(service_url distribution-service)/api/v1/directory/import"
  token=$(password_token operator demo) || true
  [[ -n "$token" ]] || die "could not get a token for operator/demo from $TOKEN_URL (log: $(log_of keycloak))"
  body=$(mktemp)
  status=$(curl -sS --max-time 120 -o "$body" -w '%{http_code}' \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary @"$SEED_FILE" "$url") || status=000
  if [[ "$status" != 2* ]]; then
    printf '%s\n' "ERROR: importing the directory failed: HTTP $status from POST $url" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"
    show_log_tail "$(log_of distribution-service)"
    exit 1
  fi
  say "directory imported ($(basename "$SEED_FILE"), HTTP $status): $(head -c 300 "$body")"
  rm -f "$body"
}

print_urls() {
  local directive distribution reporting notification
  directive=$(service_url directive-service); distribution=$(service_url distribution-service)
  reporting=$(service_url reporting-service); notification=$(service_url notification-service)
  cat <<EOF

The platform is up (everything on 127.0.0.1; logs in .platform/logs, stop with: deploy/local/platform down)

  Services (OpenAPI at /q/openapi, health at /q/health, metrics at /q/metrics)
    directive-service     $directive/q/openapi
    distribution-service  $distribution/q/openapi     unit portal:  $distribution/portal
    reporting-service     $reporting/q/openapi     dashboard:    $reporting/dashboard
                                                              operations:   $reporting/ops
    notification-service  $notification/q/openapi
  Keycloak admin console  $KEYCLOAK_URL/admin/   (admin / admin; realm "directives")
  GreenMail (mail sent)   $GREENMAIL_API/api/user  (SMTP 127.0.0.1:${PORT[greenmail-smtp]})
  Kafka                   $KAFKA_BOOTSTRAP     PostgreSQL 127.0.0.1:${PORT[postgres]} (directives / directives)

  Demo logins (password demo)
    a user per unit: the unit code in lower case, e.g. ubnd-halong / demo, snv / demo
    stttt / demo           unit officer and issuer
    operator / demo        operator
    auditor / demo         auditor
    client document-system (secret document-system-secret): service account, role integration
    client platform-cli    public, password grant, for scripts: $TOKEN_URL
EOF
}
