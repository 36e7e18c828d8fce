package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Replicas, disruption budgets, autoscaling and spreading per variant; the image flavour each one runs. */
class AvailabilityTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyDeploymentHasADisruptionBudget(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(b -> NetworkReachability.matches(b.getSpec().getSelector(), podLabels)).toList();
            assertEquals(1, budgets.size(), variant + ": PodDisruptionBudgets of Deployment "
                    + deployment.getMetadata().getName());
            // maxUnavailable, not minAvailable: a single-replica Deployment must still let nodes drain.
            assertEquals(1, budgets.get(0).getSpec().getMaxUnavailable().getIntVal(),
                    variant + ": " + deployment.getMetadata().getName());
        }
    }

    @Test
    void baseRunsTwoIssuersAndTwoEcsOnRedis() {
        Manifests base = Manifests.of(Variant.BASE);
        assertEquals(2, base.get(Deployment.class, "token-issuer").getSpec().getReplicas());
        assertEquals(2, base.get(Deployment.class, "ecs").getSpec().getReplicas());
        assertEquals(1, base.get(Deployment.class, "ees-1").getSpec().getReplicas());
        StatefulSet redis = base.get(StatefulSet.class, "redis");
        assertEquals(1, redis.getSpec().getVolumeClaimTemplates().size(), "Redis keeps its data on a volume");
        assertEquals("redis", ecsStore(base).get("EDGEAUTH_ECS_STORE"));
        assertTrue(ecsStore(base).get("QUARKUS_REDIS_HOSTS").startsWith("rediss://redis.edgeauth.svc"),
                "the ECS reaches the in-cluster Redis over TLS");
        assertImageFlavour(base, "-jvm");
    }

    @Test
    void devRunsOneOfEachInMemory() {
        Manifests dev = Manifests.of(Variant.DEV);
        for (Deployment deployment : dev.all(Deployment.class)) {
            assertEquals(1, deployment.getSpec().getReplicas(), deployment.getMetadata().getName());
        }
        assertTrue(dev.all(StatefulSet.class).isEmpty(), "dev has no Redis");
        assertEquals(Map.of("EDGEAUTH_ECS_STORE", "memory"), ecsStore(dev));
        assertTrue(dev.get(Deployment.class, "ecs").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnv().stream().noneMatch(e -> e.getName().startsWith("QUARKUS_REDIS")));
        assertImageFlavour(dev, "-jvm");
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"PRODUCTION", "PRODUCTION_EXTERNAL_REDIS"})
    void productionRunsNativeAutoscaledAndSpread(Variant variant) {
        Manifests production = Manifests.of(variant);
        assertImageFlavour(production, "-native");

        HorizontalPodAutoscaler hpa = production.get(HorizontalPodAutoscaler.class, "ecs");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals("ecs", hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the ECS keeps two replicas at least");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
        assertNull(production.get(Deployment.class, "ecs").getSpec().getReplicas(),
                "the autoscaler owns the ECS replica count");

        for (String name : List.of("token-issuer", "ecs")) {
            List<WeightedPodAffinityTerm> antiAffinity = production.get(Deployment.class, name).getSpec()
                    .getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                    .getPreferredDuringSchedulingIgnoredDuringExecution();
            assertTrue(antiAffinity.stream().map(WeightedPodAffinityTerm::getPodAffinityTerm).anyMatch(
                    t -> t.getTopologyKey().equals("kubernetes.io/hostname")
                            && name.equals(t.getLabelSelector().getMatchLabels().get(Manifests.NAME_LABEL))),
                    name + " replicas are not spread over nodes");
        }
    }

    /** The native executables are sized well below the JVM: the overlay must not leave the JVM sizing in place. */
    @Test
    void nativeServicesAskForLessMemoryThanJvmOnes() {
        Manifests base = Manifests.of(Variant.BASE);
        Manifests production = Manifests.of(Variant.PRODUCTION);
        for (Deployment jvm : base.all(Deployment.class)) {
            Deployment nativeImage = production.get(Deployment.class, jvm.getMetadata().getName());
            assertTrue(bytes(memoryLimit(nativeImage)) < bytes(memoryLimit(jvm)), jvm.getMetadata().getName());
        }
    }

    @Test
    void externalRedisReplacesTheInClusterOne() {
        Manifests external = Manifests.of(Variant.PRODUCTION_EXTERNAL_REDIS);
        assertTrue(external.all(StatefulSet.class).isEmpty());
        assertEquals("redis", ecsStore(external).get("EDGEAUTH_ECS_STORE"));
        assertTrue(ecsStore(external).get("QUARKUS_REDIS_HOSTS").startsWith("rediss://"));
    }

    /** The variables the ECS receives through its ecs-store ConfigMap. */
    private static Map<String, String> ecsStore(Manifests manifests) {
        String configMap = manifests.get(Deployment.class, "ecs").getSpec().getTemplate().getSpec().getContainers()
                .get(0).getEnvFrom().stream().map(e -> e.getConfigMapRef().getName())
                .filter(name -> name.startsWith("ecs-store")).findFirst()
                .orElseThrow(() -> new AssertionError("the ECS gets no ecs-store ConfigMap"));
        return manifests.get(ConfigMap.class, configMap).getData();
    }

    private static void assertImageFlavour(Manifests manifests, String suffix) {
        for (Manifests.Workload workload : manifests.workloads()) {
            if (workload.isService()) {
                String image = workload.template().getSpec().getContainers().get(0).getImage();
                assertTrue(ImageReference.parse(image).tag().orElse("").endsWith(suffix),
                        manifests.variant() + ": " + workload + " runs " + image + ", expected a " + suffix + " image");
            }
        }
    }

    private static Quantity memoryLimit(Deployment deployment) {
        Quantity limit = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources()
                .getLimits().get("memory");
        assertNotNull(limit, deployment.getMetadata().getName() + " has no memory limit");
        return limit;
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).longValueExact();
    }
}
