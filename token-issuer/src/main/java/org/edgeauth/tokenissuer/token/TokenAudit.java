package org.edgeauth.tokenissuer.token;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Logs and counts every token decision: who asked, what came of it. Tokens themselves are never logged. */
@Singleton
public class TokenAudit {

    private static final Logger LOG = Logger.getLogger(TokenAudit.class);

    private final MeterRegistry registry;
    private final Counter issued;

    @Inject
    TokenAudit(MeterRegistry registry) {
        this.registry = registry;
        this.issued = Counter.builder("edgeauth.tokens.issued").description("Access tokens issued").register(registry);
    }

    void issued(String client, Grant grant, MintedToken token) {
        issued.increment();
        LOG.infof("token issued: client=%s scope=\"%s\" target=%s%s kid=%s jti=%s", client,
                String.join(" ", grant.scopes()), grant.targetNfType(),
                grant.targetNfInstanceId().map(id -> "/" + id).orElse(""), token.kid(), token.jti());
    }

    void refused(String client, TokenRefusal refusal) {
        // The status tells refusals sharing an error code apart: 429 is the rate limit, 415 not a form.
        Counter.builder("edgeauth.tokens.refused").description("Token requests refused, by OAuth error and status")
                .tag("error", refusal.error().code()).tag("status", Integer.toString(refusal.status()))
                .register(registry).increment();
        LOG.infof("token refused: client=%s error=%s status=%d: %s", client, refusal.error().code(),
                refusal.status(), refusal.description());
    }
}
