package vn.gov.directive.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * What the benchmark is doing, as "==> ..." lines like deploy/local/platform's own output. A
 * command-line tool talks to its user on the console; this is the one place that does. Warnings
 * go to the log.
 */
final class Progress {

    private static final PrintStream OUT = System.out;
    private static final System.Logger LOG = System.getLogger("vn.gov.directive.bench");

    private Progress() {
    }

    static void say(String format, Object... args) {
        OUT.printf("==> [%s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
        OUT.flush();
    }

    /** Something the run's figures should be read with: logged, not printed among the progress lines. */
    static void warn(String format, Object... args) {
        LOG.log(System.Logger.Level.WARNING, String.format(format, args));
    }

    static void print(String text) {
        OUT.println(text);
        OUT.flush();
    }
}
