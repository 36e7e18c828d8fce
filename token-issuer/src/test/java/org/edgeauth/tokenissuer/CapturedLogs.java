package org.edgeauth.tokenissuer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record the application emits while installed, on the root logger: its logger, formatted message and
 * MDC, read in {@code publish} while the MDC of the logging thread is still in place.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    public record Line(String logger, String message, Map<String, String> mdc) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public static CapturedLogs install() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> of(String logger) {
        return lines.stream().filter(line -> line.logger().equals(logger)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        lines.add(new Line(ext.getLoggerName(), ext.getFormattedMessage(), Map.copyOf(ext.getMdcCopy())));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
