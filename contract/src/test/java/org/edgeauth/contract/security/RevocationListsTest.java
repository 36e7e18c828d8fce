package org.edgeauth.contract.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.security.cert.X509Certificate;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RevocationListsTest {

    private static final Path DIR = Path.of("target", "revocation-test");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private DevPki ca;
    private DevPki otherCa;
    private Path crl;
    private X509Certificate alice;
    private X509Certificate bob;
    private X509Certificate carol;

    @BeforeEach
    void pki() {
        ca = DevPki.createFresh(DIR.resolve("ca"), "Revocation Test CA");
        otherCa = DevPki.createFresh(DIR.resolve("other"), "Other Test CA");
        crl = DIR.resolve("ca.crl");
        alice = ca.issue(IdentitySpec.ees("alice", "alice.edge.test", UUID.randomUUID())).certificate();
        bob = ca.issue(IdentitySpec.ees("bob", "bob.edge.test", UUID.randomUUID())).certificate();
        carol = otherCa.issue(IdentitySpec.ees("carol", "carol.edge.test", UUID.randomUUID())).certificate();
    }

    @Test
    void aListedCertificateIsRefusedAndOthersPass() {
        ca.writeCrl(crl, NOW.minusSeconds(3600), NOW.plusSeconds(3600), alice);

        RevocationLists lists = lists(crl);

        assertTrue(lists.refusal(alice).orElseThrow().contains("revoked"));
        assertEquals(Optional.empty(), lists.refusal(bob));
        assertEquals(Optional.empty(), lists.refusal(carol), "no CRL for its CA: not checked");
    }

    @Test
    void aChangedFileIsPickedUpByRefresh() {
        ca.writeCrl(crl, NOW.minusSeconds(3600), NOW.plusSeconds(3600));
        RevocationLists lists = lists(crl);
        assertEquals(Optional.empty(), lists.refusal(bob));

        ca.writeCrl(crl, NOW.minusSeconds(60), NOW.plusSeconds(3600), bob);

        assertTrue(lists.refresh());
        assertTrue(lists.refusal(bob).isPresent());
        assertFalse(lists.refresh(), "unchanged files are not loaded again");
    }

    @Test
    void aCrlSignedByAnotherCaIsNeverTakenAndFailsClosed() {
        DevPki impostor = DevPki.createFresh(DIR.resolve("impostor"), "Revocation Test CA");
        impostor.writeCrl(crl, NOW.minusSeconds(3600), NOW.plusSeconds(3600));

        RevocationLists lists = lists(crl);

        assertTrue(lists.refusal(bob).orElseThrow().contains("unusable"), "same issuer name, wrong key");
        assertTrue(lists.lastFailure().orElseThrow().contains("not signed by a trusted CA"));
    }

    @Test
    void aBrokenUpdateKeepsTheLastGoodList() throws IOException {
        ca.writeCrl(crl, NOW.minusSeconds(3600), NOW.plusSeconds(3600), alice);
        RevocationLists lists = lists(crl);

        Files.writeString(crl, "-----BEGIN X509 CRL-----\nnot a CRL\n-----END X509 CRL-----\n");

        assertFalse(lists.refresh());
        assertTrue(lists.refusal(alice).isPresent(), "still revoked");
        assertEquals(Optional.empty(), lists.refusal(bob), "still admitted");
        assertTrue(lists.lastFailure().isPresent());

        ca.writeCrl(crl, NOW.minusSeconds(60), NOW.plusSeconds(3600), alice);
        lists.refresh();
        assertEquals(Optional.empty(), lists.lastFailure());
    }

    @Test
    void aMissingFileAtStartRefusesEveryClient() {
        RevocationLists lists = lists(DIR.resolve("absent.crl"));

        assertTrue(lists.refusal(carol).orElseThrow().contains("unusable"));
    }

    @Test
    void aCrlPastItsNextUpdateRefusesItsCasCertificates() {
        ca.writeCrl(crl, NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)));

        RevocationLists lists = lists(crl);

        assertTrue(lists.refusal(bob).orElseThrow().contains("expired"));
        assertEquals(Optional.empty(), lists.refusal(carol), "another CA's certificates are unaffected");
    }

    @Test
    void everyCaOfTheBundleCanSignACrl() {
        Path otherCrl = DIR.resolve("other.crl");
        ca.writeCrl(crl, NOW.minusSeconds(3600), NOW.plusSeconds(3600), alice);
        otherCa.writeCrl(otherCrl, NOW.minusSeconds(3600), NOW.plusSeconds(3600), carol);

        RevocationLists lists = new RevocationLists(List.of(crl, otherCrl),
                List.of(ca.dir().resolve("ca.crt"), otherCa.dir().resolve("ca.crt")), CLOCK);

        assertTrue(lists.refusal(alice).isPresent());
        assertTrue(lists.refusal(carol).isPresent());
        assertEquals(Optional.empty(), lists.refusal(bob));
    }

    @Test
    void withoutFilesNothingIsRefused() {
        assertEquals(Optional.empty(), RevocationLists.none().refusal(alice));
    }

    private RevocationLists lists(Path file) {
        return new RevocationLists(List.of(file), List.of(ca.dir().resolve("ca.crt")), CLOCK);
    }
}
