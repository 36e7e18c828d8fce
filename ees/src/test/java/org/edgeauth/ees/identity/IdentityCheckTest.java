package org.edgeauth.ees.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A configured identity that differs from the certificate's stops the EES at start (CertificateIdentitySource). */
class IdentityCheckTest {

    private static final Path DIR = Path.of("target", "identity-check-pki").toAbsolutePath();
    private static final UUID INSTANCE = UUID.fromString("5b0c3f7e-2222-4b4b-8d8d-0123456789ab");
    private static IssuedIdentity ees;

    @BeforeAll
    static void issue() {
        ees = DevPki.openOrCreate(DIR, "identity check CA")
                .issue(IdentitySpec.ees("ees-cert", "ees-cert.edge.test", INSTANCE));
    }

    @Test
    void theCertificatesOwnIdentityStarts() {
        assertDoesNotThrow(() -> check(INSTANCE, "ees-cert.edge.test").onStart(null));
    }

    @Test
    void anotherInstanceIdStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> check(UUID.randomUUID(), "ees-cert.edge.test").onStart(null));
        assertTrue(refused.getMessage().contains(CertificateIdentitySource.INSTANCE_ID), refused.getMessage());
    }

    @Test
    void anotherEesIdStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> check(INSTANCE, "impostor.edge.test").onStart(null));
        assertTrue(refused.getMessage().contains("impostor.edge.test"), refused.getMessage());
    }

    @Test
    void aMissingCertificateStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new IdentityCheck(config(INSTANCE, "ees-cert.edge.test"), DIR.resolve("absent.crt"), "ees")
                        .onStart(null));
        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
    }

    private static IdentityCheck check(UUID instanceId, String eesId) {
        return new IdentityCheck(config(instanceId, eesId), ees.crt(), "ees");
    }

    private static EesConfig config(UUID instanceId, String eesId) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "edgeauth.ees.ecs-url", "https://ecs.test",
                "edgeauth.ees.token-url", "https://issuer.test/oauth2/token",
                "edgeauth.ees.instance-id", instanceId.toString(),
                "edgeauth.ees.profile.ees-id", eesId));
        return new SmallRyeConfigBuilder().withMapping(EesConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 250)).build()
                .getConfigMapping(EesConfig.class);
    }
}
