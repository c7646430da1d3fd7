package vn.gov.directive.events;

/** A recipient's role, strongest first: a unit named several times keeps the strongest. */
public enum Role {
    ACTION, COORDINATE, FOR_REPORT, FOR_INFO;

    public boolean isStrongerThan(Role other) {
        return ordinal() < other.ordinal();
    }

    /** ACTION and COORDINATE units acknowledge and get reminders; the others only receive. */
    public boolean mustAcknowledge() {
        return this == ACTION || this == COORDINATE;
    }
}
