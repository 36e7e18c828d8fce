package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The mTLS identities cert-manager issues match the SAN profile of spec-notes 1 and what the services are told:
 * the instance id in the SAN URI is the one in their configuration, the EES ID is where the ECS and the issuer look
 * for it, and every host name a service dials is in the certificate of the service it reaches.
 */
class CertificateProfileTest {

    private static final Map<String, Set<String>> USAGES = Map.of(
            "token-issuer", Set.of("digital signature", "server auth"),
            "ecs", Set.of("digital signature", "server auth", "client auth"),
            "ees", Set.of("digital signature", "server auth", "client auth"));

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyServiceCertificateFollowsTheProfile(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            CertificateSpec certificate = certificateOf(manifests, workload);
            String where = variant + ": Certificate " + certificate.name();
            assertTrue(certificate.instanceId().isPresent(),
                    where + ": exactly one SAN URI urn:uuid:<lower-case UUID>, got " + certificate.uris());
            assertFalse(certificate.dnsNames().isEmpty(), where + ": SAN dNSNames");
            assertEquals(USAGES.get(workload.name()), Set.copyOf(certificate.usages()), where + ": usages");
            assertEquals(Map.of("algorithm", "ECDSA", "size", 256, "encoding", "PKCS8", "rotationPolicy", "Always"),
                    certificate.privateKey(), where + ": EC P-256 key in PKCS#8, new on every renewal");
            assertTrue(certificate.renewBefore().compareTo(certificate.duration().dividedBy(2)) <= 0
                    && !certificate.renewBefore().isZero(), where + ": renewBefore within the lifetime");
            assertIssuedByTheCaIssuer(manifests, certificate, where);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void instanceIdsAgreeWithTheServicesConfiguration(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        UUID issuer = instanceId(manifests, "token-issuer");
        UUID ecs = instanceId(manifests, "ecs");
        UUID ees = instanceId(manifests, "ees");
        assertEquals(3, Set.of(issuer, ecs, ees).size(), "every NF has its own instance id");

        ConfigOverlay issuerConfig = overlay(manifests, "token-issuer");
        assertEquals(issuer.toString(), issuerConfig.env("EDGEAUTH_ISSUER_INSTANCE_ID"), "the issuer's iss");

        ConfigOverlay ecsConfig = overlay(manifests, "ecs");
        assertEquals(ecs.toString(), ecsConfig.env("EDGEAUTH_ECS_INSTANCE_ID"));
        assertEquals(List.of(issuer.toString()), split(ecsConfig.require("edgeauth.ecs.token.trusted-issuers")),
                "the ECS trusts the deployed issuer");
    }

    /** The example EES is admitted by the ECS policy and the issuer's client policy under its certificate identity. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void theExampleEesIsAdmittedByItsCertificateIdentity(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        CertificateSpec ees = certificateOf(manifests, manifests.workloadsOf("ees").get(0));

        Map<String, String> policy = overlay(manifests, "ecs").under("edgeauth.ecs.policy");
        String entry = policy.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".identity") && e.getValue().equals(ees.eesId()))
                .map(e -> e.getKey().substring(0, e.getKey().length() - ".identity".length()))
                .findFirst().orElseThrow(() -> new AssertionError("no ECS policy entry for " + ees.eesId()));
        assertEquals(ees.instanceId().orElseThrow().toString(), policy.get(entry + ".instance-id"));
        assertEquals(Set.of("registration", "discovery"), Set.copyOf(split(policy.get(entry + ".apis"))));

        Map<String, String> clients = overlay(manifests, "token-issuer").under("edgeauth.issuer.clients");
        assertTrue(clients.entrySet().stream().filter(e -> e.getKey().endsWith(".identity"))
                .flatMap(e -> split(e.getValue()).stream()).anyMatch(pattern -> admits(pattern, ees.eesId())),
                "the issuer's client policy admits " + ees.eesId());

        assertEquals(ees.eesId(), overlay(manifests, "ees").require("edgeauth.ees.profile.ees-id"),
                "the EES registers under its certificate's EES ID");
    }

    /** Hostname verification succeeds only if each URL a service dials names a host its peer's certificate covers. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyDialledHostIsInThePeersCertificate(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        List<String> issuerNames = certificateOf(manifests, manifests.workloadsOf("token-issuer").get(0)).dnsNames();
        List<String> ecsNames = certificateOf(manifests, manifests.workloadsOf("ecs").get(0)).dnsNames();

        assertCovered(overlay(manifests, "token-issuer").require("edgeauth.issuer.url"), issuerNames);
        assertCovered(overlay(manifests, "ecs").require("mp.jwt.verify.publickey.location"), issuerNames);
        ConfigOverlay ees = overlay(manifests, "ees");
        assertCovered(ees.env("EDGEAUTH_EES_TOKEN_URL"), issuerNames);
        assertCovered(ees.env("EDGEAUTH_EES_ECS_URL"), ecsNames);

        if (variant.hasInClusterRedis()) {
            List<String> redisNames = manifests.certManager("Certificate").stream().map(CertificateSpec::of)
                    .filter(c -> c.secretName().equals("redis-tls")).findFirst().orElseThrow().dnsNames();
            assertCovered(overlay(manifests, "ecs").env("QUARKUS_REDIS_HOSTS"), redisNames);
        }
    }

    private static void assertCovered(String url, List<String> dnsNames) {
        String host = URI.create(url).getHost();
        assertTrue(dnsNames.contains(host), url + ": " + host + " is not among " + dnsNames);
    }

    /** The issuer's identity patterns: an exact name, or *.domain standing for exactly one label. */
    private static boolean admits(String pattern, String eesId) {
        if (!pattern.startsWith("*.")) {
            return pattern.equalsIgnoreCase(eesId);
        }
        String suffix = pattern.substring(1);
        return eesId.endsWith(suffix) && !eesId.substring(0, eesId.length() - suffix.length()).contains(".");
    }

    private static void assertIssuedByTheCaIssuer(Manifests manifests, CertificateSpec certificate, String where) {
        assertEquals("Issuer", certificate.issuerRef().get("kind"), where);
        GenericKubernetesResource issuer = manifests.certManager("Issuer").stream()
                .filter(i -> i.getMetadata().getName().equals(certificate.issuerRef().get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(where + ": its Issuer is not deployed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> ca = (Map<String, Object>) ((Map<String, Object>) issuer.getAdditionalProperties()
                .get("spec")).get("ca");
        assertTrue(ca != null && ca.get("secretName") != null, where + ": the Issuer signs from a CA Secret");
    }

    static CertificateSpec certificateOf(Manifests manifests, Manifests.Workload workload) {
        String secret = workload.template().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("tls")).findFirst()
                .orElseThrow(() -> new AssertionError(workload + " has no tls volume")).getSecret().getSecretName();
        List<CertificateSpec> producing = manifests.certManager("Certificate").stream().map(CertificateSpec::of)
                .filter(c -> c.secretName().equals(secret)).toList();
        assertEquals(1, producing.size(), workload + ": Certificates producing its TLS Secret " + secret);
        return producing.get(0);
    }

    private static UUID instanceId(Manifests manifests, String service) {
        return certificateOf(manifests, manifests.workloadsOf(service).get(0)).instanceId().orElseThrow();
    }

    private static ConfigOverlay overlay(Manifests manifests, String service) {
        return ConfigOverlay.of(manifests, manifests.workloadsOf(service).get(0));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
