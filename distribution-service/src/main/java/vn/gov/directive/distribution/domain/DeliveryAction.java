package vn.gov.directive.distribution.domain;

/** What can happen to a delivery: the unit's actions, the issuer's, and the two the directive's own events cause. */
public enum DeliveryAction {
    /** The unit confirms it received the current version. */
    ACKNOWLEDGE("acknowledge"),
    /** The unit says the directive was misaddressed (reason required). */
    RETURN("return"),
    /** The unit submits its report (ACTION units only). */
    REPORT("report"),
    /** The issuer accepts the report. */
    ACCEPT_REPORT("accept the report of"),
    /** The issuer sends the report back (reason required). */
    REQUEST_REVISION("request a revision of"),
    /** The issuer gives this one delivery a later deadline (reason required); the state stays. */
    EXTEND_DEADLINE("extend the deadline of"),
    /** DirectiveAmended: a unit that acknowledged an older version must acknowledge the new one. */
    AMEND("amend"),
    /** DirectiveRecalled: open deliveries close. */
    RECALL("recall");

    private final String verb;

    DeliveryAction(String verb) {
        this.verb = verb;
    }

    /** For messages: "cannot acknowledge", "cannot accept the report of". */
    public String verb() {
        return verb;
    }
}
