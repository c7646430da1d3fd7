package vn.gov.directive.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The messages a log category writes while a test runs (a handler on the real logger of the
 * service under test, which runs in the same JVM): {@code try (CapturedLog audit = CapturedLog.of("audit")) {...}}.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    public static CapturedLog of(String category) {
        CapturedLog captured = new CapturedLog(Logger.getLogger(category));
        captured.logger.addHandler(captured);
        return captured;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void publish(LogRecord record) {
        messages.add(FORMAT.formatMessage(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
