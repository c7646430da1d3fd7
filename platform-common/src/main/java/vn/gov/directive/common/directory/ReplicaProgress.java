package vn.gov.directive.common.directory;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a copy of the directory has read directory-events, partition by partition, against
 * the topic's end: complete when every partition's next offset to read is at its end.
 */
public record ReplicaProgress(Map<Integer, Long> ends, Map<Integer, Long> positions) {

    public ReplicaProgress {
        ends = Map.copyOf(ends);
        positions = Map.copyOf(positions);
    }

    /** Records still to read per partition (only partitions with some). */
    public Map<Integer, Long> behind() {
        Map<Integer, Long> behind = new TreeMap<>();
        ends.forEach((partition, end) -> {
            long missing = end - positions.getOrDefault(partition, 0L);
            if (missing > 0) {
                behind.put(partition, missing);
            }
        });
        return behind;
    }

    public boolean complete() {
        return behind().isEmpty();
    }

    public long recordsBehind() {
        return behind().values().stream().mapToLong(Long::longValue).sum();
    }
}
