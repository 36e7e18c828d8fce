package org.edgeauth.ecs.discovery;

import static org.edgeauth.ecs.discovery.Profiles.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.EDNConfigInfo;
import org.edgeauth.contract.eecs.EESInfo;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.GeographicalServiceArea;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.TopologicalServiceArea;
import org.edgeauth.ecs.store.StoredRegistration;
import org.junit.jupiter.api.Test;

class EdnConfigAssemblerTest {

    private final EdnConfigAssembler assembler = new EdnConfigAssembler("internet");

    @Test
    void groupsByDnnWithTheEarliestExpiryAsLifetime() {
        StoredRegistration a = stored("a.edge.test", List.of("video"), null,
                List.of(new EdnInfo("ims", List.of("dnai-1")), new EdnInfo("enterprise", List.of("dnai-2"))), null,
                Instant.parse("2030-01-01T12:00:00Z"));
        StoredRegistration b = stored("b.edge.test", List.of("video"), null,
                List.of(new EdnInfo("ims", List.of("dnai-3"))), null, Instant.parse("2030-01-01T11:00:00Z"));
        StoredRegistration plain = stored("c.edge.test", List.of("video"), List.of("dnai-1"), null, null);

        ECSServProvResp response = assembler.assemble(List.of(a, b, plain), Optional.empty());

        List<EDNConfigInfo> groups = response.ednCnfgInfo();
        assertEquals(List.of("enterprise", "ims", "internet"), groups.stream().map(g -> g.ednConInfo().dnn()).toList());
        assertEquals(List.of("a.edge.test"), eesIds(groups.get(0)));
        assertEquals(List.of("a.edge.test", "b.edge.test"), eesIds(groups.get(1)));
        assertEquals(Instant.parse("2030-01-01T11:00:00Z"), groups.get(1).lifeTime());
        assertEquals(List.of("c.edge.test"), eesIds(groups.get(2)));
    }

    @Test
    void withATargetDnaiOnlyTheEdnsReachableThereCount() {
        StoredRegistration a = stored("a.edge.test", List.of("video"), null,
                List.of(new EdnInfo("ims", List.of("dnai-1")), new EdnInfo("enterprise", List.of("dnai-2"))), null);
        StoredRegistration everywhere = stored("b.edge.test", List.of("video"), List.of("dnai-2"),
                List.of(new EdnInfo("ims", List.of("dnai-1")), new EdnInfo("enterprise", List.of("dnai-9"))), null);

        ECSServProvResp response = assembler.assemble(List.of(a, everywhere), Optional.of("dnai-2"));

        assertEquals(List.of("enterprise", "ims"),
                response.ednCnfgInfo().stream().map(g -> g.ednConInfo().dnn()).toList());
        assertEquals(List.of("a.edge.test", "b.edge.test"), eesIds(response.ednCnfgInfo().get(0)));
        assertEquals(List.of("b.edge.test"), eesIds(response.ednCnfgInfo().get(1)));
    }

    @Test
    void mapsTheProfileToEesInfo() {
        Tai tai = new Tai(new PlmnId("001", "01"), "0001", null);
        Point point = new Point(new GeographicalCoordinates(1.0, 2.0));
        ServiceArea area = new ServiceArea(new TopologicalServiceArea(null, null, List.of(tai),
                List.of(new PlmnId("001", "01"))), new GeographicalServiceArea(List.of(point), null));
        StoredRegistration stored = stored("a.edge.test", List.of("video"), List.of("dnai-1"), null, area);

        EESInfo info = assembler.assemble(List.of(stored), Optional.empty()).ednCnfgInfo().get(0).eess().get(0);

        assertEquals("a.edge.test", info.eesId());
        assertEquals("https://a.edge.test:8543", info.endPt().uri());
        assertEquals(List.of("video"), info.easIds());
        assertEquals("ecsp-1", info.ecspInfo());
        assertEquals(List.of("dnai-1"), info.dnais());
        assertEquals(List.of("EEC_INITIATED"), info.eesSvcContSupp());
        assertEquals(true, info.eecRegConf());
        assertEquals(List.of(tai), info.svcArea().nwAreaInfo().tais());
        assertEquals(List.of(point), info.svcArea().geographicAreas());
        assertNull(EesInfos.locationArea(new ServiceArea(new TopologicalServiceArea(null, null, null,
                List.of(new PlmnId("001", "01"))), null)));
    }

    private static List<String> eesIds(EDNConfigInfo group) {
        return group.eess().stream().map(EESInfo::eesId).toList();
    }
}
