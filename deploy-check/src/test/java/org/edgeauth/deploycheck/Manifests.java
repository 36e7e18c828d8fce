package org.edgeauth.deploycheck;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The objects one {@link Variant} renders to, parsed into fabric8's typed models. Rendered once per test run. */
final class Manifests {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    /** The EdgeAuth services (Quarkus); everything else in the namespace is infrastructure (Redis). */
    static final Set<String> SERVICES = Set.of("token-issuer", "ecs", "ees");

    private static final Map<Variant, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final Variant variant;
    private final List<HasMetadata> objects;

    private Manifests(Variant variant, List<HasMetadata> objects) {
        this.variant = variant;
        this.objects = objects;
    }

    static Manifests of(Variant variant) {
        Kustomize.assumeKubectl();
        return RENDERED.computeIfAbsent(variant, v -> new Manifests(v, parse(Kustomize.build(v.kustomization()))));
    }

    static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<?> documents = parsed instanceof List<?> list ? list : List.of(parsed);
        return documents.stream().map(document -> {
            if (!(document instanceof HasMetadata object)) {
                throw new IllegalArgumentException("not a Kubernetes object: " + document);
            }
            return object;
        }).toList();
    }

    Variant variant() {
        return variant;
    }

    List<HasMetadata> objects() {
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new NoSuchElementException(
                variant + " renders no " + type.getSimpleName() + " " + name));
    }

    /** cert-manager objects (no typed model here) of one kind: Issuer, Certificate. */
    List<GenericKubernetesResource> certManager(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(o -> o.getApiVersion().startsWith("cert-manager.io/") && o.getKind().equals(kind))
                .toList();
    }

    /** A ConfigMap's value as a workload sees it through a configMapKeyRef. */
    String configValue(String configMapName, String key) {
        ConfigMap map = get(ConfigMap.class, configMapName);
        String value = map.getData() == null ? null : map.getData().get(key);
        if (value == null) {
            throw new NoSuchElementException("ConfigMap " + configMapName + " has no key " + key);
        }
        return value;
    }

    /** Every pod template: Deployments and StatefulSets. */
    List<Workload> workloads() {
        return Stream.concat(
                all(Deployment.class).stream().map(d -> new Workload(d, d.getSpec().getTemplate())),
                all(StatefulSet.class).stream().map(s -> new Workload(s, s.getSpec().getTemplate())))
                .toList();
    }

    /** The workloads of the EdgeAuth services (token-issuer, ecs, ees), not the infrastructure. */
    List<Workload> services() {
        return workloads().stream().filter(Workload::isService).toList();
    }

    /** The workload(s) whose pods are named {@code name} (app.kubernetes.io/name). */
    List<Workload> workloadsOf(String name) {
        return workloads().stream().filter(w -> name.equals(w.name())).toList();
    }

    /** A Deployment or StatefulSet, seen through its pod template. */
    record Workload(HasMetadata owner, PodTemplateSpec template) {

        /** The {@code app.kubernetes.io/name} of its pods. */
        String name() {
            return template.getMetadata().getLabels().get(NAME_LABEL);
        }

        boolean isService() {
            return SERVICES.contains(name());
        }

        @Override
        public String toString() {
            return owner.getKind() + " " + owner.getMetadata().getName();
        }
    }
}
