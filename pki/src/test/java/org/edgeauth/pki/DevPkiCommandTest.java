package org.edgeauth.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileTheServicesExpect() throws Exception {
        assertTrue(DevPkiCommand.makeStandardIdentities(dir, false));

        for (String name : List.of("token-issuer", "ecs", "ees-1", "ees-2")) {
            for (String ext : List.of(".crt", ".key", ".p12")) {
                assertTrue(Files.exists(dir.resolve(name + ext)), name + ext);
            }
            KeyStore p12 = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(dir.resolve(name + ".p12"))) {
                p12.load(in, "changeit".toCharArray());
            }
            X509Certificate leaf = (X509Certificate) p12.getCertificate(name);
            leaf.verify(DevPki.readCertificate(dir.resolve("ca.crt")).getPublicKey());
        }
        assertTrue(Files.exists(dir.resolve("issuer-signing.key")));
        List<Map<String, Object>> index = IdentityIndex.read(dir.resolve("identities.json"));
        assertEquals(4, index.size());
        assertEquals("ees-1.edge.test", index.get(2).get("eesId"));
        assertFalse(index.get(0).containsKey("eesId"));
        assertTrue(Files.readString(dir.resolve("instance-ids.env")).contains("EES_1_INSTANCE_ID=" + index.get(2).get("instanceId")));
    }

    @Test
    void eesCertificateFollowsTheSanAndUsageProfile() throws Exception {
        DevPkiCommand.makeStandardIdentities(dir, false);
        X509Certificate ees = DevPki.readCertificate(dir.resolve("ees-1.crt"));
        String instanceId = (String) IdentityIndex.read(dir.resolve("identities.json")).get(2).get("instanceId");

        assertTrue(ees.getSubjectAlternativeNames().contains(List.of(6, "urn:uuid:" + instanceId)));
        assertTrue(ees.getSubjectAlternativeNames().contains(List.of(2, "ees-1.edge.test")));
        assertTrue(ees.getSubjectAlternativeNames().contains(List.of(2, "localhost")));
        assertEquals(List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"), ees.getExtendedKeyUsage());
        assertTrue(ees.getKeyUsage()[0], "digitalSignature");
        assertEquals(-1, ees.getBasicConstraints());
        assertEquals("EC", ees.getPublicKey().getAlgorithm());

        X509Certificate issuer = DevPki.readCertificate(dir.resolve("token-issuer.crt"));
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), issuer.getExtendedKeyUsage());
    }

    @Test
    void keepsExistingMaterialUnlessForced() throws Exception {
        DevPkiCommand.makeStandardIdentities(dir, false);
        byte[] ca = Files.readAllBytes(dir.resolve("ca.crt"));

        assertFalse(DevPkiCommand.makeStandardIdentities(dir, false));
        assertArrayEquals(ca, Files.readAllBytes(dir.resolve("ca.crt")));

        assertTrue(DevPkiCommand.makeStandardIdentities(dir, true));
        assertNotEquals(new String(ca), Files.readString(dir.resolve("ca.crt")));
    }

    @Test
    void makesManyLoadIdentitiesUnderTheSameCa() throws Exception {
        assertEquals(20, DevPkiCommand.makeLoadIdentities(dir, 20, false));
        assertEquals(0, DevPkiCommand.makeLoadIdentities(dir, 20, false));

        List<Map<String, Object>> index = IdentityIndex.read(dir.resolve("load/identities.json"));
        assertEquals(20, index.size());
        assertEquals("ees-0001", index.get(0).get("name"));
        assertEquals("ees-0020.load.edge.test", index.get(19).get("eesId"));
        DevPki.readCertificate(dir.resolve("load/ees-0007.crt"))
                .verify(DevPki.readCertificate(dir.resolve("ca.crt")).getPublicKey());
    }
}
