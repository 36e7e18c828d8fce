package org.edgeauth.ecs.security;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.RevocationLists;
import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.ecs.ratelimit.ClientRateLimit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The ECS's access rules for every request, in the order of spec-notes.md section 6 (TS 33.501 13.3, 13.4.1.1.2):
 * <ol>
 * <li>TLS client certificate from a trusted CA: enforced by the TLS handshake ({@code client-auth=required});
 * not revoked ({@link RevocationLists}, when CRLs are configured).
 * <li>Static policy for the certificate identity and the API ({@link AccessPolicy}).
 * <li>Bearer token: signature, expiry ({@link TokenVerifier}); issuer, audience, scope ({@link TokenRules}).
 * <li>Token bound to the certificate: {@code sub} and {@code cnf.x5t#S256} ({@link TokenRules}).
 * </ol>
 * Check 5 (object level) needs the registration or query and happens in the services, through {@link ObjectAccess}.
 * <p>
 * Runs before resource matching, so that nothing about the API (not even 404/405/415) is answered to a caller
 * that fails these checks, and before the body is read.
 */
public class AccessFilter {

    private final AccessPolicy policy;
    private final TokenVerifier verifier;
    private final TokenRules tokenRules;
    private final CurrentCaller current;
    private final AccessLog log;
    private final RevocationLists revocations;
    /** Cheap rejection first: a flooding client is refused before its token costs a signature check. */
    private final ClientRateLimit rateLimit;
    /** Only ever true in a bench build run with the bench profile ({@link MtlsOnlyBenchmark}). */
    private final boolean benchmarkSkipsTokens;

    AccessFilter(AccessPolicy policy, TokenVerifier verifier, TokenRules tokenRules, CurrentCaller current,
            AccessLog log, RevocationLists revocations, ClientRateLimit rateLimit,
            Instance<MtlsOnlyBenchmark> benchmark) {
        this.policy = policy;
        this.verifier = verifier;
        this.tokenRules = tokenRules;
        this.current = current;
        this.log = log;
        this.revocations = revocations;
        this.rateLimit = rateLimit;
        this.benchmarkSkipsTokens = benchmark.isResolvable() && benchmark.get().skipsTokens();
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> check(ContainerRequestContext request, HttpServerRequest http) {
        try {
            String path = request.getUriInfo().getPath();
            EdgeApi api = EdgeApi.ofPath(path).orElseThrow(
                    () -> ProblemException.notFound(ProblemCause.RESOURCE_NOT_FOUND, "no such resource"));
            CertificateIdentity identity = peerIdentity(http);
            current.presented(identity);
            revocations.refusal(leaf(http)).ifPresent(reason -> {
                throw Denial.CERTIFICATE_REVOKED.because(reason);
            });
            rateLimit.admit(identity);
            Admission admission = policy.admit(identity, api);
            if (admission == Admission.DENIED) {
                throw Denial.EES_NOT_AUTHORIZED.because("certificate identity is not allowed " + api + " by policy");
            }
            if (admission == Admission.CERTIFICATE_SUFFICES || benchmarkSkipsTokens) {
                // TS 33.558: a local-authorization entry; a token, if sent anyway, is not looked at.
                admit(new Caller(identity, api, false, null), request);
                return Uni.createFrom().voidItem();
            }
            String token = BearerToken.from(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
            return verifier.verify(token)
                    .invoke(verified -> tokenRules.check(verified, identity, api))
                    .invoke(verified -> admit(new Caller(identity, api, true, verified.id()), request))
                    .replaceWithVoid();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private void admit(Caller caller, ContainerRequestContext request) {
        current.admitted(caller);
        log.granted(caller, request.getMethod(), request.getUriInfo().getPath());
    }

    /** The handshake already proved possession and a trusted chain; this reads the identity the profile needs. */
    private static CertificateIdentity peerIdentity(HttpServerRequest http) {
        try {
            return CertificateIdentity.of(leaf(http));
        } catch (IllegalArgumentException e) {
            throw Denial.CERTIFICATE_NOT_ACCEPTED.because(e.getMessage());
        }
    }

    private static X509Certificate leaf(HttpServerRequest http) {
        SSLSession session = http.sslSession();
        if (session == null) {
            throw Denial.CERTIFICATE_NOT_ACCEPTED.because("no TLS session");
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length == 0 || !(chain[0] instanceof X509Certificate certificate)) {
                throw Denial.CERTIFICATE_NOT_ACCEPTED.because("no X.509 client certificate");
            }
            return certificate;
        } catch (SSLPeerUnverifiedException e) {
            throw Denial.CERTIFICATE_NOT_ACCEPTED.because("no verified client certificate");
        }
    }
}
