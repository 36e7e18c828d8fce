package org.edgeauth.ees.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Everything the EES needs around it in tests, over real mutual TLS on 127.0.0.1: a fresh PKI in target/ (the
 * EES's own identity, an EEC to call its API, the peers' server identities), a {@link FakeTokenIssuer} and a
 * {@link FakeEcs}. The EES's identity comes from its certificate alone, as in production. Registrations are
 * short-lived (4 s, updated after 2 s) so that updates, lapses and re-registrations happen within a test.
 */
public class EesTestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final Path DIR = Path.of("target", "ees-test-pki").toAbsolutePath();
    public static final Path CA = DIR.resolve("ca.crt");
    public static final String EES_ID = "ees-under-test.edge.test";
    public static final UUID INSTANCE_ID = UUID.fromString("0f8e6a52-3c1d-4b7e-9a60-5d2c1b0e9f11");
    /** A client of the EES's own API. */
    public static final String EEC = "eec";
    public static final String ENDPOINT = "https://ees-under-test.edge.test:8543";

    private Vertx vertx;
    private FakeEcs ecs;
    private FakeTokenIssuer issuer;

    @Override
    public Map<String, String> start() {
        DevPki pki = DevPki.createFresh(DIR, "EES test CA");
        IssuedIdentity ees = pki.issue(IdentitySpec.ees("ees", EES_ID, INSTANCE_ID));
        pki.issue(IdentitySpec.ees(EEC, "eec.edge.test", UUID.randomUUID()));
        vertx = Vertx.vertx();
        issuer = new FakeTokenIssuer(vertx, pki.issue(IdentitySpec.server("issuer", UUID.randomUUID(), false)), CA);
        issuer.start();
        ecs = new FakeEcs(vertx, pki.issue(IdentitySpec.server("ecs", UUID.randomUUID(), false)), CA);
        ecs.start();

        Map<String, String> config = new HashMap<>();
        config.put("edgeauth.tls.cert", ees.crt().toString());
        config.put("edgeauth.tls.key", ees.key().toString());
        config.put("edgeauth.tls.ca", CA.toString());
        // Certificate rotation within a test (CertificateRotationTest replaces the files while the EES runs).
        config.put("quarkus.tls.ees.reload-period", "1s");
        config.put("edgeauth.ees.ecs-url", ecs.url());
        config.put("edgeauth.ees.token-url", issuer.url());
        String profile = "edgeauth.ees.profile.";
        config.put(profile + "end-point.uri", ENDPOINT);
        config.put(profile + "eas-ids", "demo-eas");
        config.put(profile + "app-locs", "dnai-test");
        config.put(profile + "svc-area.tais", "001-01-000001");
        config.put(profile + "proposed-lifetime", "PT4S");
        config.put("edgeauth.ees.registration.refresh-fraction", "0.5");
        config.put(profile + "reload-period", "0S");
        config.put("edgeauth.ees.registration.retry-initial-delay", "PT0.2S");
        config.put("edgeauth.ees.registration.retry-max-delay", "PT0.5S");
        config.put("edgeauth.ees.token.retry-initial-delay", "PT0.2S");
        config.put("edgeauth.ees.token.retry-max-delay", "PT0.5S");
        // An open circuit must not outlast a test's outage by much.
        String faultTolerance = "quarkus.fault-tolerance.\"org.edgeauth.ees.ecs.EcsClient\".";
        config.put(faultTolerance + "circuit-breaker.delay", "300");
        config.put(faultTolerance + "circuit-breaker.delay-unit", "millis");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(ecs, new TestInjector.MatchesType(FakeEcs.class));
        injector.injectIntoFields(issuer, new TestInjector.MatchesType(FakeTokenIssuer.class));
    }

    @Override
    public void stop() {
        if (ecs != null) {
            ecs.stop();
        }
        if (issuer != null) {
            issuer.stop();
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
