package org.edgeauth.ees.registration;

import java.time.Duration;

import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;

/** Keeper timers on Vert.x: no thread of their own, and the ECS calls they start are non-blocking. */
final class VertxScheduler implements Scheduler {

    private final Vertx vertx;

    VertxScheduler(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long id = vertx.setTimer(Math.max(1, delay.toMillis()), ignored -> task.run());
        return () -> vertx.cancelTimer(id);
    }
}
