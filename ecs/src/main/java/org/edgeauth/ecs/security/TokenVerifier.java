package org.edgeauth.ecs.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Verifies an access token's signature (ES256, key from the issuer's JWKS, selected by {@code kid}; an unknown
 * {@code kid} makes smallrye-jwt refetch the JWKS), expiry and {@code nbf} (with the configured clock skew) and
 * presence of {@code iat}, using smallrye-jwt as configured by the {@code mp.jwt.*} and {@code smallrye.jwt.*}
 * properties; and, which smallrye-jwt does not, that {@code iat} is not further ahead than that skew (a token
 * from an issuer whose clock runs ahead would otherwise live longer than its issuer meant).
 * <p>
 * When no key could be fetched at all (the JWKS answered an error or was unreachable before any key was known) the
 * token cannot be judged: 503 {@code TOKEN_KEYS_UNAVAILABLE}, so that the EES keeps its token and retries. That is
 * the one case smallrye-jwt surfaces reliably (its key resolver fails with the fetch's {@link IOException} as
 * cause). Once keys were fetched, a refetch for an unknown {@code kid} that fails is only logged by smallrye-jwt
 * and looks exactly like a JWKS without that {@code kid}: that stays 401 {@code TOKEN_INVALID}.
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
    private final Clock clock;
    private final Duration clockSkew;

    @Inject
    TokenVerifier(JWTParser parser, Vertx vertx, EcsConfig config, Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkewSeconds) {
        this(parser, vertx, config.token().cache().enabled()
                ? new VerifiedTokenCache(config.token().cache().maxEntries(), clock)
                : null, clock, Duration.ofSeconds(clockSkewSeconds));
    }

    TokenVerifier(JWTParser parser, Vertx vertx, VerifiedTokenCache cache, Clock clock, Duration clockSkew) {
        this.parser = parser;
        this.vertx = vertx;
        this.cache = cache;
        this.clock = clock;
        this.clockSkew = clockSkew;
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
            if (keysUnavailable(e)) {
                throw Denial.TOKEN_KEYS_UNAVAILABLE.because(
                        "the token issuer's keys cannot be fetched now; the token was not judged, retry later");
            }
            if (hasError(e, ErrorCodes.EXPIRED)) {
                throw Denial.TOKEN_EXPIRED.because("access token has expired");
            }
            if (hasError(e, ErrorCodes.NOT_YET_VALID)) {
                throw Denial.TOKEN_INVALID.because("access token is not yet valid (nbf is ahead by more than the "
                        + clockSkew.toSeconds() + " s clock skew allowed)");
            }
            throw Denial.TOKEN_INVALID.because("access token signature, key or format could not be verified");
        }
        Instant latestIssue = clock.instant().plus(clockSkew);
        if (Instant.ofEpochSecond(jwt.getIssuedAtTime()).isAfter(latestIssue)) {
            throw Denial.TOKEN_INVALID.because("access token is issued in the future (iat is ahead by more than the "
                    + clockSkew.toSeconds() + " s clock skew allowed)");
        }
        VerifiedToken claims = new VerifiedToken(jwt.getTokenID(), jwt.getIssuer(), jwt.getSubject(), jwt.getAudience(), scopes(jwt),
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

    private static boolean hasError(Throwable failure, int jose4jErrorCode) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid && invalid.hasErrorCode(jose4jErrorCode)) {
                return true;
            }
        }
        return false;
    }

    /**
     * smallrye-jwt builds its key resolver with the first token and fetches the JWKS then; when that fetch fails
     * (connection, TLS, a non-200 answer: jose4j throws an IOException for each) the resolver is not built and the
     * IOException is the root of the failure; the next token tries again. A bad token never carries an IOException.
     */
    private static boolean keysUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
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
