package org.edgeauth.ees.ecs;

import java.time.temporal.ChronoUnit;
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
import io.smallrye.mutiny.Uni;

/**
 * The one way to the ECS. Every call is bounded in time, retried a few times with growing, jittered delays when the
 * ECS (or the token issuer) cannot be reached, and stopped early by a circuit breaker while it stays unreachable; a
 * refusal (4xx) is final. A 401 is the exception: the cached token may have been refused for a reason the EES
 * cannot see (the ECS lost the issuer's key, clocks disagree), so the call is made once more with a new token
 * ({@link AccessTokenFilter} discards a token the ECS answered 401 to).
 * <p>
 * The fault-tolerance values below are defaults; override them per deployment with
 * {@code quarkus.fault-tolerance."org.edgeauth.ees.ecs.EcsClient".timeout.value} and the like. Each method has its
 * own circuit breaker.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = { EcsUnavailableException.class, TimeoutException.class })
@ExponentialBackoff(factor = 2, maxDelay = 2000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        failOn = { EcsUnavailableException.class, TimeoutException.class })
public class EcsClient implements EcsRegistrations {

    private static final Logger LOG = Logger.getLogger(EcsClient.class);

    private final EcsRegistrationClient registrations;
    private final EcsDiscoveryClient discovery;
    /** Every attempt that found no access token to send (token issuer down or refusing), retries included. */
    private final Counter tokenFailures;

    EcsClient(@RestClient EcsRegistrationClient registrations, @RestClient EcsDiscoveryClient discovery,
            MeterRegistry metrics) {
        this.registrations = registrations;
        this.discovery = discovery;
        this.tokenFailures = Counter.builder("edgeauth.ees.token.fetch.failures")
                .description("ECS calls that could not get an access token from the token issuer").register(metrics);
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
                .onFailure(EcsClient::noToken).invoke(failure -> tokenFailures.increment());
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
