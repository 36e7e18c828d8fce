package org.edgeauth.contract.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a TLS peer is, read from its X.509 certificate per the EdgeAuth SAN profile (spec-notes.md section 1):
 * the instance id from the SAN URI {@code urn:uuid:<uuid>}, the EES ID from the first SAN dNSName that is not
 * {@code localhost}.
 *
 * @param instanceId  NF / EES instance id (the token {@code sub} must equal it)
 * @param eesId       EES ID (an FQDN), absent for certificates without a qualifying dNSName
 * @param dnsNames    all SAN dNSNames, lower case
 * @param thumbprint  RFC 8705 {@code x5t#S256}: base64url (no padding) SHA-256 of the certificate DER
 */
public record CertificateIdentity(UUID instanceId, Optional<String> eesId, List<String> dnsNames, String thumbprint) {

    private static final int SAN_DNS = 2;
    private static final int SAN_URI = 6;
    private static final String UUID_URN = "urn:uuid:";

    /**
     * @throws IllegalArgumentException when the certificate carries no {@code urn:uuid:} SAN URI, or several
     */
    public static CertificateIdentity of(X509Certificate certificate) {
        List<UUID> uuids = new ArrayList<>();
        List<String> dnsNames = new ArrayList<>();
        for (List<?> san : subjectAltNames(certificate)) {
            int type = (Integer) san.get(0);
            String value = String.valueOf(san.get(1));
            if (type == SAN_URI && value.regionMatches(true, 0, UUID_URN, 0, UUID_URN.length())) {
                uuids.add(parseUuid(value.substring(UUID_URN.length())));
            } else if (type == SAN_DNS) {
                dnsNames.add(value.toLowerCase(Locale.ROOT));
            }
        }
        if (uuids.size() != 1) {
            throw new IllegalArgumentException("certificate must carry exactly one SAN URI urn:uuid:<instance id>, found "
                    + uuids.size());
        }
        Optional<String> eesId = dnsNames.stream().filter(name -> !name.equals("localhost")).findFirst();
        return new CertificateIdentity(uuids.get(0), eesId, List.copyOf(dnsNames), thumbprint(certificate));
    }

    /** RFC 8705 section 3.1 confirmation value of a certificate. */
    public static String thumbprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot compute certificate thumbprint", e);
        }
    }

    /** A short label for logs: EES ID when present, else the instance id. */
    public String label() {
        return eesId.map(id -> id + "/" + instanceId).orElse(instanceId.toString());
    }

    private static Collection<List<?>> subjectAltNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            throw new IllegalArgumentException("unreadable subjectAltName extension", e);
        }
    }

    private static UUID parseUuid(String text) {
        try {
            UUID uuid = UUID.fromString(text);
            // UUID.fromString is lenient about field lengths: insist on the canonical form.
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("non-canonical UUID in SAN URI: " + text);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SAN URI urn:uuid: does not hold a UUID: " + text, e);
        }
    }
}
