package org.edgeauth.ees.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ees.ecs.CreatedRegistration;
import org.edgeauth.ees.ecs.EcsFailures;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** The keeper's state machine and timing, on a hand-driven clock against a scripted ECS. */
class RegistrationKeeperTest {

    private static final Duration LIFETIME = Duration.ofMinutes(60);
    private static final EESProfile PROFILE = new EESProfile("ees-1.edge.test", EndPoint.ofUri("https://ees-1:8543"),
            List.of("demo-eas"), null, null, List.of("dnai-west"), null, false, null, null, null, null);

    private final ManualScheduler time = new ManualScheduler();
    private final ScriptedEcs ecs = new ScriptedEcs(time);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    // random() = 0.5: a retry waits three quarters of its nominal delay.
    private final RefreshSchedule schedule = new RefreshSchedule(LIFETIME, 2.0 / 3, Duration.ofSeconds(1),
            Duration.ofSeconds(30), MAX_RETRY_AFTER, () -> 0.5);
    private final RegistrationKeeper keeper = new RegistrationKeeper(ecs, time, time, schedule, new ObjectMapper(),
            PROFILE);

    @Test
    void registersAtStartWithTheProposedLifetime() {
        keeper.start();

        EESRegistration sent = (EESRegistration) ecs.last().body();
        assertEquals("register", ecs.last().operation());
        assertEquals(PROFILE, sent.eesProf());
        assertEquals(time.instant().plus(LIFETIME), sent.expTime());
        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.REGISTERED, status.state());
        assertEquals("reg-1", status.registrationId());
        assertEquals(time.instant().plus(LIFETIME), status.grantedExpTime());
        assertTrue(status.registered());
    }

    @Test
    void updatesAtTwoThirdsOfTheGrantedLifetime() {
        ecs.maxLifetime = Duration.ofMinutes(30); // the ECS grants less than proposed
        keeper.start();
        Instant granted = keeper.status().grantedExpTime();
        assertEquals(Duration.ofMinutes(20), time.nextDelay().orElseThrow());

        time.advance(Duration.ofMinutes(20).minusSeconds(1));
        assertEquals(1, ecs.calls.size());
        time.advance(Duration.ofSeconds(1));

        ScriptedEcs.Call update = ecs.last();
        assertEquals("modify", update.operation());
        assertEquals("reg-1", update.registrationId());
        JsonNode patch = ((EESRegistrationPatch) update.body()).document();
        assertEquals(time.instant().plus(LIFETIME).toString(), patch.get("expTime").asText());
        assertFalse(patch.has("eesProf"), "an unchanged profile is not sent again");
        assertTrue(keeper.status().grantedExpTime().isAfter(granted));
        assertEquals(Duration.ofMinutes(20), time.nextDelay().orElseThrow());
    }

    @Test
    void registersAgainWhenTheEcsNoLongerKnowsTheRegistration() {
        keeper.start();
        ecs.thenFail(EcsFailures.registrationNotFound());

        time.advance(Duration.ofMinutes(40));

        assertEquals(List.of("register", "modify", "register"), ecs.calls.stream().map(ScriptedEcs.Call::operation)
                .toList());
        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.REGISTERED, status.state());
        assertEquals("reg-2", status.registrationId());
        assertEquals(ProblemCause.REGISTRATION_NOT_FOUND, status.lastError().cause());
    }

    @Test
    void backsOffWithGrowingCappedDelaysWhileTheEcsIsUnreachable() {
        ecs.unreachable = true;
        keeper.start();

        // Nominal 1, 2, 4, 8, 16, 30 (cap), 30 s; random() = 0.5 makes each three quarters of that.
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            RegistrationStatus status = keeper.status();
            assertEquals(KeeperState.REGISTERING, status.state());
            assertEquals(attempt + 1, status.consecutiveFailures());
            assertEquals(EcsUnavailableException.ECS_UNAVAILABLE, status.lastError().cause());
            assertFalse(status.registered());
            Duration wait = time.nextDelay().orElseThrow();
            assertEquals(time.instant().plus(wait), status.nextAttempt());
            waits.add(wait);
            time.advance(wait);
        }

        assertEquals(List.of(750, 1500, 3000, 6000, 12000, 22500, 22500),
                waits.stream().map(wait -> (int) wait.toMillis()).toList());
        ecs.unreachable = false;
        time.advance(time.nextDelay().orElseThrow());
        assertEquals(KeeperState.REGISTERED, keeper.status().state());
        assertEquals(0, keeper.status().consecutiveFailures());
    }

    @Test
    void anUpdateTheEcsThrottlesIsTriedAgainNoSoonerThanItsRetryAfter() {
        keeper.start();
        ecs.thenFail(EcsFailures.throttled(Duration.ofSeconds(2)));
        time.advance(Duration.ofMinutes(40));
        assertEquals("modify", ecs.last().operation());
        int calls = ecs.calls.size();

        assertEquals(Duration.ofSeconds(2), time.nextDelay().orElseThrow(), "Retry-After, not the 750 ms backoff");
        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.REGISTERED, status.state(), "the registration still lives");
        assertEquals(ProblemCause.NF_CONGESTION_RISK, status.lastError().cause());
        assertEquals(time.instant().plusSeconds(2), status.nextAttempt());

        time.advance(Duration.ofSeconds(2).minusMillis(1));
        assertEquals(calls, ecs.calls.size(), "nothing before Retry-After");
        time.advance(Duration.ofMillis(1));
        assertEquals(calls + 1, ecs.calls.size());
        assertEquals("modify", ecs.last().operation());
        assertEquals(0, keeper.status().consecutiveFailures());
    }

    @Test
    void aRegistrationTheEcsCannotTakeNowWaitsForItsRetryAfter() {
        ecs.thenFail(EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, Duration.ofSeconds(10)));
        keeper.start();

        assertEquals(Duration.ofSeconds(10), time.nextDelay().orElseThrow());
        assertEquals(KeeperState.REGISTERING, keeper.status().state());
        assertEquals(ProblemCause.STORE_UNAVAILABLE, keeper.status().lastError().cause());
        time.advance(Duration.ofSeconds(10));
        assertEquals(List.of("register", "register"), ecs.calls.stream().map(ScriptedEcs.Call::operation).toList());
        assertEquals(KeeperState.REGISTERED, keeper.status().state());
    }

    @Test
    void withoutRetryAfterTheBackoffApplies() {
        ecs.thenFail(EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, null));
        keeper.start();

        assertEquals(Duration.ofMillis(750), time.nextDelay().orElseThrow());
    }

    @Test
    void aRetryAfterBeyondTheMaximumIsCutToIt() {
        ecs.thenFail(EcsFailures.throttled(Duration.ofDays(1)));
        keeper.start();

        assertEquals(MAX_RETRY_AFTER, time.nextDelay().orElseThrow());
    }

    @Test
    void aRetryAfterPastTheGrantedExpiryStillLetsTheUpdateReachTheEcsInTime() {
        ecs.maxLifetime = Duration.ofMinutes(6); // updated after 4 minutes, 2 left then
        keeper.start();
        Instant expiry = keeper.status().grantedExpTime();
        ecs.thenFail(EcsFailures.throttled(Duration.ofMinutes(3)));
        time.advance(Duration.ofMinutes(4));
        assertEquals("modify", ecs.last().operation());

        // Waiting 3 minutes would let the registration lapse: two thirds of the 2 minutes left instead.
        assertEquals(Duration.ofSeconds(80), time.nextDelay().orElseThrow());
        time.advance(Duration.ofSeconds(80));
        assertTrue(time.instant().isBefore(expiry));
        assertEquals(KeeperState.REGISTERED, keeper.status().state());
        assertTrue(keeper.status().grantedExpTime().isAfter(expiry), "updated before the expiry");
    }

    @Test
    void aProfileChangeWaitsForTheRetryAfterToo() {
        keeper.start();
        ecs.thenFail(EcsFailures.throttled(Duration.ofSeconds(30)));
        time.advance(Duration.ofMinutes(40));
        int calls = ecs.calls.size();
        EESProfile changed = new EESProfile(PROFILE.eesId(), PROFILE.endPt(), List.of("video"), null, null,
                PROFILE.appLocs(), null, false, null, null, null, null);

        keeper.changeProfile(changed);
        assertEquals(calls, ecs.calls.size(), "not sent before Retry-After");
        assertEquals(Duration.ofSeconds(30), time.nextDelay().orElseThrow());

        time.advance(Duration.ofSeconds(30));
        assertEquals(calls + 1, ecs.calls.size());
        JsonNode profilePatch = ((EESRegistrationPatch) ecs.last().body()).document().get("eesProf");
        assertEquals("[\"video\"]", profilePatch.get("easIds").toString(), "the deferred update carries the change");
    }

    @Test
    void lapsesWhenNoUpdateGetsThroughBeforeTheExpiry() {
        keeper.start();
        ecs.unreachable = true;

        time.advance(LIFETIME);

        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.LAPSED, status.state());
        assertFalse(status.registered());
        assertEquals("reg-1", status.registrationId(), "the next update tells whether the ECS still has it");
    }

    @Test
    void sendsAProfileChangeAsAMergePatchAtOnce() {
        keeper.start();
        EESProfile changed = new EESProfile(PROFILE.eesId(), PROFILE.endPt(), List.of("demo-eas", "video"), null,
                null, null, null, false, null, null, null, null);

        keeper.changeProfile(changed);

        ScriptedEcs.Call update = ecs.last();
        assertEquals("modify", update.operation());
        JsonNode profilePatch = ((EESRegistrationPatch) update.body()).document().get("eesProf");
        assertEquals("[\"demo-eas\",\"video\"]", profilePatch.get("easIds").toString());
        assertTrue(profilePatch.get("appLocs").isNull(), "a removed member is deleted with null");
        assertEquals(2, profilePatch.size());
        assertEquals(Duration.ofMinutes(40), time.nextDelay().orElseThrow(), "the update timer starts over");

        keeper.changeProfile(changed);
        assertEquals(2, ecs.calls.size(), "no change, no update");
    }

    @Test
    void aProfileChangeDuringARegistrationFollowsItAtOnce() {
        CompletableFuture<CreatedRegistration> answer = new CompletableFuture<>();
        ecs.thenAnswer(() -> Uni.createFrom().completionStage(answer));
        keeper.start();
        EESProfile changed = new EESProfile(PROFILE.eesId(), PROFILE.endPt(), List.of("video"), null, null,
                PROFILE.appLocs(), null, false, null, null, null, null);

        keeper.changeProfile(changed);
        assertEquals(1, ecs.calls.size(), "one operation at a time");
        EESRegistration sent = (EESRegistration) ecs.last().body();
        answer.complete(new CreatedRegistration("reg-1", sent.withExpTime(time.instant().plus(LIFETIME))));

        assertEquals("modify", ecs.last().operation());
        JsonNode profilePatch = ((EESRegistrationPatch) ecs.last().body()).document().get("eesProf");
        assertEquals("[\"video\"]", profilePatch.get("easIds").toString());
    }

    @Test
    void deregistersOnStop() throws Exception {
        keeper.start();

        keeper.stop(Duration.ofSeconds(5)).toCompletableFuture().get(1, TimeUnit.SECONDS);

        assertEquals("deregister", ecs.last().operation());
        assertEquals("reg-1", ecs.last().registrationId());
        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.DEREGISTERED, status.state());
        assertNull(status.registrationId());
        assertTrue(time.nextDelay().isEmpty(), "no update after stop");
    }

    @Test
    void stopsWithinTheBoundWhenTheEcsDoesNotAnswer() throws Exception {
        keeper.start();
        ecs.thenHang();
        long started = System.nanoTime();

        keeper.stop(Duration.ofMillis(200)).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0);
        RegistrationStatus status = keeper.status();
        assertEquals(KeeperState.DEREGISTERED, status.state());
        assertNotNull(status.lastError());
    }

    @Test
    void stopWaitsForARegistrationInFlightAndDeletesIt() throws Exception {
        CompletableFuture<CreatedRegistration> answer = new CompletableFuture<>();
        ecs.thenAnswer(() -> Uni.createFrom().completionStage(answer));
        keeper.start();

        CompletableFuture<Void> stopped = keeper.stop(Duration.ofSeconds(5)).toCompletableFuture();
        assertFalse(stopped.isDone());
        EESRegistration sent = (EESRegistration) ecs.last().body();
        answer.complete(new CreatedRegistration("reg-9", sent));

        stopped.get(1, TimeUnit.SECONDS);
        assertEquals("deregister", ecs.last().operation());
        assertEquals("reg-9", ecs.last().registrationId());
        assertTrue(time.nextDelay().isEmpty());
    }

    @Test
    void stopWithoutARegistrationCallsNothing() throws Exception {
        ecs.thenFail(EcsFailures.unreachable());
        keeper.start();

        keeper.stop(Duration.ofSeconds(1)).toCompletableFuture().get(1, TimeUnit.SECONDS);

        assertEquals(1, ecs.calls.size());
        assertEquals(KeeperState.DEREGISTERED, keeper.status().state());
        time.advance(Duration.ofMinutes(5));
        assertEquals(1, ecs.calls.size(), "the pending retry was cancelled");
    }

    @Test
    void startsOnce() {
        keeper.start();

        assertThrows(IllegalStateException.class, keeper::start);
    }
}
