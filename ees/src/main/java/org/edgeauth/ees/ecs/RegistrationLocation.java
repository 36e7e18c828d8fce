package org.edgeauth.ees.ecs;

import java.net.URI;

import org.edgeauth.contract.eecs.EesRegistrationApi;

/**
 * The registration id in the {@code Location} of a created registration:
 * {@code {apiRoot}/eecs-eesregistration/v1/registrations/{registrationId}} (TS 29.558; apiRoot may have a path).
 */
final class RegistrationLocation {

    private static final String MARKER = EesRegistrationApi.REGISTRATIONS + "/";

    private RegistrationLocation() {
    }

    static String registrationId(URI location) {
        if (location == null) {
            throw EcsUnavailableException.noAnswer("ECS created a registration without a Location header", null);
        }
        String path = location.getPath() == null ? "" : location.getPath();
        int at = path.lastIndexOf(MARKER);
        String id = at < 0 ? "" : path.substring(at + MARKER.length());
        if (id.isEmpty() || id.contains("/")) {
            throw EcsUnavailableException.noAnswer("ECS answered with a Location that names no registration: "
                    + location, null);
        }
        return id;
    }
}
