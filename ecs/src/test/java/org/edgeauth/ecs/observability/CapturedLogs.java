package org.edgeauth.ecs.observability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.json.runtime.JsonFormatter;

/**
 * Every log record the application emits while installed, on the root logger: its logger, level, formatted
 * message, MDC and the JSON line the production format (quarkus-logging-json) makes of it. Formatted in
 * {@code publish}, while the MDC of the logging thread is still in place.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    public record Line(String logger, String level, String message, Map<String, String> mdc, String json) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final JsonFormatter json = new JsonFormatter();

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
        lines.add(new Line(ext.getLoggerName(), ext.getLevel().getName(), ext.getFormattedMessage(),
                Map.copyOf(ext.getMdcCopy()), json.format(ext)));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
