package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;

/** HTTPS only: no Service reaches a plain-HTTP port, and the services listen on nothing else. */
class ServiceExposureTest {

    /** Every Service port lands on an HTTPS API port (or Redis' TLS port), never on a management port. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void servicesTargetOnlyTlsPorts(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        for (Service service : manifests.all(Service.class)) {
            List<Manifests.Workload> backends = manifests.workloads().stream()
                    .filter(w -> w.template().getMetadata().getLabels().entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            assertFalse(backends.isEmpty(),
                    variant + ": Service " + service.getMetadata().getName() + " selects no pods");
            for (ServicePort port : service.getSpec().getPorts()) {
                for (Manifests.Workload backend : backends) {
                    ContainerPort target = targetPort(port.getTargetPort(), backend);
                    String where = variant + ": Service " + service.getMetadata().getName() + " port " + port.getName()
                            + " -> " + backend + " port " + target.getName();
                    String expected = backend.isService() ? "https" : "redis-tls";
                    assertEquals(expected, target.getName(), where);
                }
            }
        }
    }

    /** A service listens on its HTTPS API port and its management port, and Quarkus is told exactly those. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void servicesDeclareTheirHttpsAndManagementPortsOnly(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            Container container = workload.template().getSpec().getContainers().get(0);
            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
            assertEquals(Set.of("https", "management"), ports.keySet(), workload.toString());
            assertEquals(String.valueOf(ports.get("https")), env(container, "QUARKUS_HTTP_SSL_PORT"),
                    workload.toString());
            assertEquals(String.valueOf(ports.get("management")), env(container, "QUARKUS_MANAGEMENT_PORT"),
                    workload.toString());
            assertFalse(container.getEnv().stream().anyMatch(e -> e.getName().equals("QUARKUS_HTTP_PORT")),
                    workload + " configures a plain HTTP port");
        }
    }

    /** Redis opens its TLS port only (--port 0 switches the plain one off). */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void redisListensOnTlsOnly(Variant variant) {
        List<Manifests.Workload> redis = Manifests.of(variant).workloads().stream()
                .filter(w -> w.name().equals("redis")).toList();
        assertEquals(variant.hasInClusterRedis(), !redis.isEmpty(), variant + ": in-cluster Redis");
        for (Manifests.Workload workload : redis) {
            Container container = workload.template().getSpec().getContainers().get(0);
            List<String> args = container.getArgs();
            assertEquals("0", args.get(args.indexOf("--port") + 1), workload + ": plain port must be off");
            assertEquals(String.valueOf(container.getPorts().get(0).getContainerPort()),
                    args.get(args.indexOf("--tls-port") + 1), workload.toString());
            assertTrue(args.contains("--requirepass"), workload + ": Redis without a password");
        }
    }

    private static ContainerPort targetPort(IntOrString target, Manifests.Workload backend) {
        return backend.template().getSpec().getContainers().stream()
                .flatMap(c -> c.getPorts().stream())
                .filter(p -> target.getStrVal() != null ? target.getStrVal().equals(p.getName())
                        : target.getIntVal().equals(p.getContainerPort()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(backend + " has no container port " + target));
    }

    static String env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("container " + container.getName() + " has no env " + name));
    }
}
