package org.edgeauth.tokenissuer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One throw-away PKI per test run, in {@code target/test-pki}: the issuer's TLS identity, client identities for
 * every case the tests need, two signing keys, and a second CA the issuer does not trust. Points the issuer's
 * TLS, keys and client policy at it.
 */
public class IssuerTestPki implements QuarkusTestResourceLifecycleManager {

    public static final Path DIR = Path.of("target", "test-pki").toAbsolutePath();
    public static final Path FOREIGN_DIR = DIR.resolve("foreign");
    public static final UUID ISSUER_ID = UUID.fromString("0b7e4c52-3f7a-4d0e-9a51-7f3c2b1d0e11");
    public static final String ISSUER_URL = "https://issuer.edge.test:8643";
    /** The signing key, and its public half in {@code active.pub}. */
    public static final Path ACTIVE_KEY = DIR.resolve("active.key");
    /** A further published key (a private key file: the issuer publishes its public half), {@code published.pub}. */
    public static final Path PUBLISHED_KEY = DIR.resolve("published.key");

    /** Admitted by the wildcard entry {@code *.issuer.test} with both scopes. */
    public static final String EES = "ees-a";
    /** Admitted by an exact entry that allows registration only. */
    public static final String LIMITED = "limited";
    /** An EES ID no policy entry admits. */
    public static final String STRANGER = "stranger";
    /** Two labels under {@code issuer.test}: the one-label wildcard must not admit it. */
    public static final String NESTED = "nested";
    /** No SAN URI: no instance id. */
    public static final String NO_URI = "no-uri";
    /** A server certificate: no EES ID. */
    public static final String SERVER_ONLY = "server-only";
    public static final String EXPIRED = "expired";
    /** Would match the policy, but its CA is not trusted. */
    public static final String INTRUDER = "intruder";
    /** Admitted by the wildcard entry, but listed in the CA's CRL ({@link #CRL}). */
    public static final String REVOKED = "revoked";
    public static final Path CRL = DIR.resolve("ca.crl");

    @Override
    public Map<String, String> start() {
        DevPki pki = DevPki.createFresh(DIR, "Issuer Test CA");
        pki.issue(IdentitySpec.server("token-issuer", DevPki.newInstanceId(), false));
        pki.issue(IdentitySpec.ees(EES, "ees-a.issuer.test", DevPki.newInstanceId()));
        pki.issue(IdentitySpec.ees(LIMITED, "limited.issuer.test", DevPki.newInstanceId()));
        pki.issue(IdentitySpec.ees(STRANGER, "stranger.elsewhere.test", DevPki.newInstanceId()));
        pki.issue(IdentitySpec.ees(NESTED, "deep.ees.issuer.test", DevPki.newInstanceId()));
        pki.issue(new IdentitySpec(NO_URI, "no-uri.issuer.test", null, List.of("no-uri.issuer.test"), true, true));
        pki.issue(IdentitySpec.server(SERVER_ONLY, DevPki.newInstanceId(), true));
        pki.issue(IdentitySpec.ees(EXPIRED, "expired.issuer.test", DevPki.newInstanceId()),
                Instant.now().minus(Duration.ofDays(30)), Duration.ofDays(1));
        pki.writeCrl(CRL, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)),
                pki.issue(IdentitySpec.ees(REVOKED, "revoked.issuer.test", DevPki.newInstanceId())).certificate());
        TestKeys.writeKeyPair(DIR, "active");
        TestKeys.writeKeyPair(DIR, "published");
        DevPki.openOrCreate(FOREIGN_DIR, "Unknown CA")
                .issue(IdentitySpec.ees(INTRUDER, "intruder.issuer.test", DevPki.newInstanceId()));

        return Map.ofEntries(
                Map.entry("edgeauth.tls.cert", DIR.resolve("token-issuer.crt").toString()),
                Map.entry("edgeauth.tls.key", DIR.resolve("token-issuer.key").toString()),
                Map.entry("edgeauth.tls.ca", DIR.resolve("ca.crt").toString()),
                Map.entry("edgeauth.tls.crl", CRL.toString()),
                Map.entry("quarkus.tls.server.reload-period", "1s"),
                Map.entry("edgeauth.issuer.instance-id", ISSUER_ID.toString()),
                Map.entry("edgeauth.issuer.url", ISSUER_URL),
                Map.entry("edgeauth.issuer.active-key", ACTIVE_KEY.toString()),
                Map.entry("edgeauth.issuer.published-keys", PUBLISHED_KEY.toString()),
                Map.entry("edgeauth.issuer.key-reload-period", "500ms"),
                Map.entry("edgeauth.issuer.clients.test-ees.identity", "*.issuer.test"),
                Map.entry("edgeauth.issuer.clients.test-ees.scopes", "eecs-eesregistration,eecs-targeteesdiscovery"),
                Map.entry("edgeauth.issuer.clients.limited.identity", "limited.issuer.test"),
                Map.entry("edgeauth.issuer.clients.limited.scopes", "eecs-eesregistration"));
    }

    @Override
    public void stop() {
        // the PKI stays in target/ for inspection; the next run replaces it
    }
}
