package org.edgeauth.ees.identity;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.ees.config.EesConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.CertificateUpdatedEvent;

/**
 * Keeps the EES's identity and its certificate's one and the same. The token issuer and the ECS would refuse every
 * request of an EES whose nfInstanceId / eesId its certificate does not back (TS 33.501 13.4.1.1.2):
 * <ul>
 * <li>at start a mismatch stops the EES, better told at once than through an endless registration backoff;
 * <li>a rotated certificate ({@code quarkus.tls.<name>.reload-period}) that carries another identity cannot be
 * refused any more (the TLS registry has already loaded it) and the identity cannot change without a restart (it is in
 * the registration, the token requests, the profile): the EES keeps serving, logs an error and reports itself not
 * ready, so that it gets no traffic and an operator sees why, until a certificate with its identity is mounted again
 * or it is restarted with the new one.
 * </ul>
 */
@Readiness
@Singleton
public class IdentityCheck implements HealthCheck {

    static final String CHECK = "certificate identity";
    private static final Logger LOG = Logger.getLogger(IdentityCheck.class);

    private final EesConfig config;
    private final Path certificate;
    private final String tlsConfiguration;
    private volatile String mismatch;

    IdentityCheck(EesConfig config, @ConfigProperty(name = CertificateIdentitySource.CERTIFICATE) Path certificate,
            @ConfigProperty(name = "quarkus.http.tls-configuration-name") String tlsConfiguration) {
        this.config = config;
        this.certificate = certificate;
        this.tlsConfiguration = tlsConfiguration;
    }

    /** Before the registration keeper starts (lower priority values observe first). */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        mismatch().ifPresent(reason -> {
            throw new IllegalStateException(reason + " (a configured identity must equal the certificate's; unset,"
                    + " it is taken from the certificate)");
        });
    }

    void onCertificateUpdate(@Observes CertificateUpdatedEvent event) {
        if (!tlsConfiguration.equals(event.name())) {
            return;
        }
        String found;
        try {
            found = mismatch().orElse(null);
        } catch (IllegalStateException unreadable) {
            found = unreadable.getMessage();
        }
        if (found != null && !found.equals(mismatch)) {
            LOG.errorf("the reloaded certificate does not carry this EES's identity: %s; not ready until the EES is"
                    + " restarted with it or a certificate with its identity is mounted", found);
        } else if (found == null && mismatch != null) {
            LOG.infof("the reloaded certificate %s carries the EES's identity again", certificate);
        }
        mismatch = found;
    }

    @Override
    public HealthCheckResponse call() {
        String found = mismatch;
        return found == null ? HealthCheckResponse.up(CHECK)
                : HealthCheckResponse.named(CHECK).down().withData("mismatch", found).build();
    }

    private Optional<String> mismatch() {
        Optional<CertificateIdentity> identity = OwnCertificate.identity(certificate);
        if (identity.isEmpty()) {
            return Optional.of("the EES certificate " + certificate + " does not exist");
        }
        return differs(CertificateIdentitySource.INSTANCE_ID, config.instanceId().toString(),
                identity.get().instanceId().toString())
                .or(() -> differs(CertificateIdentitySource.EES_ID, config.profile().eesId(),
                        identity.get().eesId().orElse("(none)")));
    }

    private Optional<String> differs(String key, String configured, String certified) {
        return configured.equalsIgnoreCase(certified) ? Optional.empty()
                : Optional.of(key + " is " + configured + " but the certificate " + certificate + " says " + certified);
    }
}
