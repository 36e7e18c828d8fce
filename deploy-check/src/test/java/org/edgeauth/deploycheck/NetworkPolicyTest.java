package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * The communication matrix of the brief, evaluated with NetworkPolicy semantics over the rendered policies:
 * only EES pods reach the ECS API and the token endpoint; the ECS reaches the issuer's JWKS and Redis; nothing
 * else reaches Redis; every pod resolves names; metrics come from the monitoring namespace only.
 */
class NetworkPolicyTest {

    private static final String NAMESPACE = "edgeauth";
    private static final int ISSUER = 8643;
    private static final int ECS = 8443;
    private static final int EES = 8543;
    private static final int REDIS = 6379;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void onlyEesPodsReachTheEcsApiAndTheTokenEndpoint(Variant variant) {
        Matrix m = new Matrix(variant);
        assertTrue(m.allows(m.ees, m.ecs, ECS), "EES -> ECS API");
        assertTrue(m.allows(m.ees, m.issuer, ISSUER), "EES -> token endpoint");
        for (NetworkReachability.Pod other : List.of(m.issuer, m.ecs, m.strangerHere, m.strangerElsewhere,
                m.monitoring)) {
            assertFalse(m.allows(other, m.ecs, ECS), variant + ": " + other + " -> ECS API");
        }
        for (NetworkReachability.Pod other : List.of(m.strangerHere, m.strangerElsewhere, m.monitoring)) {
            assertFalse(m.allows(other, m.issuer, ISSUER), variant + ": " + other + " -> token issuer");
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theEcsReachesTheIssuersJwksAndRedisOnly(Variant variant) {
        Matrix m = new Matrix(variant);
        assertTrue(m.allows(m.ecs, m.issuer, ISSUER), "ECS -> JWKS");
        assertFalse(m.allows(m.ecs, m.ees, EES), "ECS -> EES");
        assertFalse(m.allows(m.ecs, m.strangerHere, ECS), "ECS -> anything else");
        assertFalse(m.allows(m.issuer, m.ecs, ECS), "the issuer calls no one");
        assertFalse(m.allows(m.issuer, m.ees, EES), "the issuer calls no one");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void nothingButTheEcsReachesRedis(Variant variant) {
        Matrix m = new Matrix(variant);
        assertEquals(variant.hasInClusterRedis(), m.allows(m.ecs, m.redis, REDIS), "ECS -> Redis");
        for (NetworkReachability.Pod other : List.of(m.ees, m.issuer, m.strangerHere, m.strangerElsewhere,
                m.monitoring)) {
            assertFalse(m.allows(other, m.redis, REDIS), variant + ": " + other + " -> Redis");
        }
        assertFalse(m.allows(m.redis, m.issuer, ISSUER), "Redis calls no one");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyPodResolvesNamesThroughClusterDnsOnly(Variant variant) {
        Matrix m = new Matrix(variant);
        for (NetworkReachability.Pod pod : List.of(m.issuer, m.ecs, m.ees, m.redis)) {
            assertTrue(m.reachability.allows(pod, m.dns, "UDP", 53), pod + " -> DNS/UDP");
            assertTrue(m.reachability.allows(pod, m.dns, "TCP", 53), pod + " -> DNS/TCP");
            assertFalse(m.reachability.allows(pod, m.strangerElsewhere, "UDP", 53), pod + " -> other :53");
        }
    }

    /** Scrapers reach the management ports, and nothing else does (kubelet probes come from the node itself). */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void managementPortsServeTheMonitoringNamespaceOnly(Variant variant) {
        Matrix m = new Matrix(variant);
        for (NetworkReachability.Pod service : List.of(m.issuer, m.ecs, m.ees)) {
            int management = service.ports().stream().filter(p -> p.getName().equals("management"))
                    .mapToInt(ContainerPort::getContainerPort).findFirst().orElseThrow();
            assertTrue(m.allows(m.monitoring, service, management), service + " metrics");
            assertFalse(m.allows(m.strangerHere, service, management), service + " management");
            assertFalse(m.allows(m.ees, service, management), service + " management from the EES");
        }
    }

    /** The EES API faces its own clients (EAS, EEC): open, and guarded by mTLS. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void theEesApiIsOpenToItsClients(Variant variant) {
        Matrix m = new Matrix(variant);
        assertTrue(m.allows(m.strangerElsewhere, m.ees, EES));
    }

    /** The pods of a variant plus a few outsiders, and the question "may A open port P on B?". */
    private static final class Matrix {

        final NetworkReachability reachability;
        final NetworkReachability.Pod issuer;
        final NetworkReachability.Pod ecs;
        final NetworkReachability.Pod ees;
        final NetworkReachability.Pod redis;
        final NetworkReachability.Pod strangerHere = NetworkReachability.Pod.in(NAMESPACE,
                Map.of(Manifests.NAME_LABEL, "stranger"), List.of());
        final NetworkReachability.Pod strangerElsewhere = NetworkReachability.Pod.in("default",
                Map.of(Manifests.NAME_LABEL, "ees"), List.of());
        final NetworkReachability.Pod monitoring = NetworkReachability.Pod.in("monitoring",
                Map.of(Manifests.NAME_LABEL, "prometheus"), List.of());
        final NetworkReachability.Pod dns = NetworkReachability.Pod.in("kube-system", Map.of("k8s-app", "kube-dns"),
                List.of(new ContainerPortBuilder().withName("dns").withContainerPort(53).withProtocol("UDP").build()));

        Matrix(Variant variant) {
            Manifests manifests = Manifests.of(variant);
            List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
            assertFalse(policies.isEmpty(), variant + " has no NetworkPolicies");
            reachability = new NetworkReachability(policies);
            issuer = pod(manifests, "token-issuer");
            ecs = pod(manifests, "ecs");
            ees = pod(manifests, "ees");
            // Where the variant has no in-cluster Redis, a pod labelled like it must still be unreachable.
            redis = manifests.workloads().stream().filter(w -> w.name().equals("redis")).findFirst()
                    .map(Matrix::pod)
                    .orElseGet(() -> NetworkReachability.Pod.in(NAMESPACE, Map.of(Manifests.NAME_LABEL, "redis"),
                            List.of()));
        }

        boolean allows(NetworkReachability.Pod from, NetworkReachability.Pod to, int port) {
            return reachability.allows(from, to, "TCP", port);
        }

        private static NetworkReachability.Pod pod(Manifests manifests, String name) {
            return pod(manifests.workloadsOf(name).get(0));
        }

        private static NetworkReachability.Pod pod(Manifests.Workload workload) {
            return NetworkReachability.Pod.in(NAMESPACE, workload.template().getMetadata().getLabels(),
                    workload.template().getSpec().getContainers().get(0).getPorts());
        }
    }
}
