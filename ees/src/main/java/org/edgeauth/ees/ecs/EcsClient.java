package org.edgeauth.ees.ecs;

import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.client.OidcClientException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;

/**
 * The one way to the ECS. Every call is bounded in time, retried a few times with growing, jittered delays when the
 * ECS (or the token issuer) cannot be reached, and stopped early by a circuit breaker while it stays unreachable; a
 * refusal (4xx) is final. A 401 is the exception: the cached token may have been refused for a reason the EES
 * cannot see (the ECS lost the issuer's key, clocks disagree), so the call is made once more with a new token
 * ({@link AccessTokenFilter} discards a token the ECS answered 401 to).
 * <p>
 * An answer with {@code Retry-After} (a 429, or a 503 that says when to come back) is not retried here: retries
 * 200-300 ms later are exactly what it asks clients not to do. The failure carries the wait to the caller, which
 * schedules the next attempt (the registration keeper) or passes it on (discovery: 503 with Retry-After).
 * <p>
 * The circuit breaker counts a 503 with Retry-After (the ECS cannot serve: store or token keys unavailable) like
 * any 5xx, but not a 429: the ECS then works and is metering this EES's request rate; opening the breaker would
 * replace its precise Retry-After with a fixed pause, answer this EES's clients "the ECS keeps failing" instead of
 * passing the wait on, and stop registration updates for a rate limit the EES respects anyway.
 * <p>
 * The fault-tolerance values below are defaults; override them per deployment with
 * {@code quarkus.fault-tolerance."org.edgeauth.ees.ecs.EcsClient".timeout.value} and the like. Each method has its
 * own circuit breaker.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100)
@RetryWhen(exception = EcsClient.RetryAtOnce.class)
@ExponentialBackoff(factor = 2, maxDelay = 2000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        failOn = { EcsUnavailableException.class, TimeoutException.class })
public class EcsClient implements EcsRegistrations {

    private static final Logger LOG = Logger.getLogger(EcsClient.class);

    private final EcsRegistrationClient registrations;
    private final EcsDiscoveryClient discovery;
    private final MeterRegistry metrics;
    /** Every attempt that found no access token to send (token issuer down or refusing), retries included. */
    private final Counter tokenFailures;

    EcsClient(@RestClient EcsRegistrationClient registrations, @RestClient EcsDiscoveryClient discovery,
            MeterRegistry metrics) {
        this.registrations = registrations;
        this.discovery = discovery;
        this.metrics = metrics;
        this.tokenFailures = Counter.builder("edgeauth.ees.token.fetch.failures")
                .description("ECS calls that could not get an access token from the token issuer").register(metrics);
    }

    /**
     * What the retry above retries at once: no answer, no token, a 5xx without Retry-After, a timeout. Anything
     * else is either final (a refusal) or asks to wait longer than these retries do (Retry-After).
     */
    public static final class RetryAtOnce implements Predicate<Throwable> {

        @Override
        public boolean test(Throwable failure) {
            return failure instanceof TimeoutException
                    || failure instanceof EcsUnavailableException unavailable && unavailable.retryAfter().isEmpty();
        }
    }

    @Override
    public Uni<CreatedRegistration> register(EESRegistration registration) {
        return call(() -> registrations.create(registration)).map(created -> new CreatedRegistration(
                RegistrationLocation.registrationId(created.getLocation()), created.getEntity()));
    }

    @Override
    public Uni<EESRegistration> modify(String registrationId, EESRegistrationPatch patch) {
        return call(() -> registrations.modify(registrationId, patch));
    }

    @Override
    public Uni<Void> deregister(String registrationId) {
        return call(() -> registrations.delete(registrationId));
    }

    /**
     * Eecs_TargetEESDiscovery for this EES.
     *
     * @param ueLocation a JSON-encoded LocationArea5G, or null
     */
    public Uni<ECSServProvResp> discover(String eesId, String easId, String targetDnai, String ueLocation) {
        return call(() -> discovery.getEesProfiles(eesId, easId, targetDnai, null, ueLocation, null, null, null,
                null, null, null));
    }

    private <T> Uni<T> call(Supplier<Uni<? extends T>> request) {
        return attempt(request).onFailure(EcsClient::unauthorized).recoverWithUni(refused -> {
            LOG.infof("%s; asking again with a new token", refused.getMessage());
            return attempt(request);
        });
    }

    private <T> Uni<T> attempt(Supplier<Uni<? extends T>> request) {
        return Uni.createFrom().<T>deferred(request).onFailure().transform(EcsClient::classify)
                .onFailure(EcsClient::noToken).invoke(failure -> tokenFailures.increment())
                .onFailure(EcsClient::askedToWait).invoke(this::countDeferral);
    }

    private static boolean askedToWait(Throwable failure) {
        return failure instanceof EcsException answered && answered.retryAfter().isPresent();
    }

    private void countDeferral(Throwable failure) {
        Counter.builder("edgeauth.ees.ecs.deferrals")
                .description("ECS answers asking this EES to wait (Retry-After), by status: 429 or 503")
                .tag("status", Integer.toString(((EcsException) failure).status())).register(metrics).increment();
    }

    private static boolean noToken(Throwable failure) {
        return failure instanceof EcsUnavailableException unavailable
                && unavailable.cause().filter(EcsUnavailableException.TOKEN_UNAVAILABLE::equals).isPresent();
    }

    private static boolean unauthorized(Throwable failure) {
        return failure instanceof EcsRejectedException rejected && rejected.isUnauthorized();
    }

    /** Whatever the REST stack throws becomes one of the two EcsExceptions. */
    static EcsException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EcsException known) {
                return known;
            }
            if (cause instanceof OidcClientException) {
                return EcsUnavailableException.noToken(cause);
            }
        }
        return EcsUnavailableException.noAnswer("ECS unreachable: " + rootMessage(failure), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
