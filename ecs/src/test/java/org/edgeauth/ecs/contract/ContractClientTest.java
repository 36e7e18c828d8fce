package org.edgeauth.ecs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The contract/ JAX-RS interfaces used the way the EES uses them: as Quarkus REST clients, over mutual TLS with a
 * bound token, against this ECS. Proves paths, media types (merge patch included), status codes and the
 * ProblemDetails body all line up on both sides.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class ContractClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void eesLifecycleThroughTheContractInterfaces() {
        EesClient ees = EesClient.newEes("client");
        EesRegistrationApi registrations = client(ees, EesRegistrationApi.class);
        String easId = TestPki.unique("app");
        EESProfile profile = new EESProfile(ees.eesId(), EndPoint.ofUri("https://" + ees.eesId() + ":8543"),
                List.of(easId), null, null, List.of("dnai-1"), null, false, null, null, null, null);

        RestResponse<EESRegistration> created = registrations.create(new EESRegistration(profile, null, null))
                .await().atMost(WAIT);
        assertEquals(201, created.getStatus());
        String location = created.getLocation().toString();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(ees.eesId(), created.getEntity().eesProf().eesId());

        assertEquals(List.of(easId), registrations.read(id).await().atMost(WAIT).eesProf().easIds());

        Instant refreshed = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(refreshed, registrations.modify(id, EESRegistrationPatch.expTime(refreshed)).await().atMost(WAIT)
                .expTime());

        EesClient peer = EesClient.newEes("peer");
        ECSServProvResp found = client(peer, TargetEesDiscoveryApi.class).getEesProfiles(peer.eesId(), easId,
                "dnai-1", null, null, null, null, null, null, null, null).await().atMost(WAIT);
        assertEquals(ees.eesId(), found.ednCnfgInfo().get(0).eess().get(0).eesId());

        registrations.delete(id).await().atMost(WAIT);
        WebApplicationException gone = assertThrows(WebApplicationException.class,
                () -> registrations.read(id).await().atMost(WAIT));
        assertEquals(404, gone.getResponse().getStatus());
        ProblemDetails problem = gone.getResponse().readEntity(ProblemDetails.class);
        assertEquals("REGISTRATION_NOT_FOUND", problem.cause());
        assertTrue(problem.detail().contains(id));
    }

    private static <T> T client(EesClient ees, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(EesClient.baseUri()))
                .keyStore(TlsContexts.keyStore(ees.identity()), new String(TlsContexts.PASSWORD))
                .trustStore(TlsContexts.trustStore(TestPki.CA))
                .register((ClientRequestFilter) request -> request.getHeaders()
                        .putSingle("Authorization", "Bearer " + ees.token().sign()))
                .build(api);
    }
}
