package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * Every pod meets the restricted Pod Security profile, runs pinned images, is probed and sized; every EdgeAuth
 * service reads its identity from a mounted Secret directory and writes only to /tmp.
 */
class PodHardeningTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyContainerRunsRestricted(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).workloads()) {
            PodSpec pod = workload.template().getSpec();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext())
                    .orElseGet(PodSecurityContext::new);
            assertFalse(Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                    || Boolean.TRUE.equals(pod.getHostIPC()), workload + " shares a host namespace");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(),
                    workload + " mounts a service account token it does not need");
            assertTrue(pod.getVolumes().stream().allMatch(v -> v.getHostPath() == null), workload + " uses hostPath");
            assertNotEquals(Long.valueOf(0), podContext.getRunAsUser(), workload + " runs as root");

            for (Container container : containers(pod)) {
                String where = workload + " container " + container.getName();
                SecurityContext context = Optional.ofNullable(container.getSecurityContext())
                        .orElseGet(SecurityContext::new);
                assertEquals(Boolean.TRUE, effective(context.getRunAsNonRoot(), podContext.getRunAsNonRoot()),
                        where + ": runAsNonRoot");
                assertEquals("RuntimeDefault", Optional.ofNullable(context.getSeccompProfile())
                        .or(() -> Optional.ofNullable(podContext.getSeccompProfile()))
                        .map(p -> p.getType()).orElse(null), where + ": seccompProfile");
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(),
                        where + ": allowPrivilegeEscalation");
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), where + ": readOnlyRootFilesystem");
                assertNotEquals(Boolean.TRUE, context.getPrivileged(), where + ": privileged");
                assertNotNull(context.getCapabilities(), where + ": capabilities");
                assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), where + ": capabilities.drop");
                assertTrue(context.getCapabilities().getAdd() == null || context.getCapabilities().getAdd().isEmpty(),
                        where + ": capabilities.add");
                assertNotEquals(Long.valueOf(0), context.getRunAsUser(), where + " runs as root");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyImageIsPinned(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).workloads()) {
            for (Container container : containers(workload.template().getSpec())) {
                assertTrue(ImageReference.parse(container.getImage()).isPinned(),
                        workload + ": image " + container.getImage() + " is not pinned (tag or digest, not latest)");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyContainerIsProbedAndSized(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).workloads()) {
            for (Container container : workload.template().getSpec().getContainers()) {
                String where = workload + " container " + container.getName();
                assertNotNull(container.getLivenessProbe(), where + ": livenessProbe");
                assertNotNull(container.getReadinessProbe(), where + ": readinessProbe");
                assertNotNull(container.getResources(), where + ": resources");
                assertNotNull(container.getResources().getRequests().get("cpu"), where + ": cpu request");
                assertNotNull(container.getResources().getRequests().get("memory"), where + ": memory request");
                assertNotNull(container.getResources().getLimits().get("memory"), where + ": memory limit");
            }
        }
    }

    /** Quarkus health on the management interface: never the API port (it demands a client certificate). */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void servicesAreProbedOnTheManagementInterface(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            Container container = workload.template().getSpec().getContainers().get(0);
            assertHealthProbe(container.getStartupProbe(), "/q/health/started", workload);
            assertHealthProbe(container.getLivenessProbe(), "/q/health/live", workload);
            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready", workload);
        }
    }

    /**
     * The TLS identity is the cert-manager Secret mounted as a directory: a subPath mount would never see a renewed
     * certificate. Keys are readable by the service's group only.
     */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void servicesMountTheirIdentityAsARenewableDirectory(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            Container container = workload.template().getSpec().getContainers().get(0);
            VolumeMount tls = mount(container, "/etc/edgeauth/tls", workload);
            assertNull(tls.getSubPath(), workload + ": TLS Secret mounted with subPath, renewals would not arrive");
            assertEquals(Boolean.TRUE, tls.getReadOnly(), workload + ": TLS mount read-only");
            Volume volume = volume(workload, tls.getName());
            assertNotNull(volume.getSecret(), workload + ": /etc/edgeauth/tls is not a Secret");
            assertEquals(0440, volume.getSecret().getDefaultMode(), workload + ": TLS Secret file mode");

            assertNotNull(volume(workload, mount(container, "/work/config", workload).getName()).getConfigMap(),
                    workload + ": /work/config is not a ConfigMap");
            assertNotNull(volume(workload, mount(container, "/tmp", workload).getName()).getEmptyDir(),
                    workload + ": /tmp is not an emptyDir (the root filesystem is read-only)");
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void onlyTheTokenIssuerSeesTheSigningKeys(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            boolean mountsSigningKeys = workload.template().getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getSecret() != null
                            && "edgeauth-issuer-signing".equals(v.getSecret().getSecretName()));
            assertEquals(workload.name().equals("token-issuer"), mountsSigningKeys, workload.toString());
        }
    }

    private static void assertHealthProbe(Probe probe, String path, Manifests.Workload workload) {
        assertNotNull(probe, workload + ": no probe for " + path);
        assertNotNull(probe.getHttpGet(), workload + ": " + path + " is not an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), workload.toString());
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), workload + ": probe port of " + path);
        assertTrue(probe.getHttpGet().getScheme() == null || probe.getHttpGet().getScheme().equals("HTTP"),
                workload + ": the management interface is plain HTTP");
    }

    private static VolumeMount mount(Container container, String path, Manifests.Workload workload) {
        return container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(workload + ": nothing mounted at " + path));
    }

    private static Volume volume(Manifests.Workload workload, String name) {
        return workload.template().getSpec().getVolumes().stream().filter(v -> v.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(workload + ": no volume " + name));
    }

    private static List<Container> containers(PodSpec pod) {
        return Stream.of(pod.getInitContainers(), pod.getContainers()).filter(l -> l != null)
                .flatMap(List::stream).toList();
    }

    private static <T> T effective(T container, T pod) {
        return Optional.ofNullable(container).orElse(pod);
    }
}
