package org.edgeauth.ecs.discovery;

import static org.edgeauth.ecs.discovery.Profiles.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.NetworkAreaInfo;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.TopologicalServiceArea;
import org.edgeauth.ecs.store.StoredRegistration;
import org.junit.jupiter.api.Test;

class TargetEesMatcherTest {

    private static final Tai TAI = new Tai(new PlmnId("001", "01"), "0001", null);
    private static final ServiceArea AREA = new ServiceArea(new TopologicalServiceArea(null, null, List.of(TAI), null),
            null);

    private final StoredRegistration source = stored("source.edge.test", List.of("video"), List.of("dnai-1"), null, AREA);
    private final StoredRegistration byAppLoc = stored("b.edge.test", List.of("video"), List.of("dnai-1"), null, null);
    private final StoredRegistration byEdn = stored("a.edge.test", List.of("video", "maps"), null,
            List.of(new EdnInfo("internet", List.of("dnai-2"))), AREA);
    private final StoredRegistration otherApp = stored("c.edge.test", List.of("maps"), List.of("dnai-1"), null, AREA);
    private final List<StoredRegistration> all = List.of(source, byAppLoc, byEdn, otherApp);

    @Test
    void keepsEessServingTheEasOtherThanTheRequesterOrderedByEesId() {
        assertEquals(List.of(byEdn, byAppLoc), TargetEesMatcher.match(query(null, null), all));
    }

    @Test
    void requesterIsExcludedWhateverTheCaseOfItsEesId() {
        DiscoveryQuery query = new DiscoveryQuery("SOURCE.edge.test", "video", Optional.empty(), Optional.empty());

        assertEquals(List.of(byEdn, byAppLoc), TargetEesMatcher.match(query, all));
    }

    @Test
    void targetDnaiMatchesAppLocsOrEdnDnais() {
        assertEquals(List.of(byAppLoc), TargetEesMatcher.match(query("dnai-1", null), all));
        assertEquals(List.of(byEdn), TargetEesMatcher.match(query("dnai-2", null), all));
        assertEquals(List.of(), TargetEesMatcher.match(query("dnai-3", null), all));
    }

    @Test
    void ueLocationMustBeCovered() {
        LocationArea5G inTai = new LocationArea5G(null, null, new NetworkAreaInfo(null, null, null, List.of(TAI)));
        LocationArea5G elsewhere = new LocationArea5G(List.of(new Point(new GeographicalCoordinates(0.0, 0.0))), null, null);

        assertEquals(List.of(byEdn), TargetEesMatcher.match(query(null, inTai), all));
        assertEquals(List.of(), TargetEesMatcher.match(query(null, elsewhere), all));
    }

    @Test
    void aCandidateNotListingTheEasIsDroppedEvenIfOffered() {
        assertEquals(List.of(), TargetEesMatcher.match(query(null, null), List.of(otherApp)));
    }

    private static DiscoveryQuery query(String dnai, LocationArea5G location) {
        return new DiscoveryQuery("source.edge.test", "video", Optional.ofNullable(dnai), Optional.ofNullable(location));
    }
}
