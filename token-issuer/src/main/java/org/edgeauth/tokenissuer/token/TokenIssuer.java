package org.edgeauth.tokenissuer.token;

import java.security.cert.X509Certificate;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.edgeauth.contract.ratelimit.RateLimiter;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.RevocationLists;
import org.edgeauth.tokenissuer.config.IssuerConfig;

/**
 * The token pipeline, one small step each: authenticate the client by its certificate, hold it to its rate limit,
 * read the request, check the request's identity claims against the certificate, authorize against the policy,
 * mint (TS 33.501 13.4.1.1.2).
 */
@Singleton
public class TokenIssuer {

    private final ClientPolicy policy;
    private final TokenMinter minter;
    private final TokenAudit audit;
    private final RevocationLists revocations;
    private final RateLimiter rateLimit;

    @Inject
    TokenIssuer(ClientPolicy policy, TokenMinter minter, TokenAudit audit, RevocationLists revocations,
            IssuerConfig config) {
        this.policy = policy;
        this.minter = minter;
        this.audit = audit;
        this.revocations = revocations;
        this.rateLimit = RateLimiter.of(config.rateLimit());
    }

    /**
     * @param body the raw {@code application/x-www-form-urlencoded} request body
     * @throws TokenRefusal when no token may be issued; the refusal is already logged and counted
     */
    public AccessTokenRsp issue(Optional<X509Certificate> peer, String body) {
        String client = ClientAuthentication.label(peer);
        try {
            CertificateIdentity identity = ClientAuthentication.authenticate(peer, revocations);
            client = identity.label();
            // One budget per client (its instance id, whichever certificate it presents), spent before the body is
            // parsed or a signature made.
            rateLimit.acquire(identity.instanceId().toString()).ifPresent(throttled -> {
                throw TokenRefusal.rateLimited(throttled.retryAfterSeconds());
            });
            TokenRequest request = TokenRequestParser.parse(FormBody.decode(body));
            ClientAuthentication.checkClaims(request, identity);
            Grant grant = policy.authorize(identity, request);
            MintedToken token = minter.mint(grant);
            audit.issued(client, grant, token);
            return new AccessTokenRsp(token.jws(), AccessTokenRsp.BEARER, token.lifetime().toSeconds(),
                    String.join(" ", grant.scopes()));
        } catch (TokenRefusal refusal) {
            audit.refused(client, refusal);
            throw refusal;
        }
    }

    /** A request whose body is not a form: refused before any field is read. */
    public TokenRefusal refuseBody(Optional<X509Certificate> peer) {
        TokenRefusal refusal = TokenRefusal.notAForm();
        audit.refused(ClientAuthentication.label(peer), refusal);
        return refusal;
    }
}
