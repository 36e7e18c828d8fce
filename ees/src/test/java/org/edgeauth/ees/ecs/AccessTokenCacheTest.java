package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.edgeauth.ees.registration.ManualScheduler;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.client.OidcClientException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;

/** The token cache's rules on a hand-driven clock, against an issuer whose answers the test gives one by one. */
class AccessTokenCacheTest {

    private static final Duration LIFETIME = Duration.ofSeconds(300);

    private final ManualScheduler time = new ManualScheduler();
    private final Instant start = time.instant();
    /** Token requests in the order they were made; each completes when the test says so. */
    private final List<CompletableFuture<AccessToken>> requests = new ArrayList<>();
    private final AccessTokenCache cache = new AccessTokenCache(() -> {
        CompletableFuture<AccessToken> answer = new CompletableFuture<>();
        requests.add(answer);
        return Uni.createFrom().completionStage(answer);
    }, time, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(15));

    @Test
    void theFirstCallWaitsForATokenAndLaterCallsReuseIt() {
        UniAssertSubscriber<String> first = call();
        first.assertNotTerminated();
        issue("token-1", LIFETIME);

        first.assertItem("token-1");
        time.advance(Duration.ofSeconds(269));
        call().assertItem("token-1");
        assertEquals(1, requests.size());
    }

    @Test
    void callsWithoutATokenShareOneRequest() {
        UniAssertSubscriber<String> first = call();
        UniAssertSubscriber<String> second = call();
        issue("token-1", LIFETIME);

        first.assertItem("token-1");
        second.assertItem("token-1");
        assertEquals(1, requests.size());
    }

    @Test
    void renewalStartsAheadOfExpiryWithoutHoldingTheCallBack() {
        haveToken("token-1", LIFETIME);

        time.advance(Duration.ofSeconds(270));
        call().assertItem("token-1");
        assertEquals(2, requests.size(), "renewal started 30 s before expiry");
        call().assertItem("token-1");
        assertEquals(2, requests.size(), "one renewal at a time");

        issue("token-2", LIFETIME);
        call().assertItem("token-2");
    }

    @Test
    void whileRenewalFailsTheValidTokenIsSentAndRenewalRetriedWithGrowingDelays() {
        haveToken("token-1", LIFETIME);
        time.advance(Duration.ofSeconds(270));

        // Attempts at +270, then after 1, 2, 4, 8 and 15 (capped) seconds; every call meanwhile gets token-1.
        List<Long> attemptsAt = new ArrayList<>();
        for (int second = 270; second < 300; second++) {
            int before = requests.size();
            call().assertItem("token-1");
            if (requests.size() > before) {
                attemptsAt.add(Duration.between(start, time.instant()).toSeconds());
                fail();
            }
            time.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of(270L, 271L, 273L, 277L, 285L), attemptsAt);

        // Expired: never sent again. The call waits for a new token and fails with the issuer.
        UniAssertSubscriber<String> expired = call();
        expired.assertNotTerminated();
        fail();
        expired.assertFailedWith(OidcClientException.class);

        UniAssertSubscriber<String> recovered = call();
        issue("token-2", LIFETIME);
        recovered.assertItem("token-2");
    }

    @Test
    void aTokenTheEcsRefusedIsNotSentAgain() {
        haveToken("token-1", LIFETIME);

        cache.refused("token-1");
        UniAssertSubscriber<String> next = call();
        next.assertNotTerminated();
        issue("token-2", LIFETIME);

        next.assertItem("token-2");
    }

    @Test
    void aRefusalOfAnEarlierTokenLeavesTheCurrentOneAlone() {
        haveToken("token-1", LIFETIME);

        cache.refused("token-0");

        call().assertItem("token-1");
        assertEquals(1, requests.size());
    }

    @Test
    void afterACertificateChangeNeitherTheHeldTokenNorOneRequestedBeforeIsSent() {
        haveToken("token-1", LIFETIME);
        time.advance(Duration.ofSeconds(270));
        call().assertItem("token-1"); // starts a renewal, still in flight at the change
        CompletableFuture<AccessToken> renewalBefore = requests.get(1);

        cache.discard();
        UniAssertSubscriber<String> next = call();
        next.assertNotTerminated();
        assertEquals(3, requests.size(), "a new request, not the renewal made with the old certificate");
        renewalBefore.complete(new AccessToken("token-2-old-certificate", time.instant().plus(LIFETIME)));
        next.assertNotTerminated();
        issue("token-3", LIFETIME);

        next.assertItem("token-3");
        call().assertItem("token-3");
    }

    @Test
    void aTokenLivingLittleLongerThanRenewBeforeIsRenewedEarly() {
        haveToken("token-1", Duration.ofSeconds(40));

        time.advance(Duration.ofSeconds(9));
        call().assertItem("token-1");
        assertEquals(1, requests.size());
        time.advance(Duration.ofSeconds(1));
        call().assertItem("token-1");
        assertEquals(2, requests.size(), "30 s before expiry");
    }

    @Test
    void aTokenLivingLessThanRenewBeforeIsRenewedHalfWay() {
        haveToken("token-1", Duration.ofSeconds(20));

        time.advance(Duration.ofSeconds(9));
        call().assertItem("token-1");
        assertEquals(1, requests.size());
        time.advance(Duration.ofSeconds(1));
        call().assertItem("token-1");
        assertEquals(2, requests.size());
    }

    private void haveToken(String value, Duration lifetime) {
        UniAssertSubscriber<String> first = call();
        issue(value, lifetime);
        first.assertItem(value);
    }

    private UniAssertSubscriber<String> call() {
        return cache.token().subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    /** The latest request succeeds with a token valid for {@code lifetime} from now. */
    private void issue(String value, Duration lifetime) {
        requests.get(requests.size() - 1).complete(new AccessToken(value, time.instant().plus(lifetime)));
    }

    /** The latest request fails as quarkus-oidc-client fails when the issuer cannot be reached. */
    private void fail() {
        requests.get(requests.size() - 1).completeExceptionally(new OidcClientException("Connection refused"));
    }
}
