package org.edgeauth.ecs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.NetworkAreaInfo;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.ecs.discovery.DiscoveryQuery;
import org.edgeauth.ecs.discovery.TargetEesMatcher;
import org.edgeauth.ecs.store.StoredRegistration;
import org.junit.jupiter.api.Test;

/** The seed layout that bench/scaling.sh and load-test's DiscoveryScalingSimulation rely on. */
class SyntheticRegistrationsTest {

    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void everyEasIdHasTwentyCandidatesAtEverySize() {
        for (int size : new int[] { 1_000, 10_000 }) {
            List<StoredRegistration> all = all(size);
            int easIds = size / SyntheticRegistrations.PER_EAS;
            for (int j : new int[] { 0, easIds / 2, easIds - 1 }) {
                assertEquals(SyntheticRegistrations.PER_EAS, candidates(all, "eas-" + j).size(), size + " eas-" + j);
            }
        }
    }

    @Test
    void aUeInAnyTrackingAreaFindsOneOrTwoOfTheCandidates() {
        List<StoredRegistration> candidates = candidates(all(1_000), "eas-7");
        for (int area = 0; area < SyntheticRegistrations.PER_EAS; area++) {
            int served = TargetEesMatcher.match(query("eas-7", area), candidates).size();
            assertTrue(served == 1 || served == 2, "tracking area " + area + ": " + served);
        }
    }

    @Test
    void identitiesAreDistinctAndOwnTheirRegistration() {
        List<StoredRegistration> all = all(1_000);
        Set<String> ids = new HashSet<>();
        for (StoredRegistration registration : all) {
            assertTrue(ids.add(registration.id()));
            assertEquals(registration.owner(), registration.registration().eesProf().eesId());
            assertEquals(EXPIRY, registration.registration().expTime());
        }
    }

    @Test
    void trackingAreaCodesAreFourHexDigits() {
        assertEquals("0000", SyntheticRegistrations.tac(0));
        assertEquals("0014", SyntheticRegistrations.tac(20));
    }

    private static List<StoredRegistration> all(int size) {
        SyntheticRegistrations seeds = new SyntheticRegistrations(size, EXPIRY);
        return IntStream.range(0, size).mapToObj(seeds::registration).toList();
    }

    private static List<StoredRegistration> candidates(List<StoredRegistration> all, String easId) {
        return all.stream().filter(r -> r.registration().eesProf().easIds().contains(easId)).toList();
    }

    private static DiscoveryQuery query(String easId, int trackingArea) {
        Tai tai = new Tai(new PlmnId("001", "01"), SyntheticRegistrations.tac(trackingArea), null);
        return new DiscoveryQuery("ees-0001.load.test", easId, Optional.empty(),
                Optional.of(new LocationArea5G(null, null, new NetworkAreaInfo(null, null, null, List.of(tai)))));
    }
}
