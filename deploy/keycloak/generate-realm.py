#!/usr/bin/env python3
"""Writes directives-realm.json (Keycloak 26 realm import) from the seed directory.

The JSON is committed as a static file, so a machine without Python can import it; run this
again only when the seed directory or the realm's shape changes:

    python3 deploy/keycloak/generate-realm.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seed" / "units-quang-ninh-2024.json"
OUT = HERE / "directives-realm.json"

PORTS_FILE = HERE.parent / "local" / "ports.properties"


def service_ports():
    """The services' ports and the fixed ones their browser tests run on, from the ports file."""
    ports = {}
    for line in PORTS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")):
            name, _, value = line.partition("=")
            ports[name.strip()] = int(value)
    services = [p for n, p in ports.items() if n.endswith("-service") and "." not in n]
    browser_tests = [p for n, p in ports.items() if n.startswith("browser-test.")]
    return services + browser_tests


PORTS = service_ports()
ROLES = {
    "issuer": "Issues directives in its own unit's name",
    "unit-officer": "Receives, acknowledges and reports on its own unit's deliveries",
    "operator": "Reads everything; changes the directory and the calendar; replays dead letters",
    "auditor": "Reads everything",
    "integration": "A system (the provincial document system) acting for any issuer",
}

# Keycloak 26 drops user attributes its user profile does not declare: keep the default
# attributes (as shipped in keycloak-default-user-profile.json) and declare `unit`.
DEFAULT_PERMS = {"view": ["admin", "user"], "edit": ["admin", "user"]}
USER_PROFILE = {
    "attributes": [
        {"name": "username", "displayName": "${username}", "permissions": DEFAULT_PERMS,
         "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                         "up-username-not-idn-homograph": {}},
         "multivalued": False},
        {"name": "email", "displayName": "${email}", "required": {"roles": ["user"]},
         "permissions": DEFAULT_PERMS,
         "validations": {"email": {}, "length": {"max": 255}}, "multivalued": False},
        {"name": "firstName", "displayName": "${firstName}", "required": {"roles": ["user"]},
         "permissions": DEFAULT_PERMS,
         "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
         "multivalued": False},
        {"name": "lastName", "displayName": "${lastName}", "required": {"roles": ["user"]},
         "permissions": DEFAULT_PERMS,
         "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
         "multivalued": False},
        # The unit the user acts for (a directory unit code); only administrators see or set it.
        {"name": "unit", "displayName": "Unit code",
         "permissions": {"view": ["admin"], "edit": ["admin"]},
         "validations": {"length": {"max": 64}}, "multivalued": False},
    ],
    "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata"}],
}

# User attribute `unit` -> claim `unit` (put on each client, so the realm keeps Keycloak's own
# default client scopes: declaring clientScopes in an import replaces all of them).
UNIT_MAPPER = {
    "name": "unit",
    "protocol": "openid-connect",
    "protocolMapper": "oidc-usermodel-attribute-mapper",
    "consentRequired": False,
    "config": {
        "user.attribute": "unit",
        "claim.name": "unit",
        "jsonType.label": "String",
        "multivalued": "false",
        "aggregate.attrs": "false",
        "access.token.claim": "true",
        "id.token.claim": "true",
        "userinfo.token.claim": "true",
        "introspection.token.claim": "true",
    },
}

# Every access token these clients get names the platform as its audience; each service refuses a
# bearer token without it (platform-common security.AccessTokenRule). Not in the ID token: its
# audience stays the client, so an ID token cannot pass for an access token.
AUDIENCE = "directive-platform"
AUDIENCE_MAPPER = {
    "name": "audience " + AUDIENCE,
    "protocol": "openid-connect",
    "protocolMapper": "oidc-audience-mapper",
    "consentRequired": False,
    "config": {
        "included.custom.audience": AUDIENCE,
        "access.token.claim": "true",
        "id.token.claim": "false",
        "introspection.token.claim": "true",
    },
}


def client(client_id, name, **kw):
    c = {
        "clientId": client_id,
        "name": name,
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "standardFlowEnabled": False,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "frontchannelLogout": True,
        "fullScopeAllowed": True,
        "protocolMappers": [UNIT_MAPPER, AUDIENCE_MAPPER],
    }
    c.update(kw)
    return c


def password_user(username, email, first, last, roles, unit=None):
    u = {
        "username": username,
        "enabled": True,
        "emailVerified": True,
        "email": email,
        "firstName": first,
        "lastName": last,
        "credentials": [{"type": "password", "value": "demo", "temporary": False}],
        "requiredActions": [],
        "realmRoles": roles,
    }
    if unit:
        u["attributes"] = {"unit": [unit]}
    return u


def main():
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    redirects = [f"http://{host}:{port}/*" for host in ("localhost", "127.0.0.1") for port in PORTS]

    users = []
    for unit in seed["units"]:
        roles = ["unit-officer"] + (["issuer"] if unit["code"] == "STTTT" else [])
        users.append(password_user(unit["code"].lower(), unit["email"], unit["name"], "Văn thư",
                                   roles, unit=unit["code"]))
    users.append(password_user("operator", "operator@platform.example", "Vận hành", "Nền tảng",
                               ["operator"]))
    users.append(password_user("auditor", "auditor@platform.example", "Kiểm tra", "Nền tảng",
                               ["auditor"]))
    users.append({"username": "service-account-document-system", "enabled": True,
                  "serviceAccountClientId": "document-system", "realmRoles": ["integration"]})

    realm = {
        "realm": "directives",
        "displayName": "Phân phối chỉ đạo điều hành",
        "enabled": True,
        "sslRequired": "none",
        "registrationAllowed": False,
        "loginWithEmailAllowed": True,
        "resetPasswordAllowed": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": False,
        # Tests and benchmarks hold a token for a while.
        "accessTokenLifespan": 1800,
        "ssoSessionIdleTimeout": 7200,
        "ssoSessionMaxLifespan": 36000,
        "internationalizationEnabled": True,
        "supportedLocales": ["vi", "en"],
        "defaultLocale": "vi",
        "roles": {"realm": [{"name": n, "description": d} for n, d in ROLES.items()]},
        "clients": [
            client("portal", "Unit portal and dashboards (web)",
                   secret="portal-secret", standardFlowEnabled=True,
                   redirectUris=redirects, webOrigins=["+"],
                   attributes={"post.logout.redirect.uris": "+"}),
            client("document-system", "Provincial document system",
                   secret="document-system-secret", serviceAccountsEnabled=True),
            client("platform-cli", "Scripts and tests (local realm only)",
                   publicClient=True, directAccessGrantsEnabled=True),
        ],
        "users": users,
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [{
                "providerId": "declarative-user-profile",
                "subComponents": {},
                "config": {"kc.user.profile.config": [json.dumps(USER_PROFILE, ensure_ascii=False)]},
            }]
        },
    }
    OUT.write_text(json.dumps(realm, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(users)} users)")


if __name__ == "__main__":
    main()
