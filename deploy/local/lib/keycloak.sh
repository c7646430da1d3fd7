# shellcheck shell=bash
# Keycloak for deploy/local/platform: unpacked once, realm imported at start when it does not
# exist yet. A changed realm file wipes Keycloak's database so that the next start imports it
# again. Sourced by it after common.sh and secrets.sh.

KEYCLOAK_HOME="$PLATFORM/keycloak"
KEYCLOAK_URL="http://127.0.0.1:${PORT[keycloak]}"
TOKEN_URL="$KEYCLOAK_URL/realms/directives/protocol/openid-connect/token"
REALM_FILE="$ROOT/deploy/keycloak/directives-realm.json"
REALM_SUM_FILE="$KEYCLOAK_HOME/data/directives-realm.sha256"

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }

unpack_keycloak_once() {
  [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] && return 0
  say "unpacking Keycloak (once)"
  local tmp="$PLATFORM/keycloak.unpacking"
  rm -rf "$tmp" && mkdir -p "$tmp"
  tar -xzf "$DIST/keycloak.tar.gz" -C "$tmp"
  rm -rf "$KEYCLOAK_HOME"
  mv "$tmp"/keycloak-* "$KEYCLOAK_HOME"
  rm -rf "$tmp"
}

realm_changed() {
  [[ "$(cat "$REALM_SUM_FILE" 2>/dev/null)" != "$(realm_sum)" ]]
}

keycloak_ready() {
  http_ok "$KEYCLOAK_URL/realms/directives/.well-known/openid-configuration"
}

start_keycloak() {
  forget_if_dead keycloak
  if is_alive keycloak; then
    if ! realm_changed; then say "keycloak already running (pid $(pid_of keycloak))"; return 0; fi
    say "the realm file changed since keycloak started: restarting it to re-import"
    stop_pid keycloak
  fi
  require_free_port keycloak
  unpack_keycloak_once
  mkdir -p "$KEYCLOAK_HOME/data/import"
  if realm_changed; then
    # The import skips an existing realm: drop the database so the new file is imported.
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/directives-realm.json"
  say "starting keycloak on 127.0.0.1:${PORT[keycloak]} (the first start takes about a minute)"
  start_bg keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port "${PORT[keycloak]}" --http-host 127.0.0.1 --import-realm
}

wait_keycloak() {
  wait_ready keycloak keycloak_ready
  realm_sum >"$REALM_SUM_FILE"
  ensure_service_client
  say "keycloak ready"
}

# The services' Keycloak client: a copy of "portal" with the generated secret.
ensure_service_client() {
  ensure_secrets
  CLIENT_SECRET="$(secret PORTAL_CLIENT_SECRET)" kafka_tool "$LIB/KeycloakPortalClient.java" "$KEYCLOAK_URL" admin admin \
    directives portal "$SERVICE_CLIENT" 2>>"$LOGS/keycloak.log" | sed 's/^/    keycloak: /' ||
    fail_component keycloak "refused the services' client $SERVICE_CLIENT (admin REST API)"
}

# A field of a flat JSON object, without jq (a fresh machine may lack it).
json_field() {
  sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
}

# An access token of a demo user: password_token USERNAME PASSWORD.
password_token() {
  curl -sS --max-time 30 -d grant_type=password -d client_id=platform-cli \
    -d username="$1" -d password="$2" "$TOKEN_URL" | json_field access_token
}

stop_keycloak() { stop_pid keycloak; }
