package org.edgeauth.ecs.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.edgeauth.contract.security.TokenClaims;
import org.edgeauth.ecs.config.EcsConfig;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Verifies an access token's signature (ES256, key from the issuer's JWKS, selected by {@code kid}; an unknown
 * {@code kid} makes smallrye-jwt refetch the JWKS), expiry (with the configured clock skew) and presence of
 * {@code iat}, using smallrye-jwt as configured by the {@code mp.jwt.*} and {@code smallrye.jwt.*} properties.
 * <p>
 * Runs on a worker thread: fetching the JWKS is blocking I/O and an ECDSA verification is ~0.1 ms of CPU, neither
 * belongs on the event loop. The result comes back on the request's own context. Anything that cannot be
 * verified, including a JWKS that cannot be fetched, is a refusal (fail closed).
 * <p>
 * With {@code edgeauth.ecs.token.cache.enabled} a token verified once is served from {@link VerifiedTokenCache}
 * until it expires, on the event loop, without the worker hop (see bench/README.md for what that saves).
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);

    /** What a verification yields: the claims the rules need, and until when they may be reused. */
    private record Verification(VerifiedToken claims, Instant expiresAt) {
    }

    private final JWTParser parser;
    private final Vertx vertx;
    /** null when the cache is disabled: every request verifies. */
    private final VerifiedTokenCache cache;

    @Inject
    TokenVerifier(JWTParser parser, Vertx vertx, EcsConfig config, Clock clock) {
        this(parser, vertx, config.token().cache().enabled()
                ? new VerifiedTokenCache(config.token().cache().maxEntries(), clock)
                : null);
    }

    TokenVerifier(JWTParser parser, Vertx vertx, VerifiedTokenCache cache) {
        this.parser = parser;
        this.vertx = vertx;
        this.cache = cache;
    }

    public Uni<VerifiedToken> verify(String token) {
        if (cache == null) {
            return verifyOnWorker(token).map(Verification::claims);
        }
        String key = VerifiedTokenCache.keyOf(token);
        Optional<VerifiedToken> cached = cache.get(key);
        if (cached.isPresent()) {
            return Uni.createFrom().item(cached.get());
        }
        return verifyOnWorker(token)
                .invoke(verification -> cache.put(key, verification.claims(), verification.expiresAt()))
                .map(Verification::claims);
    }

    private Uni<Verification> verifyOnWorker(String token) {
        return Uni.createFrom()
                .completionStage(() -> vertx.executeBlocking(() -> parse(token), false).toCompletionStage());
    }

    private Verification parse(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("token verification failed: %s", reason(e));
            if (hasExpired(e)) {
                throw Denial.TOKEN_EXPIRED.because("access token has expired");
            }
            throw Denial.TOKEN_INVALID.because("access token signature, key or format could not be verified");
        }
        VerifiedToken claims = new VerifiedToken(jwt.getIssuer(), jwt.getSubject(), jwt.getAudience(), scopes(jwt),
                confirmation(jwt));
        return new Verification(claims, Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    /** Why, for the debug log: jose4j's error details, never the token or its claims set. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                return invalid.getErrorDetails().stream().map(ErrorCodeValidator.Error::getErrorMessage)
                        .collect(Collectors.joining("; "));
            }
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean hasExpired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> scopes(JsonWebToken jwt) {
        String scope = text(jwt.getClaim(TokenClaims.SCOPE));
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** {@code cnf} is a registered MP-JWT claim that smallrye-jwt hands over as jose4j parsed it: a Map. */
    private static Optional<String> confirmation(JsonWebToken jwt) {
        Object cnf = jwt.getClaim(TokenClaims.CONFIRMATION);
        if (cnf instanceof Map<?, ?> members) {
            return Optional.ofNullable(text(members.get(TokenClaims.X5T_S256)));
        }
        if (cnf instanceof JsonObject object) {
            return Optional.ofNullable(text(object.get(TokenClaims.X5T_S256)));
        }
        return Optional.empty();
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim instanceof String string ? string : null;
    }
}
