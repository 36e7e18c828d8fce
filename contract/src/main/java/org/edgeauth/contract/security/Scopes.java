package org.edgeauth.contract.security;

import java.util.Set;

/** OAuth scope names of the EDGE-6 APIs (EdgeAuth profile: the service name, as NRF scopes are). */
public final class Scopes {

    public static final String EES_REGISTRATION = "eecs-eesregistration";
    public static final String TARGET_EES_DISCOVERY = "eecs-targeteesdiscovery";
    public static final Set<String> ALL = Set.of(EES_REGISTRATION, TARGET_EES_DISCOVERY);

    private Scopes() {
    }
}
