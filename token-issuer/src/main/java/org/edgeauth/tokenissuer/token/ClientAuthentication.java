package org.edgeauth.tokenissuer.token;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.RevocationLists;

/**
 * tls_client_auth (RFC 8705 2.1): the client is who its TLS client certificate says. The handshake has already
 * checked the chain against the trusted CAs; here the certificate must be present, not revoked, carry the EdgeAuth
 * identity,
 * and back every identity the request claims (TS 33.501 13.4.1.1.2: nfInstanceId, requesterFqdn).
 */
public final class ClientAuthentication {

    private ClientAuthentication() {
    }

    /** The verified leaf certificate of the TLS peer, if it presented one. */
    public static Optional<X509Certificate> peerCertificate(SSLSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf ? Optional.of(leaf) : Optional.empty();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    /**
     * @throws TokenRefusal 401 {@code invalid_client} without a certificate and with a revoked one (or one whose
     *                      revocation status cannot be told: {@link RevocationLists}), 400 when it carries no identity
     */
    public static CertificateIdentity authenticate(Optional<X509Certificate> peer, RevocationLists revocations) {
        X509Certificate certificate = peer.orElseThrow(() -> TokenRefusal.unauthenticated(
                "a TLS client certificate is required (token_endpoint_auth_method tls_client_auth)"));
        revocations.refusal(certificate).ifPresent(reason -> {
            throw TokenRefusal.unauthenticated("client certificate not accepted: " + reason);
        });
        try {
            return CertificateIdentity.of(certificate);
        } catch (IllegalArgumentException e) {
            throw TokenRefusal.of(OAuthError.INVALID_CLIENT,
                    "client certificate carries no single SAN URI urn:uuid:<instance id>");
        }
    }

    /** @throws TokenRefusal {@code invalid_client} when the request claims an identity the certificate does not back */
    public static void checkClaims(TokenRequest request, CertificateIdentity client) {
        if (!request.nfInstanceId().equals(client.instanceId())) {
            throw TokenRefusal.of(OAuthError.INVALID_CLIENT,
                    "nfInstanceId does not match the client certificate's SAN URI");
        }
        if (request.requesterFqdn().isPresent()
                && !client.eesId().map(id -> id.equalsIgnoreCase(request.requesterFqdn().get())).orElse(false)) {
            throw TokenRefusal.of(OAuthError.INVALID_CLIENT,
                    "requesterFqdn does not match the client certificate's EES ID (SAN dNSName)");
        }
    }

    /** Who the peer is, for logs, before or without a readable identity. */
    public static String label(Optional<X509Certificate> peer) {
        return peer.map(c -> c.getSubjectX500Principal().getName()).orElse("(no client certificate)");
    }
}
