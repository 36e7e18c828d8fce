package org.edgeauth.ecs.discovery;

import java.time.Instant;
import java.util.List;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.ecs.store.StoredRegistration;

/** Stored registrations for the discovery unit tests. */
final class Profiles {

    static final Instant EXPIRY = Instant.parse("2030-01-01T12:00:00Z");

    private Profiles() {
    }

    static StoredRegistration stored(String eesId, List<String> easIds, List<String> appLocs, List<EdnInfo> edns,
            ServiceArea area) {
        return stored(eesId, easIds, appLocs, edns, area, EXPIRY);
    }

    static StoredRegistration stored(String eesId, List<String> easIds, List<String> appLocs, List<EdnInfo> edns,
            ServiceArea area, Instant expiry) {
        EESProfile profile = new EESProfile(eesId, EndPoint.ofUri("https://" + eesId + ":8543"), easIds, "ecsp-1",
                area, appLocs, List.of("EEC_INITIATED"), true, edns, null, null, null);
        return new StoredRegistration("id-" + eesId, eesId, new EESRegistration(profile, expiry, null));
    }
}
