package org.edgeauth.ees.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.ees.ecs.EcsException;
import org.edgeauth.ees.ecs.EcsRegistrations;
import org.edgeauth.ees.ecs.EcsRejectedException;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Keeps this EES registered at the ECS (Eecs_EESRegistration, TS 23.558 8.4.4): registers at start, updates
 * before the granted expiry, registers again when the ECS no longer knows the registration (it lapsed, or an ECS
 * without shared state restarted), retries with capped backoff while the ECS cannot be reached, sends profile
 * changes as merge patches, and deregisters on stop. When the ECS answers with {@code Retry-After} (429 over the rate
 * limit, 503 store or keys unavailable), the next attempt waits at least that long (see
 * {@link RefreshSchedule#retryDelay(int, Duration, Instant, Instant)}), a profile change included.
 * <p>
 * One operation runs at a time; state changes happen under this object's lock, and the ECS calls are
 * non-blocking, so timers and answers may arrive on any thread.
 */
public final class RegistrationKeeper {

    private static final Logger LOG = Logger.getLogger(RegistrationKeeper.class);

    private final EcsRegistrations ecs;
    private final Scheduler scheduler;
    private final Clock clock;
    private final RefreshSchedule schedule;
    private final ObjectMapper json;

    private KeeperState state = KeeperState.NOT_STARTED;
    private EESProfile desired;
    /** The profile the ECS holds, as last accepted; null while not registered. */
    private EESProfile registered;
    private String registrationId;
    private Instant grantedExpiry;
    private int failures;
    private RegistrationError lastError;
    private Instant nextAttempt;
    private Cancellable timer;
    /** The pending timer is one the ECS asked for (Retry-After): nothing may go to the ECS before it. */
    private boolean deferred;
    /** Identifies the one timer whose firing still counts; a cancelled timer that fires anyway finds a newer one. */
    private Object timerToken;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> stopped;
    /** For the metrics: registrations created (the first and every new one since), updates accepted. */
    private long registrations;
    private long refreshes;

    public RegistrationKeeper(EcsRegistrations ecs, Scheduler scheduler, Clock clock, RefreshSchedule schedule,
            ObjectMapper json, EESProfile profile) {
        this.ecs = ecs;
        this.scheduler = scheduler;
        this.clock = clock;
        this.schedule = schedule;
        this.json = json;
        this.desired = profile;
    }

    public synchronized void start() {
        if (state != KeeperState.NOT_STARTED) {
            throw new IllegalStateException("the keeper has already been started");
        }
        state = KeeperState.REGISTERING;
        register();
    }

    /**
     * The configured profile changed: update the registration now (PATCH), or let the operation in flight or the
     * next attempt carry the change.
     */
    public synchronized void changeProfile(EESProfile profile) {
        if (profile.equals(desired)) {
            return;
        }
        desired = profile;
        if (registrationId != null && inFlight.isDone() && stopped == null) {
            if (deferred) {
                LOG.infof("profile changed: the update at %s, when the ECS asked to be called again, carries it",
                        nextAttempt);
                return;
            }
            LOG.info("profile changed: updating the registration");
            cancelTimer();
            update();
        }
    }

    /**
     * Stops keeping the registration and deletes it at the ECS. Completes (never exceptionally) once the
     * registration is deleted, the attempt failed, or {@code within} has passed; an operation still in flight is
     * awaited first, so that a registration it creates is deleted too.
     */
    public CompletionStage<Void> stop(Duration within) {
        CompletableFuture<Void> pending;
        synchronized (this) {
            if (stopped != null) {
                return stopped;
            }
            cancelTimer();
            pending = inFlight;
            stopped = new CompletableFuture<>();
        }
        pending.thenCompose(ignored -> deregister())
                .orTimeout(within.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        String message = "deregistration did not finish within " + within
                                + "; the ECS will drop the registration at its expiry";
                        synchronized (this) {
                            lastError = new RegistrationError(clock.instant(), message, null);
                            state = KeeperState.DEREGISTERED;
                        }
                        LOG.warn(message);
                    }
                    stopped.complete(null);
                });
        return stopped;
    }

    public synchronized RegistrationStatus status() {
        KeeperState shown = state == KeeperState.REGISTERED && !clock.instant().isBefore(grantedExpiry)
                ? KeeperState.LAPSED
                : state;
        return new RegistrationStatus(shown, registrationId, grantedExpiry, nextAttempt, failures, lastError);
    }

    /** Registrations made after the first one: the ECS had lost this EES's registration (or it had lapsed). */
    public synchronized long reRegistrations() {
        return Math.max(0, registrations - 1);
    }

    /** Updates (refreshes and profile changes) the ECS accepted. */
    public synchronized long refreshes() {
        return refreshes;
    }

    private void register() {
        EESProfile sending = desired;
        EESRegistration request = new EESRegistration(sending, schedule.proposedExpiry(clock.instant()), null);
        perform(ecs.register(request),
                created -> accepted(created.registrationId(), sending, created.registration()),
                failure -> failed("registration", failure, this::register));
    }

    private void update() {
        EESProfile sending = desired;
        String id = registrationId;
        perform(ecs.modify(id, RegistrationPatch.of(json, registered, sending, schedule.proposedExpiry(clock.instant()))),
                updated -> accepted(id, sending, updated),
                this::updateFailed);
    }

    private void accepted(String id, EESProfile sent, EESRegistration granted) {
        Instant now = clock.instant();
        boolean created = !id.equals(registrationId);
        if (created) {
            registrations++;
        } else {
            refreshes++;
        }
        registrationId = id;
        registered = sent;
        // TS 29.558: the answer carries the granted expTime; an ECS that leaves it out granted what was asked.
        grantedExpiry = granted != null && granted.expTime() != null ? granted.expTime()
                : schedule.proposedExpiry(now);
        failures = 0;
        state = KeeperState.REGISTERED;
        LOG.infof("%s at the ECS as %s until %s", created ? "registered" : "registration updated", id, grantedExpiry);
        if (stopped != null) {
            return;
        }
        if (!desired.equals(registered)) {
            update();
        } else {
            later(schedule.refreshDelay(now, grantedExpiry), this::update);
        }
    }

    private void updateFailed(Throwable failure) {
        if (failure instanceof EcsRejectedException rejected && rejected.isNotFound()) {
            LOG.infof("the ECS no longer knows registration %s (%s); registering again", registrationId,
                    rejected.getMessage());
            lastError = error(failure);
            forgetRegistration();
            state = KeeperState.REGISTERING;
            if (stopped == null) {
                register();
            }
            return;
        }
        failed("update of " + registrationId, failure, this::update);
    }

    private void failed(String what, Throwable failure, Runnable retry) {
        failures++;
        lastError = error(failure);
        if (stopped != null) {
            return;
        }
        Optional<Duration> retryAfter = failure instanceof EcsException answer ? answer.retryAfter() : Optional.empty();
        if (retryAfter.isPresent()) {
            // grantedExpiry is null while there is no registration to keep alive.
            Duration delay = schedule.retryDelay(failures, retryAfter.get(), clock.instant(), grantedExpiry);
            LOG.infof("%s deferred by the ECS (%d in a row): %s; next attempt in %d ms", what, failures,
                    lastError.message(), delay.toMillis());
            later(delay, retry);
            deferred = true;
            return;
        }
        Duration delay = schedule.retryDelay(failures);
        LOG.warnf("%s failed (%d in a row): %s; next attempt in %d ms", what, failures, lastError.message(),
                delay.toMillis());
        later(delay, retry);
    }

    private CompletionStage<Void> deregister() {
        String id;
        synchronized (this) {
            if (registrationId == null) {
                state = KeeperState.DEREGISTERED;
                return CompletableFuture.completedFuture(null);
            }
            id = registrationId;
            state = KeeperState.DEREGISTERING;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ecs.deregister(id).subscribe().with(ignored -> {
            synchronized (this) {
                LOG.infof("deregistered %s", id);
                forgetRegistration();
                state = KeeperState.DEREGISTERED;
            }
            done.complete(null);
        }, failure -> {
            synchronized (this) {
                if (failure instanceof EcsRejectedException rejected && rejected.isNotFound()) {
                    LOG.infof("registration %s was already gone at the ECS", id);
                    forgetRegistration();
                } else {
                    lastError = error(failure);
                    LOG.warnf("deregistration of %s failed: %s; the ECS will drop it at its expiry", id,
                            lastError.message());
                }
                state = KeeperState.DEREGISTERED;
            }
            done.complete(null);
        });
        return done;
    }

    /** Starts one ECS operation; its outcome is handled under the lock. Called with the lock held. */
    private <T> void perform(Uni<T> operation, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        inFlight = done;
        nextAttempt = null;
        operation.subscribe().with(item -> {
            synchronized (this) {
                onSuccess.accept(item);
            }
            done.complete(null);
        }, failure -> {
            synchronized (this) {
                onFailure.accept(failure);
            }
            done.complete(null);
        });
    }

    private void later(Duration delay, Runnable task) {
        Object token = new Object();
        timerToken = token;
        nextAttempt = clock.instant().plus(delay);
        timer = scheduler.schedule(delay, () -> fire(token, task));
    }

    private synchronized void fire(Object token, Runnable task) {
        if (token != timerToken || stopped != null) {
            return;
        }
        timerToken = null;
        timer = null;
        deferred = false;
        task.run();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
        }
        timer = null;
        timerToken = null;
        nextAttempt = null;
        deferred = false;
    }

    private void forgetRegistration() {
        registrationId = null;
        registered = null;
        grantedExpiry = null;
    }

    /** Failures other than the ECS's own answers (a timeout, an open circuit) mean the ECS could not be used. */
    private RegistrationError error(Throwable failure) {
        String cause = failure instanceof EcsException ecsFailure ? ecsFailure.cause().orElse(null)
                : EcsUnavailableException.ECS_UNAVAILABLE;
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return new RegistrationError(clock.instant(), message, cause);
    }
}
