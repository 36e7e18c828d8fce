package org.edgeauth.pki.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Test support for the services' audit and log tests: every log record the application emits while installed, on
 * the root logger, with its logger, level, formatted message, MDC and, when a formatter is given (the production
 * JSON format), the line it makes. All read in {@code publish}, while the MDC of the logging thread is in place.
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    /** The MDC field of a sampled line (contract RefusalLogSampler) counting the lines left out before it. */
    private static final String SUPPRESSED = "suppressed";

    public record Line(String logger, String level, String message, Map<String, String> mdc, String formatted) {

        /** How many similar lines a sampled log left out before this one (0 when it names none). */
        public long suppressed() {
            return Long.parseLong(mdc.getOrDefault(SUPPRESSED, "0"));
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Function<ExtLogRecord, String> formatter;

    private CapturedLogs(Function<ExtLogRecord, String> formatter) {
        this.formatter = formatter;
    }

    public static CapturedLogs install() {
        return install(record -> "");
    }

    /** @param formatter makes {@link Line#formatted()}, e.g. quarkus-logging-json's JsonFormatter::format */
    public static CapturedLogs install(Function<ExtLogRecord, String> formatter) {
        CapturedLogs logs = new CapturedLogs(formatter);
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> of(String logger) {
        return lines.stream().filter(line -> line.logger().equals(logger)).toList();
    }

    /**
     * What is wrong with the lines a sampled log (contract RefusalLogSampler) wrote for {@code events} events: no
     * line saying how many were left out, a line whose message does not say it ("(+N similar {@code what} not
     * logged)"), or events neither written nor counted. Empty when nothing is.
     */
    public static List<String> samplingFaults(List<Line> sampled, long events, String what) {
        List<String> faults = new ArrayList<>();
        if (sampled.stream().noneMatch(line -> line.mdc().containsKey(SUPPRESSED))) {
            faults.add("no line says how many were left out: " + sampled);
        }
        for (Line line : sampled) {
            String note = "(+" + line.suppressed() + " similar " + what + " not logged)";
            if (line.mdc().containsKey(SUPPRESSED) && !line.message().contains(note)) {
                faults.add("the message does not say how many were left out: " + line);
            }
        }
        long accounted = sampled.size() + sampled.stream().mapToLong(Line::suppressed).sum();
        if (accounted != events) {
            faults.add(accounted + " events written or counted, not " + events + ": " + sampled);
        }
        return faults;
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        lines.add(new Line(ext.getLoggerName(), ext.getLevel().getName(), ext.getFormattedMessage(),
                Map.copyOf(ext.getMdcCopy()), formatter.apply(ext)));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
