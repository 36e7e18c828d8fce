package org.edgeauth.ees.registration;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.ees.profile.ProfileSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Reads the profile configuration again every {@code edgeauth.ees.profile.reload-period} and hands a changed
 * profile to the keeper, which updates the registration (PATCH). An operator edits the file (a Kubernetes
 * ConfigMap, mounted as a directory so that edits reach the pod; {@code config/local/ees-N.properties} locally)
 * and the ECS learns of it without an EES restart. A configuration that has become invalid is logged and ignored:
 * the registered profile stays as it was.
 */
@Singleton
public class ProfileReload {

    private static final Logger LOG = Logger.getLogger(ProfileReload.class);

    private final Vertx vertx;
    private final RegistrationKeeper keeper;
    private final ProfileSource profiles;
    private final Duration period;

    ProfileReload(Vertx vertx, RegistrationKeeper keeper, ProfileSource profiles, EesConfig config) {
        this.vertx = vertx;
        this.keeper = keeper;
        this.profiles = profiles;
        this.period = config.profile().reloadPeriod();
    }

    void onStart(@Observes StartupEvent event) {
        if (period.isZero() || period.isNegative()) {
            return;
        }
        // Reading files is blocking: on a worker thread, never on the event loop.
        vertx.setPeriodic(period.toMillis(), ignored -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false));
    }

    void reload() {
        try {
            keeper.changeProfile(profiles.reread());
        } catch (RuntimeException e) {
            LOG.warnf("profile configuration not reloaded: %s", e.getMessage());
        }
    }
}
