package vn.gov.directive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of docs/RELIABILITY.md: one row per fault scenario, replaced each time the scenario
 * runs (a run of one scenario leaves the others' rows as they were), between the two markers.
 * Every row is also appended to e2e/target/reliability.log.
 */
final class Reliability {

    static final Path DOC = Path.of("../docs/RELIABILITY.md");
    static final String BEGIN = "<!-- fault-suite rows: written by e2e Reliability.java -->";
    static final String END = "<!-- end of fault-suite rows -->";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Reliability() {
    }

    static synchronized void record(String scenario, String fault, FanOut.Outcome o, int repeatsAllowed) {
        String row = "| `" + scenario + "` | " + fault + " | " + o.deliveries() + " | " + o.visible() + " | " + o.lost()
                + " | " + o.doubled() + (repeatsAllowed > 0 ? " (bound " + repeatsAllowed + ", " + o.doubledWithAnotherMessageId()
                        + " with another Message-ID)" : "")
                + " | " + (o.secondsToRecover() < 0 ? "did not recover in " + FanOut.SETTLE.toSeconds() + " s" : o.secondsToRecover())
                + " | " + ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(WHEN) + " |";
        try {
            Files.writeString(Path.of("target/reliability.log"), row + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            List<String> lines = new ArrayList<>(Files.readAllLines(DOC, StandardCharsets.UTF_8));
            int begin = lines.indexOf(BEGIN);
            int end = lines.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(DOC + " lacks the markers " + BEGIN + " and " + END);
            }
            String key = "| `" + scenario + "` |";
            int at = -1;
            for (int i = begin + 1; i < end; i++) {
                if (lines.get(i).startsWith(key)) {
                    at = i;
                }
            }
            if (at >= 0) {
                lines.set(at, row);
            } else {
                lines.add(end, row);
            }
            Files.write(DOC, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
