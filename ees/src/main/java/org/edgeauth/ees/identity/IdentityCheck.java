package org.edgeauth.ees.identity;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.ees.config.EesConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start an EES whose configured identity is not the one its certificate carries: the token issuer and
 * the ECS would refuse every request of such an EES (nfInstanceId / eesId not backed by the certificate), so it is
 * better told at once than through an endless registration backoff.
 */
@Singleton
public class IdentityCheck {

    private final EesConfig config;
    private final Path certificate;

    IdentityCheck(EesConfig config, @ConfigProperty(name = CertificateIdentitySource.CERTIFICATE) Path certificate) {
        this.config = config;
        this.certificate = certificate;
    }

    /** Before the registration keeper starts (lower priority values observe first). */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        Optional<CertificateIdentity> identity = OwnCertificate.identity(certificate);
        if (identity.isEmpty()) {
            throw new IllegalStateException("the EES certificate " + certificate + " does not exist");
        }
        requireEqual(CertificateIdentitySource.INSTANCE_ID, config.instanceId().toString(),
                identity.get().instanceId().toString());
        requireEqual(CertificateIdentitySource.EES_ID, config.profile().eesId(),
                identity.get().eesId().orElse("(none)"));
    }

    private void requireEqual(String key, String configured, String certified) {
        if (!configured.equalsIgnoreCase(certified)) {
            throw new IllegalStateException(key + " is " + configured + " but the certificate " + certificate
                    + " says " + certified + "; leave it unset to take the certificate's");
        }
    }
}
