package vn.gov.directive.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * What the benchmark is doing, as "==> ..." lines like deploy/local/platform's own output. A
 * command-line tool talks to its user on the console; this is the one place that does.
 */
final class Progress {

    private static final PrintStream OUT = System.out;

    private Progress() {
    }

    static void say(String format, Object... args) {
        OUT.printf("==> [%s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
        OUT.flush();
    }

    static void warn(String format, Object... args) {
        System.err.printf("WARNING: %s%n", String.format(format, args));
        System.err.flush();
    }

    static void print(String text) {
        OUT.println(text);
        OUT.flush();
    }
}
