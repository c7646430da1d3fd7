package vn.gov.directive.common.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relay's ordering rule for one batch, read in id order, given what became of each row:
 * <ul>
 * <li>an acknowledged row is marked sent;</li>
 * <li>a row refused for a permanent reason is parked, and every later row of the same topic and
 * key waits behind it (not marked, even if it went out: it goes again after the parked one is
 * retried or discarded), so a stream's order holds;</li>
 * <li>a transient refusal stops the batch there: that row and all later ones go again next run;</li>
 * <li>rows of other keys are not held up by a parked row.</li>
 * </ul>
 */
public final class RelayBatch {

    /** What became of a row: acknowledged, refused (with why), or not sent because its key waits. */
    public sealed interface Result {
    }

    public record Acknowledged() implements Result {
    }

    public record Refused(Throwable failure) implements Result {
    }

    public record Held() implements Result {
    }

    public record Parking(long id, String failure) {
    }

    public record Decision(List<Long> sent, List<Parking> parked, boolean stoppedByTransientFailure) {
    }

    private RelayBatch() {
    }

    /** The stream a row belongs to: rows of one stream keep their order. */
    public static String stream(OutboxRow row) {
        return row.topic() + '\u0000' + row.key();
    }

    public static Decision decide(List<OutboxRow> rows, List<Result> results) {
        List<Long> sent = new ArrayList<>();
        List<Parking> parked = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            Result result = results.get(i);
            if (held.contains(stream(row)) || result instanceof Held) {
                held.add(stream(row));
                continue;
            }
            if (result instanceof Acknowledged) {
                sent.add(row.id());
            } else if (result instanceof Refused refused && PublishFailures.permanent(refused.failure())) {
                parked.add(new Parking(row.id(), PublishFailures.describe(refused.failure())));
                held.add(stream(row));
            } else {
                return new Decision(sent, parked, true);
            }
        }
        return new Decision(sent, parked, false);
    }
}
