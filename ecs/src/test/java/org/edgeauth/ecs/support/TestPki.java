package org.edgeauth.ecs.support;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;

/**
 * The throw-away PKI of the ECS test suite, under target/: the CA the ECS trusts, a second trusted CA (another
 * trust domain), and per-test EES identities. Every test makes its own EES identities (unique EES IDs), so tests
 * sharing one ECS do not see each other's registrations.
 */
public final class TestPki {

    public static final String CA_NAME = "ECS test CA";
    public static final Path DIR = Path.of("target", "ecs-test-pki").toAbsolutePath();
    public static final Path SECOND_DOMAIN_DIR = DIR.resolve("second-domain");
    public static final Path CA = DIR.resolve("ca.crt");
    /** The test CA's CRL ({@code edgeauth.tls.crl}); empty until a test revokes a certificate. */
    public static final Path CRL = DIR.resolve("ca.crl");

    /** The test token issuer's instance id ({@code iss}) and its first signing key. */
    public static final String ISSUER_ID = "9b1e7c52-5a0e-4f43-9d0e-6f2b8a1c0d01";
    public static final String SIGNING_KEY = "issuer-1";
    public static final UUID ECS_INSTANCE_ID = UUID.fromString("2c8f0a31-7d6e-4b19-8f3a-0e5d9c7b1a02");
    /** The policy admits this instance id (any EES ID) for discovery only. */
    public static final UUID PINNED_INSTANCE_ID = UUID.fromString("6a3d2e10-94b7-4c5f-a1e8-3b7c0f9d2e03");

    /** EES IDs under these domains meet the test policy's entries. */
    public static final String EDGE = "edge.test";
    public static final String REGISTRATION_ONLY = "reg-only.test";
    public static final String LOCAL = "local.test";
    public static final String UNLISTED = "unlisted.test";

    private TestPki() {
    }

    /** Replaces the test CA's CRL with one listing {@code certificates} (valid for a day). */
    public static void revoke(IssuedIdentity... certificates) {
        pki().writeCrl(CRL, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)),
                Arrays.stream(certificates).map(IssuedIdentity::certificate).toArray(X509Certificate[]::new));
    }

    static DevPki pki() {
        return DevPki.openOrCreate(DIR, CA_NAME);
    }

    /** A new EES under {@value #EDGE}: admitted to both APIs with a token. */
    public static IssuedIdentity ees(String label) {
        return ees(label, EDGE);
    }

    public static IssuedIdentity ees(String label, String domain) {
        String name = unique(label);
        return pki().issue(IdentitySpec.ees(name, name + "." + domain, UUID.randomUUID()));
    }

    public static IssuedIdentity ees(IdentitySpec spec) {
        return pki().issue(spec);
    }

    /** An identity from the trusted CA with a chosen validity window (expired or not yet valid certificates). */
    public static IssuedIdentity issue(IdentitySpec spec, Instant notBefore, Duration validity) {
        return pki().issue(spec, notBefore, validity);
    }

    /** An EES whose certificate comes from the second trusted CA. */
    public static IssuedIdentity secondDomainEes(String label) {
        String name = unique(label);
        return DevPki.openOrCreate(SECOND_DOMAIN_DIR, "Second trust domain CA")
                .issue(IdentitySpec.ees(name, name + "." + EDGE, UUID.randomUUID()));
    }

    /** An EES whose certificate comes from a CA the ECS does not trust. */
    public static IssuedIdentity untrustedEes(String label) {
        String name = unique(label);
        return DevPki.openOrCreate(DIR.resolve("untrusted-" + name), "Untrusted CA")
                .issue(IdentitySpec.ees(name, name + "." + EDGE, UUID.randomUUID()));
    }

    public static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
