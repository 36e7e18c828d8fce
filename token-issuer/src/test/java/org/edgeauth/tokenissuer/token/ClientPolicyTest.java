package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;
import org.junit.jupiter.api.Test;

class ClientPolicyTest {

    private static final String REGISTRATION = "eecs-eesregistration";
    private static final String DISCOVERY = "eecs-targeteesdiscovery";

    private final ClientPolicy policy = new ClientPolicy(List.of(
            entry("all-ees", "*.edge.test", Set.of(REGISTRATION, DISCOVERY), Set.of("ECS")),
            entry("restricted", "ees-9.edge.test", Set.of(REGISTRATION), Set.of("ECS")),
            entry("load", "*.load.edge.test", Set.of(DISCOVERY), Set.of("ECS", "EES"))));

    @Test
    void grantsTheRequestedScopesForTheDefaultTarget() {
        Grant grant = policy.authorize(client("ees-1.edge.test"), request(List.of(REGISTRATION, DISCOVERY)));

        assertEquals(List.of(REGISTRATION, DISCOVERY), grant.scopes());
        assertEquals("ECS", grant.targetNfType());
        assertEquals(Optional.empty(), grant.targetNfInstanceId());
    }

    @Test
    void carriesANamedTargetInstanceIntoTheGrant() {
        UUID ecs = UUID.randomUUID();
        TokenRequest request = new TokenRequest(UUID.randomUUID(), List.of(REGISTRATION), Optional.of("EES"),
                Optional.of("ECS"), Optional.of(ecs), Optional.empty());

        assertEquals(Optional.of(ecs), policy.authorize(client("ees-1.edge.test"), request).targetNfInstanceId());
    }

    @Test
    void theMostSpecificEntryDecidesAlone() {
        assertEquals("restricted", policy.entryFor("ees-9.edge.test").orElseThrow().name());
        assertEquals("load", policy.entryFor("x.load.edge.test").orElseThrow().name());
        assertRefused(OAuthError.INVALID_SCOPE, client("ees-9.edge.test"), request(List.of(DISCOVERY)));
        assertRefused(OAuthError.INVALID_SCOPE, client("x.load.edge.test"), request(List.of(REGISTRATION)));
    }

    @Test
    void deniesClientsNoEntryAdmits() {
        assertRefused(OAuthError.INVALID_CLIENT, client("ees-1.other.test"), request(List.of(REGISTRATION)));
        assertRefused(OAuthError.INVALID_CLIENT, client("a.b.c.edge.test"), request(List.of(REGISTRATION)));
        assertRefused(OAuthError.INVALID_CLIENT,
                new CertificateIdentity(UUID.randomUUID(), Optional.empty(), List.of("localhost"), "t"),
                request(List.of(REGISTRATION)));
        assertRefused(OAuthError.INVALID_CLIENT, client("ees-1.edge.test"), request(List.of(REGISTRATION)),
                new ClientPolicy(List.of()));
    }

    @Test
    void refusesAnNfTypeOtherThanTheEntrys() {
        TokenRequest asAmf = new TokenRequest(UUID.randomUUID(), List.of(REGISTRATION), Optional.of("AMF"),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertRefused(OAuthError.INVALID_CLIENT, client("ees-1.edge.test"), asAmf);
    }

    @Test
    void refusesTargetsTheEntryDoesNotAllowAsUnauthorizedClient() {
        TokenRequest forEes = new TokenRequest(UUID.randomUUID(), List.of(DISCOVERY), Optional.empty(),
                Optional.of("EES"), Optional.empty(), Optional.empty());

        assertRefused(OAuthError.UNAUTHORIZED_CLIENT, client("ees-1.edge.test"), forEes);
        assertEquals("EES", policy.authorize(client("x.load.edge.test"), forEes).targetNfType());
    }

    @Test
    void refusesTheWholeRequestWhenOneScopeIsNotAllowed() {
        assertRefused(OAuthError.INVALID_SCOPE, client("ees-9.edge.test"), request(List.of(REGISTRATION, DISCOVERY)));
        assertRefused(OAuthError.INVALID_SCOPE, client("ees-1.edge.test"), request(List.of("nnrf-disc")));
    }

    @Test
    void listsEveryGrantableScopeOnce() {
        assertEquals(List.of(REGISTRATION, DISCOVERY), List.copyOf(policy.grantableScopes()));
    }

    @Test
    void rejectsEntriesThatCouldNeverGrantOrHoldMalformedScopes() {
        assertThrows(IllegalArgumentException.class, () -> entry("empty", "*.edge.test", Set.of(), Set.of("ECS")));
        assertThrows(IllegalArgumentException.class, () -> entry("bad", "*.edge.test", Set.of("a b"), Set.of("ECS")));
        assertThrows(IllegalArgumentException.class, () -> entry("no-target", "*.edge.test", Set.of(REGISTRATION), Set.of()));
    }

    private void assertRefused(OAuthError error, CertificateIdentity client, TokenRequest request) {
        assertRefused(error, client, request, policy);
    }

    private static void assertRefused(OAuthError error, CertificateIdentity client, TokenRequest request,
            ClientPolicy policy) {
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> policy.authorize(client, request));
        assertEquals(error, refusal.error());
        assertEquals(400, refusal.status());
    }

    private static PolicyEntry entry(String name, String identity, Set<String> scopes, Set<String> targets) {
        return new PolicyEntry(name, List.of(IdentityPattern.parse(identity)), "EES", scopes, targets);
    }

    private static CertificateIdentity client(String eesId) {
        return new CertificateIdentity(UUID.randomUUID(), Optional.of(eesId), List.of(eesId), "thumbprint");
    }

    private static TokenRequest request(List<String> scopes) {
        return new TokenRequest(UUID.randomUUID(), scopes, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
