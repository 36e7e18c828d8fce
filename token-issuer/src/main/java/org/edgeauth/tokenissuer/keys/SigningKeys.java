package org.edgeauth.tokenissuer.keys;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.edgeauth.tokenissuer.config.IssuerConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The key ring in force. Loaded at start-up (a missing or bad key file stops the issuer: never a random
 * per-process key) and re-read periodically so that a rotated Secret takes effect without a restart. A failed
 * re-read keeps the last good ring: a Secret update swaps files, and half-written states must not stop signing.
 */
@Startup
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final KeyFiles files;
    private volatile KeyRing ring;
    private volatile String reloadFailure;

    @Inject
    SigningKeys(IssuerConfig config) {
        this(new KeyFiles(config.activeKey(), config.publishedKeys().orElse(List.of())));
    }

    SigningKeys(KeyFiles files) {
        this.files = files;
        try {
            this.ring = files.load();
        } catch (KeyFileException e) {
            throw new IllegalStateException("cannot start without the token signing key: " + e.getMessage(), e);
        }
        LOG.infof("signing keys loaded: active kid %s, published %s", ring.active().kid(), ring.publishedKids());
    }

    public KeyRing current() {
        return ring;
    }

    /** Why the last re-read failed, while the previous ring stays in force. */
    public Optional<String> reloadFailure() {
        return Optional.ofNullable(reloadFailure);
    }

    /** Re-reads the key files; returns whether the ring changed. */
    public boolean reload() {
        KeyRing next;
        try {
            next = files.load();
        } catch (KeyFileException e) {
            if (!e.getMessage().equals(reloadFailure)) {
                LOG.warnf("signing keys not reloaded, keeping active kid %s: %s", ring.active().kid(), e.getMessage());
            }
            reloadFailure = e.getMessage();
            return false;
        }
        reloadFailure = null;
        if (next.sameKeysAs(ring)) {
            return false;
        }
        LOG.infof("signing keys changed: active kid %s (was %s), published %s", next.active().kid(),
                ring.active().kid(), next.publishedKids());
        ring = next;
        return true;
    }

    void scheduleReload(@Observes StartupEvent event, IssuerConfig config, Vertx vertx) {
        // File reads are blocking I/O: off the event loop; ordered, so re-reads never overlap.
        vertx.setPeriodic(config.keyReloadPeriod().toMillis(), id -> vertx.executeBlocking(this::reload));
    }
}
