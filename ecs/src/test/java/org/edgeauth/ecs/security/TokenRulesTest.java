package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.Scopes;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final String ISSUER = "issuer-instance";
    private static final String ECS_ID = UUID.randomUUID().toString();
    private static final UUID EES = UUID.randomUUID();
    private static final CertificateIdentity CERTIFICATE = new CertificateIdentity(EES, Optional.of("ees-1.edge.test"),
            List.of("ees-1.edge.test"), "thumb-of-the-presented-certificate");

    private final TokenRules rules = new TokenRules(Set.of(ISSUER, "second-issuer"), Set.of("ECS", ECS_ID), true);

    @Test
    void acceptsABoundTokenWithTheApisScope() {
        assertDoesNotThrow(() -> rules.check(token(), CERTIFICATE, EdgeApi.REGISTRATION));
        assertDoesNotThrow(() -> rules.check(token(), CERTIFICATE, EdgeApi.DISCOVERY));
    }

    @Test
    void acceptsAnyTrustedIssuerAndThisEcsAsAudience() {
        VerifiedToken token = new VerifiedToken("jti-1", "second-issuer", EES.toString(), Set.of(ECS_ID),
                Set.of(Scopes.EES_REGISTRATION), Optional.of(CERTIFICATE.thumbprint()));

        assertDoesNotThrow(() -> rules.check(token, CERTIFICATE, EdgeApi.REGISTRATION));
    }

    @Test
    void refusesUntrustedIssuer() {
        assertDenied(Denial.UNTRUSTED_ISSUER, new VerifiedToken("jti-1", "someone", EES.toString(), Set.of("ECS"),
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
        assertDenied(Denial.UNTRUSTED_ISSUER, new VerifiedToken("jti-1", null, EES.toString(), Set.of("ECS"),
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
    }

    @Test
    void refusesOtherAudiences() {
        assertDenied(Denial.TOKEN_INVALID, new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("EES", "another-ecs"),
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
        assertDenied(Denial.TOKEN_INVALID, new VerifiedToken("jti-1", ISSUER, EES.toString(), null,
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
    }

    @Test
    void refusesATokenWithoutTheApisScope() {
        VerifiedToken registrationOnly = new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("ECS"),
                Set.of(Scopes.EES_REGISTRATION), Optional.of(CERTIFICATE.thumbprint()));

        AccessDeniedException denied = assertDenied(Denial.INSUFFICIENT_SCOPE, registrationOnly, EdgeApi.DISCOVERY);
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"eecs-targeteesdiscovery\"", denied.challenge());
    }

    @Test
    void refusesATokenIssuedToAnotherInstance() {
        assertDenied(Denial.TOKEN_NOT_BOUND, new VerifiedToken("jti-1", ISSUER, UUID.randomUUID().toString(), Set.of("ECS"),
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
        assertDenied(Denial.TOKEN_NOT_BOUND, new VerifiedToken("jti-1", ISSUER, null, Set.of("ECS"),
                Scopes.ALL, Optional.of(CERTIFICATE.thumbprint())), EdgeApi.REGISTRATION);
    }

    @Test
    void refusesATokenBoundToAnotherCertificate() {
        assertDenied(Denial.TOKEN_NOT_BOUND, new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("ECS"),
                Scopes.ALL, Optional.of("thumb-of-another-certificate")), EdgeApi.REGISTRATION);
    }

    @Test
    void confirmationIsRequiredByDefaultAndStillCheckedWhenOptional() {
        VerifiedToken unbound = new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("ECS"), Scopes.ALL, Optional.empty());
        TokenRules lenient = new TokenRules(Set.of(ISSUER), Set.of("ECS"), false);

        assertDenied(Denial.TOKEN_NOT_BOUND, unbound, EdgeApi.REGISTRATION);
        assertDoesNotThrow(() -> lenient.check(unbound, CERTIFICATE, EdgeApi.REGISTRATION));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> lenient.check(
                new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("ECS"), Scopes.ALL, Optional.of("other")),
                CERTIFICATE, EdgeApi.REGISTRATION));
        assertEquals(Denial.TOKEN_NOT_BOUND, denied.denial());
    }

    @Test
    void checksRunInSpecOrder() {
        VerifiedToken everythingWrong = new VerifiedToken("jti-1", "someone", "someone-else", Set.of("EES"), Set.of(),
                Optional.of("other"));

        assertDenied(Denial.UNTRUSTED_ISSUER, everythingWrong, EdgeApi.REGISTRATION);
    }

    private static VerifiedToken token() {
        return new VerifiedToken("jti-1", ISSUER, EES.toString(), Set.of("ECS"), Scopes.ALL,
                Optional.of(CERTIFICATE.thumbprint()));
    }

    private AccessDeniedException assertDenied(Denial expected, VerifiedToken token, EdgeApi api) {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> rules.check(token, CERTIFICATE, api));
        assertEquals(expected, denied.denial());
        return denied;
    }
}
