package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;

/** Every variant renders with kustomize, and every object is one Kubernetes (or cert-manager) would accept. */
class ManifestsParseTest {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyObjectParsesIntoATypedModel(Variant variant) {
        List<HasMetadata> objects = Manifests.of(variant).objects();
        assertFalse(objects.isEmpty(), variant + " renders nothing");
        for (HasMetadata object : objects) {
            boolean certManager = object.getApiVersion().startsWith("cert-manager.io/");
            assertEquals(certManager, object instanceof GenericKubernetesResource,
                    variant + ": " + describe(object) + " should parse into fabric8's typed model");
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everyServiceIsDeployedOnce(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        for (String service : Manifests.SERVICES) {
            assertEquals(1, manifests.workloadsOf(service).size(), variant + ": workloads of " + service);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void noObjectHasUnknownFields(Variant variant) {
        for (HasMetadata object : Manifests.of(variant).objects()) {
            assertEquals(List.of(), UnknownFields.in(object), variant + ": unknown fields in " + describe(object));
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void certManagerObjectsUseOnlyKnownFieldsAndValues(Variant variant) {
        Manifests manifests = Manifests.of(variant);
        List<GenericKubernetesResource> certManager = manifests.all(GenericKubernetesResource.class);
        assertFalse(certManager.isEmpty(), variant + " has no cert-manager objects");
        for (GenericKubernetesResource object : certManager) {
            assertEquals("cert-manager.io/v1", object.getApiVersion(), describe(object));
            assertEquals(List.of(), CertManagerFields.problems(object), variant + ": " + describe(object));
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everythingLivesInTheEdgeauthNamespace(Variant variant) {
        for (HasMetadata object : Manifests.of(variant).objects()) {
            if (object instanceof Namespace namespace) {
                assertEquals("edgeauth", namespace.getMetadata().getName());
                assertEquals("restricted",
                        namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
            } else {
                assertEquals("edgeauth", object.getMetadata().getNamespace(), variant + ": " + describe(object));
            }
        }
    }

    /** Keys, passwords and the CA come from Secrets the operator creates; the manifests carry none. */
    @ParameterizedTest
    @EnumSource(Variant.class)
    void noSecretIsShipped(Variant variant) {
        assertTrue(Manifests.of(variant).all(Secret.class).isEmpty(), variant + " renders a Secret");
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
