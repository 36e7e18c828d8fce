package org.edgeauth.deploycheck;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** The parts of a cert-manager Certificate the checks look at, read from the untyped object. */
record CertificateSpec(String name, String secretName, List<String> dnsNames, List<String> uris, List<String> usages,
        Map<String, Object> privateKey, Map<String, Object> issuerRef, Duration duration, Duration renewBefore) {

    static CertificateSpec of(GenericKubernetesResource certificate) {
        Map<String, Object> spec = map(certificate.getAdditionalProperties().get("spec"));
        return new CertificateSpec(certificate.getMetadata().getName(), (String) spec.get("secretName"),
                list(spec.get("dnsNames")), list(spec.get("uris")), list(spec.get("usages")),
                map(spec.get("privateKey")), map(spec.get("issuerRef")),
                goDuration((String) spec.get("duration")), goDuration((String) spec.get("renewBefore")));
    }

    /** The instance id of the SAN URI urn:uuid:..., when there is exactly one such URI. */
    Optional<UUID> instanceId() {
        if (uris.size() != 1 || !uris.get(0).startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        String id = uris.get(0).substring("urn:uuid:".length());
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The EES ID as EdgeAuth reads it from a certificate: the first SAN dNSName that is not localhost. */
    String eesId() {
        return dnsNames.stream().filter(n -> !n.equals("localhost")).findFirst().orElseThrow();
    }

    /** cert-manager durations are Go durations; EdgeAuth uses hours only ("2160h"). */
    private static Duration goDuration(String text) {
        if (text == null || !text.matches("\\d+h")) {
            throw new IllegalArgumentException("expected a duration in hours such as 2160h, got " + text);
        }
        return Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
