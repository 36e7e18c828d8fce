package org.edgeauth.ees.registration;

import java.time.Duration;

import io.smallrye.mutiny.subscription.Cancellable;

/** Runs a task once after a delay; Vert.x timers in the application, a hand-driven clock in unit tests. */
@FunctionalInterface
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);
}
