package vn.gov.directive.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling and what they may read (DESIGN §6): the Keycloak user or service account, its
 * realm roles and its unit claim. Produced once per request from the token ({@link CallerProducer});
 * {@link #of} builds one for the domain's plain unit tests. The rules every service shares live
 * here, once; a rule about one service's entity is a method of that entity taking a Caller.
 */
public class Caller {

    public static final String ISSUER = "issuer";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String OPERATOR = "operator";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";

    private final String name;
    private final String unit;
    private final Set<String> roles;

    /** For the container's client proxy of the request-scoped caller only. */
    protected Caller() {
        this(null, null, Set.of());
    }

    private Caller(String name, String unit, Set<String> roles) {
        this.name = name;
        this.unit = unit;
        this.roles = Set.copyOf(roles);
    }

    /** @param unit the unit claim, or null for an account without one (service accounts, operators) */
    public static Caller of(String name, String unit, Set<String> roles) {
        return new Caller(name, unit, roles);
    }

    public static Caller of(String name, String unit, String... roles) {
        return new Caller(name, unit, Set.of(roles));
    }

    public String name() {
        return name;
    }

    /** The unit the caller works for, from the token's {@code unit} claim; service accounts have none. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /**
     * Operators and auditors read everything; so does the provincial document system (role
     * integration), which issues for any issuer and reads their status back.
     */
    public boolean readsEverything() {
        return is(OPERATOR) || is(AUDITOR) || is(INTEGRATION);
    }

    /** The caller's unit claim is this unit, whatever its roles. */
    public boolean worksFor(String unitCode) {
        return unit != null && unit.equals(unitCode);
    }

    /** An issuer of this unit: it issues in the unit's name and decides on the reports it receives. */
    public boolean issuesFor(String issuer) {
        return is(ISSUER) && worksFor(issuer);
    }

    /** Creates, issues, amends and recalls directives in this issuer's name: its own issuers, and the document system for any. */
    public boolean mayIssueFor(String issuer) {
        return is(INTEGRATION) || issuesFor(issuer);
    }

    /** Reads this issuer's directives and their compliance: its own issuers, and whoever reads everything. */
    public boolean readsDirectivesOf(String issuer) {
        return readsEverything() || issuesFor(issuer);
    }
}
