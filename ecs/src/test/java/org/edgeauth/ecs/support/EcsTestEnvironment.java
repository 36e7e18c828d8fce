package org.edgeauth.ecs.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything the ECS needs around it in tests: a fresh PKI in target/ (ECS server identity, two trusted CAs), a
 * test issuer signing key published by an HTTPS JWKS server on 127.0.0.1, and a policy for the test domains.
 * One environment, one ECS boot, for the whole suite.
 */
public class EcsTestEnvironment implements QuarkusTestResourceLifecycleManager {

    /** Init arg: "unreachable" starts the ECS while its JWKS endpoint answers 503 (until a test says otherwise). */
    public static final String JWKS_AT_START = "jwks-at-start";
    public static final String UNREACHABLE = "unreachable";

    private JwksFileServer jwks;
    private boolean jwksUnreachableAtStart;

    @Override
    public void init(Map<String, String> initArgs) {
        jwksUnreachableAtStart = UNREACHABLE.equals(initArgs.get(JWKS_AT_START));
    }

    @Override
    public Map<String, String> start() {
        DevPki.createFresh(TestPki.DIR, TestPki.CA_NAME);
        DevPki pki = TestPki.pki();
        IssuedIdentity ecs = pki.issue(IdentitySpec.server("ecs", TestPki.ECS_INSTANCE_ID, false));
        IssuedIdentity jwksServer = pki.issue(IdentitySpec.server("jwks", UUID.randomUUID(), false));
        DevPki.openOrCreate(TestPki.SECOND_DOMAIN_DIR, "Second trust domain CA");
        SigningKeys.create(TestPki.DIR, TestPki.SIGNING_KEY);
        SigningKeys.publish(TestPki.DIR, TestPki.SIGNING_KEY);
        SigningKeys.setAvailable(TestPki.DIR, !jwksUnreachableAtStart);
        jwks = JwksFileServer.start(TlsContexts.of(jwksServer, TestPki.CA), TestPki.DIR);

        Map<String, String> config = new HashMap<>();
        config.put("edgeauth.tls.cert", ecs.crt().toString());
        config.put("edgeauth.tls.key", ecs.key().toString());
        config.put("edgeauth.tls.ca", TestPki.CA + "," + TestPki.SECOND_DOMAIN_DIR.resolve("ca.crt"));
        TestPki.revoke();
        config.put("edgeauth.tls.crl", TestPki.CRL.toString());
        config.put("edgeauth.tls.crl-reload-period", "200ms");
        config.put("mp.jwt.verify.publickey.location", "https://localhost:" + jwks.port() + JwksFileServer.PATH);
        config.put("smallrye.jwt.client.tls.certificate.path", TestPki.CA.toString());
        config.put("edgeauth.ecs.token.trusted-issuers", TestPki.ISSUER_ID);
        config.put("edgeauth.ecs.instance-id", TestPki.ECS_INSTANCE_ID.toString());
        policy(config, "test-edge", "identity", "*." + TestPki.EDGE, "registration,discovery", "required");
        policy(config, "test-reg-only", "identity", "*." + TestPki.REGISTRATION_ONLY, "registration", "required");
        policy(config, "test-local", "identity", "*." + TestPki.LOCAL, "registration,discovery", "local");
        policy(config, "test-pinned", "instance-id", TestPki.PINNED_INSTANCE_ID.toString(), "discovery", "required");
        return config;
    }

    @Override
    public void stop() {
        if (jwks != null) {
            jwks.stop();
        }
    }

    private static void policy(Map<String, String> config, String name, String selector, String value, String apis,
            String token) {
        String prefix = "edgeauth.ecs.policy." + name + ".";
        config.put(prefix + selector, value);
        config.put(prefix + "apis", apis);
        config.put(prefix + "token", token);
    }
}
