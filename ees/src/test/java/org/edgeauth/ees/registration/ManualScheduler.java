package org.edgeauth.ees.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.smallrye.mutiny.subscription.Cancellable;

/** A clock that moves only when told, and timers that fire when it passes them (also the token cache tests' clock). */
public final class ManualScheduler extends Clock implements Scheduler {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Pending> pending = new ArrayList<>();

    private final class Pending implements Cancellable {
        final Instant due;
        final Runnable task;
        boolean cancelled;

        Pending(Instant due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Pending timer = new Pending(now.plus(delay), task);
        pending.add(timer);
        return timer;
    }

    /** Moves the clock forward, firing every timer that falls due on the way, in order. */
    public void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Optional<Pending> next = pending.stream().filter(timer -> !timer.cancelled && !timer.due.isAfter(until))
                    .min(Comparator.comparing(timer -> timer.due));
            if (next.isEmpty()) {
                break;
            }
            pending.remove(next.get());
            now = next.get().due;
            next.get().task.run();
        }
        now = until;
    }

    /** The delay until the next live timer, if any. */
    Optional<Duration> nextDelay() {
        return pending.stream().filter(timer -> !timer.cancelled).map(timer -> timer.due)
                .min(Comparator.naturalOrder()).map(due -> Duration.between(now, due));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
