package vn.gov.directive.common.audit;

/**
 * The one log line of a refused request: {@code refused status=403 outcome=forbidden
 * user=ubnd-halong unit=UBND-HALONG method=GET path=/api/v1/...}. Values with spaces or quotes are
 * quoted, control characters dropped, so a crafted path cannot forge a second line.
 */
public record RefusalLine(int status, boolean hidden, String user, String unit, String method, String path) {

    /** Whether a response with this status (and hidden mark) is a refusal the audit log records. */
    public static boolean isRefusal(int status, boolean hidden) {
        return status == 401 || status == 403 || (status == 404 && hidden);
    }

    public String outcome() {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            default -> hidden ? "hidden-not-found" : "status-" + status;
        };
    }

    public String text() {
        return "refused status=" + status + " outcome=" + outcome() + " user=" + value(user) + " unit=" + value(unit)
                + " method=" + value(method) + " path=" + value(path);
    }

    static String value(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "-";
        }
        StringBuilder clean = new StringBuilder();
        raw.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        String text = clean.toString();
        boolean quote = text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=');
        return quote ? '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : text;
    }
}
