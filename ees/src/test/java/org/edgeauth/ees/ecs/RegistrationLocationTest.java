package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class RegistrationLocationTest {

    @Test
    void readsTheIdFromTheLastPathSegment() {
        assertEquals("1b4e28ba-2fa1-11d2-883f-0016d3cca427", RegistrationLocation.registrationId(URI.create(
                "https://ecs:8443/eecs-eesregistration/v1/registrations/1b4e28ba-2fa1-11d2-883f-0016d3cca427")));
    }

    @Test
    void allowsAnApiRootWithAPath() {
        assertEquals("r1", RegistrationLocation.registrationId(
                URI.create("https://gw.example/edge/ecs/eecs-eesregistration/v1/registrations/r1")));
    }

    @Test
    void refusesLocationsThatNameNoRegistration() {
        assertThrows(EcsUnavailableException.class, () -> RegistrationLocation.registrationId(null));
        assertThrows(EcsUnavailableException.class, () -> RegistrationLocation.registrationId(
                URI.create("https://ecs:8443/eecs-eesregistration/v1/registrations/")));
        assertThrows(EcsUnavailableException.class, () -> RegistrationLocation.registrationId(
                URI.create("https://ecs:8443/somewhere/else")));
        assertThrows(EcsUnavailableException.class, () -> RegistrationLocation.registrationId(
                URI.create("https://ecs:8443/eecs-eesregistration/v1/registrations/r1/extra")));
    }
}
