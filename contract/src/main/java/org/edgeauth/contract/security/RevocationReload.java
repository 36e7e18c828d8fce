package org.edgeauth.contract.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The {@link RevocationLists} of a service, from {@code edgeauth.tls.crl} (one or more CRL files, comma separated;
 * unset: no revocation checking) verified against {@code edgeauth.tls.ca}, re-read every
 * {@code edgeauth.tls.crl-reload-period} on a thread of its own: file reads stay off the event loop and the request
 * path only looks at what is loaded. Loaded at start, so that the first request does not wait for it.
 */
@Startup
@Singleton
public class RevocationReload {

    private final RevocationLists lists;
    private final ScheduledExecutorService timer;

    RevocationReload(@ConfigProperty(name = "edgeauth.tls.crl") Optional<List<Path>> crlFiles,
            @ConfigProperty(name = "edgeauth.tls.ca") List<Path> caFiles,
            @ConfigProperty(name = "edgeauth.tls.crl-reload-period", defaultValue = "30s") Duration period) {
        if (crlFiles.isEmpty()) {
            lists = RevocationLists.none();
            timer = null;
            return;
        }
        lists = new RevocationLists(crlFiles.get(), caFiles, Clock.systemUTC());
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "edgeauth-crl-reload");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(lists::refresh, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Produces
    @Singleton
    RevocationLists lists() {
        return lists;
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
