package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * The faults of the suite, through deploy/local/platform's verbs (kill, start, stop, pause,
 * resume, restart): the same processes, pid files and readiness checks as `up`. Each call
 * returns once the verb finished (start and restart: once the component is ready again); its
 * output is in e2e/target/platform-VERB-NAME.log.
 */
final class Faults {

    private Faults() {
    }

    /** kill -9 of the component's process group. */
    static void kill(String name) {
        platform("kill", name);
    }

    static void start(String name) {
        platform("start", name);
    }

    static void stop(String name) {
        platform("stop", name);
    }

    /** SIGSTOP: the process keeps its sockets and memory and answers nothing. */
    static void pause(String name) {
        platform("pause", name);
    }

    static void resume(String name) {
        platform("resume", name);
    }

    static void restart(String name) {
        platform("restart", name);
    }

    private static void platform(String verb, String name) {
        File log = new File("target/platform-" + verb + "-" + name + ".log");
        try {
            Process process = new ProcessBuilder("bash", "deploy/local/platform", verb, name)
                    .directory(new File(".."))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s %s finished (see e2e/%s)", verb, name, log).isTrue();
            assertThat(process.exitValue()).as("%s %s (see e2e/%s)", verb, name, log).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
