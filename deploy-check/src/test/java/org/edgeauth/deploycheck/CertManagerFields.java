package org.edgeauth.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The cert-manager.io/v1 fields EdgeAuth may use, since fabric8 has no typed model for them: the same "no unknown
 * field" rule as {@link UnknownFields}, by an explicit list (from cert-manager's v1 API reference), plus the
 * enumerated values that a typo would otherwise slip past.
 */
final class CertManagerFields {

    private static final Set<String> ISSUER_FIELDS = Set.of(
            "spec", "spec.ca", "spec.ca.secretName", "spec.ca.crlDistributionPoints", "spec.ca.ocspServers",
            "spec.ca.issuingCertificateURLs", "spec.selfSigned", "spec.selfSigned.crlDistributionPoints");

    private static final Set<String> CERTIFICATE_FIELDS = Set.of(
            "spec", "spec.secretName", "spec.secretTemplate", "spec.secretTemplate.annotations",
            "spec.secretTemplate.labels", "spec.commonName", "spec.dnsNames", "spec.uris", "spec.ipAddresses",
            "spec.emailAddresses", "spec.duration", "spec.renewBefore", "spec.renewBeforePercentage",
            "spec.usages", "spec.isCA", "spec.revisionHistoryLimit", "spec.encodeUsagesInRequest",
            "spec.signatureAlgorithm", "spec.literalSubject",
            "spec.privateKey", "spec.privateKey.algorithm", "spec.privateKey.size", "spec.privateKey.encoding",
            "spec.privateKey.rotationPolicy",
            "spec.issuerRef", "spec.issuerRef.name", "spec.issuerRef.kind", "spec.issuerRef.group",
            "spec.subject", "spec.subject.organizations", "spec.subject.organizationalUnits",
            "spec.subject.countries", "spec.subject.localities", "spec.subject.provinces",
            "spec.subject.streetAddresses", "spec.subject.postalCodes", "spec.subject.serialNumber");

    /** cert-manager's KeyUsage values. */
    static final Set<String> KEY_USAGES = Set.of("signing", "digital signature", "content commitment",
            "key encipherment", "key agreement", "data encipherment", "cert sign", "crl sign", "encipher only",
            "decipher only", "any", "server auth", "client auth", "code signing", "email protection", "s/mime",
            "ipsec end system", "ipsec tunnel", "ipsec user", "timestamping", "ocsp signing", "microsoft sgc",
            "netscape sgc");

    private static final Map<String, Set<String>> ENUMERATED = Map.of(
            "spec.privateKey.algorithm", Set.of("RSA", "ECDSA", "Ed25519"),
            "spec.privateKey.encoding", Set.of("PKCS1", "PKCS8"),
            "spec.privateKey.rotationPolicy", Set.of("Never", "Always"),
            "spec.issuerRef.kind", Set.of("Issuer", "ClusterIssuer"));

    private CertManagerFields() {
    }

    /** Unknown field paths and invalid enumerated values; empty when the object is well-formed. */
    static List<String> problems(GenericKubernetesResource object) {
        Set<String> allowed = switch (object.getKind()) {
            case "Issuer", "ClusterIssuer" -> ISSUER_FIELDS;
            case "Certificate" -> CERTIFICATE_FIELDS;
            default -> throw new IllegalArgumentException("no field list for cert-manager kind " + object.getKind());
        };
        List<String> problems = new ArrayList<>();
        object.getAdditionalProperties().forEach((key, value) -> check(key, value, allowed, problems));
        return problems;
    }

    private static void check(String path, Object value, Set<String> allowed, List<String> problems) {
        if (!allowed.contains(path)) {
            problems.add("unknown field " + path);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> check(path + "." + key, item, allowed, problems));
        } else if (path.equals("spec.usages") && value instanceof List<?> usages) {
            usages.stream().filter(u -> !KEY_USAGES.contains(u)).forEach(u -> problems.add("unknown usage " + u));
        } else if (ENUMERATED.containsKey(path) && !ENUMERATED.get(path).contains(String.valueOf(value))) {
            problems.add(path + ": " + value + " is not one of " + new TreeSet<>(ENUMERATED.get(path)));
        }
    }
}
