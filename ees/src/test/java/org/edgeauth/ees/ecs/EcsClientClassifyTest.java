package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.ConnectException;

import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.client.OidcClientException;

/** Whatever the REST stack throws is reported as one of the two EcsExceptions. */
class EcsClientClassifyTest {

    @Test
    void keepsAnEcsAnswer() {
        EcsRejectedException rejected = EcsFailures.registrationNotFound();

        assertSame(rejected, EcsClient.classify(rejected));
        assertSame(rejected, EcsClient.classify(new ProcessingException(rejected)));
    }

    @Test
    void aTokenFailureIsTokenUnavailable() {
        EcsException failure = EcsClient.classify(new ProcessingException(new OidcClientException("issuer down")));

        assertEquals(EcsUnavailableException.TOKEN_UNAVAILABLE, failure.cause().orElseThrow());
        assertEquals(0, failure.status());
    }

    @Test
    void anythingElseIsEcsUnavailableWithTheRootCause() {
        EcsException failure = EcsClient.classify(
                new ProcessingException(new ConnectException("Connection refused: localhost/127.0.0.1:8443")));

        assertEquals(EcsUnavailableException.ECS_UNAVAILABLE, failure.cause().orElseThrow());
        assertEquals("ECS unreachable: Connection refused: localhost/127.0.0.1:8443", failure.getMessage());
    }
}
