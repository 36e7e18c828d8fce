package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EdgeApiTest {

    @Test
    void classifiesByBasePath() {
        assertEquals(Optional.of(EdgeApi.REGISTRATION), EdgeApi.ofPath("/eecs-eesregistration/v1/registrations"));
        assertEquals(Optional.of(EdgeApi.REGISTRATION), EdgeApi.ofPath("/eecs-eesregistration/v1/registrations/x"));
        assertEquals(Optional.of(EdgeApi.DISCOVERY), EdgeApi.ofPath("/eecs-targeteesdiscovery/v1/ees-profiles"));
    }

    @Test
    void anythingElseIsNoApi() {
        assertEquals(Optional.empty(), EdgeApi.ofPath("/"));
        assertEquals(Optional.empty(), EdgeApi.ofPath("/eecs-eesregistration/v2/registrations"));
        assertEquals(Optional.empty(), EdgeApi.ofPath("/eecs-eesregistration/v1x/registrations"));
        assertEquals(Optional.empty(), EdgeApi.ofPath("/q/health"));
    }
}
