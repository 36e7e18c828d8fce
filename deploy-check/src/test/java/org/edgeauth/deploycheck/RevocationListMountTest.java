package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * Certificate revocation lists (edgeauth.tls.crl) are opt-in (k8s/components/crl), and a service is told about a
 * CRL file only where one is mounted: a configured CRL file that is missing refuses every client (fail closed,
 * contract RevocationLists).
 */
class RevocationListMountTest {

    private static final String CRL = "EDGEAUTH_TLS_CRL";

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyConfiguredCrlFileIsOnAMountedVolume(Variant variant) {
        for (Manifests.Workload workload : Manifests.of(variant).services()) {
            Container container = workload.template().getSpec().getContainers().get(0);
            crlFiles(container).forEach(file -> assertTrue(container.getVolumeMounts().stream()
                    .anyMatch(m -> Path.of(file).getParent().equals(Path.of(m.getMountPath()))),
                    variant + ": " + workload + " is told to read " + file + " but mounts nothing there"));
        }
    }

    @Test
    void theCrlComponentGivesTheEcsAndTheIssuerTheOperatorsConfigMap() {
        Manifests manifests = Manifests.of(Variant.PRODUCTION_CRL);
        for (String service : List.of("ecs", "token-issuer")) {
            Manifests.Workload workload = manifests.workloadsOf(service).get(0);
            Container container = workload.template().getSpec().getContainers().get(0);
            assertEquals(List.of("/etc/edgeauth/crl/ca.crl"), crlFiles(container), service);
            String volume = container.getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/etc/edgeauth/crl")).map(VolumeMount::getName).findFirst()
                    .orElseThrow();
            // Not a generated (hash-suffixed) name: replaced in place, the new CRL reaches the running pods.
            assertEquals(Optional.of("edgeauth-crl"), workload.template().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals(volume)).map(Volume::getConfigMap).findFirst()
                    .map(ConfigMapVolumeSource::getName), service);
        }
        assertEquals(List.of(), Manifests.of(Variant.PRODUCTION).services().stream()
                .filter(w -> !crlFiles(w.template().getSpec().getContainers().get(0)).isEmpty()).toList(),
                "without the component no service checks revocation");
    }

    private static List<String> crlFiles(Container container) {
        return container.getEnv().stream().filter(e -> e.getName().equals(CRL)).map(EnvVar::getValue)
                .flatMap(files -> List.of(files.split(",")).stream()).map(String::strip).toList();
    }
}
