package org.edgeauth.contract.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class JsseProfileSettingsTest {

    @Test
    void setsTheProfile() {
        Properties properties = new Properties();

        JsseProfileSettings.apply(properties);

        assertEquals("true", properties.getProperty("jdk.tls.rejectClientInitiatedRenegotiation"));
        assertEquals("x25519,secp256r1,secp384r1", properties.getProperty("jdk.tls.namedGroups"));
    }

    @Test
    void aValueFromTheCommandLineWins() {
        Properties properties = new Properties();
        properties.setProperty("jdk.tls.namedGroups", "secp384r1");

        JsseProfileSettings.apply(properties);

        assertEquals("secp384r1", properties.getProperty("jdk.tls.namedGroups"));
        assertEquals("true", properties.getProperty("jdk.tls.rejectClientInitiatedRenegotiation"));
    }
}
