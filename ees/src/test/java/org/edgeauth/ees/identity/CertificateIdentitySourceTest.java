package org.edgeauth.ees.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The EES's identity defaults to its certificate's; configured values take precedence (and are checked at start). */
class CertificateIdentitySourceTest {

    private static final Path DIR = Path.of("target", "identity-test-pki").toAbsolutePath();
    private static final UUID INSTANCE = UUID.fromString("7d1e0c2a-1111-4a4a-9c9c-0123456789ab");
    private static IssuedIdentity ees;

    @BeforeAll
    static void issue() {
        ees = DevPki.openOrCreate(DIR, "identity test CA")
                .issue(IdentitySpec.ees("ees-cert", "ees-cert.edge.test", INSTANCE));
    }

    @Test
    void derivesInstanceIdAndEesIdFromTheCertificate() {
        SmallRyeConfig config = config(Map.of("edgeauth.tls.cert", ees.crt().toString()));

        assertEquals(INSTANCE.toString(), config.getValue("edgeauth.ees.instance-id", String.class));
        assertEquals("ees-cert.edge.test", config.getValue("edgeauth.ees.profile.ees-id", String.class));
    }

    @Test
    void configuredValuesWin() {
        SmallRyeConfig config = config(Map.of("edgeauth.tls.cert", ees.crt().toString(),
                "edgeauth.ees.profile.ees-id", "other.edge.test"));

        assertEquals("other.edge.test", config.getValue("edgeauth.ees.profile.ees-id", String.class));
    }

    @Test
    void noCertificateFileNoDefaults() {
        SmallRyeConfig config = config(Map.of("edgeauth.tls.cert", DIR.resolve("absent.crt").toString()));

        assertFalse(config.getOptionalValue("edgeauth.ees.instance-id", String.class).isPresent());
    }

    @Test
    void anUnreadableCertificateStopsTheStart() throws Exception {
        Path garbage = Files.writeString(DIR.resolve("garbage.crt"), "not a certificate");

        assertThrows(IllegalStateException.class, () -> config(Map.of("edgeauth.tls.cert", garbage.toString())));
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "application", 250))
                .withSources(new CertificateIdentitySource())
                .build();
    }
}
