package org.edgeauth.ees.registration;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.ees.ecs.EcsClient;
import org.edgeauth.ees.profile.ProfileSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/** Starts the registration keeper with the application and stops it (deregistering) on graceful shutdown. */
@Singleton
public class RegistrationLifecycle {

    private final RegistrationKeeper keeper;
    private final EesConfig config;

    RegistrationLifecycle(EcsClient ecs, Vertx vertx, EesConfig config, ProfileSource profile, ObjectMapper json) {
        this.config = config;
        EesConfig.Registration timing = config.registration();
        RefreshSchedule schedule = new RefreshSchedule(config.profile().proposedLifetime(), timing.refreshFraction(),
                timing.retryInitialDelay(), timing.retryMaxDelay(), config.ecs().maxRetryAfter(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.keeper = new RegistrationKeeper(ecs, new VertxScheduler(vertx), Clock.systemUTC(), schedule, json,
                profile.configured());
    }

    @Produces
    @Singleton
    RegistrationKeeper keeper() {
        return keeper;
    }

    void onStart(@Observes StartupEvent event) {
        keeper.start();
    }

    /** Shutdown waits for the deregistration, at most {@code edgeauth.ees.registration.deregister-timeout}. */
    void onStop(@Observes ShutdownEvent event) {
        keeper.stop(config.registration().deregisterTimeout()).toCompletableFuture().join();
    }
}
