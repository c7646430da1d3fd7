package vn.gov.directive.common.audit;

/**
 * The operator actions kept in the audit trail, one name each, so that GET /api/v1/audit?action=
 * filters on a stable word whatever service recorded it.
 */
public final class AuditActions {

    /** distribution-service: POST /api/v1/directory/import. */
    public static final String DIRECTORY_IMPORT = "directory.import";
    /** notification-service: PUT /api/v1/calendar/holidays. */
    public static final String HOLIDAYS_REPLACE = "calendar.holidays.replace";
    /** reporting-service: a dead letter put back on its topic. */
    public static final String DEAD_LETTER_REPLAY = "dead-letter.replay";
    /** reporting-service: the compliance read model emptied and consumed again. */
    public static final String READ_MODEL_REBUILD = "read-model.rebuild";
    /** Any service: a parked outbox row sent again, or discarded (platform-common outbox). */
    public static final String OUTBOX_RETRY = "outbox.retry";
    public static final String OUTBOX_DISCARD = "outbox.discard";

    private AuditActions() {
    }
}
