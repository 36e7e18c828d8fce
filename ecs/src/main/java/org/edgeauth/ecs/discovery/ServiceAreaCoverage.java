package org.edgeauth.ecs.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.edgeauth.contract.eecs.Ecgi;
import org.edgeauth.contract.eecs.GeographicArea;
import org.edgeauth.contract.eecs.GeographicalServiceArea;
import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.Ncgi;
import org.edgeauth.contract.eecs.NetworkAreaInfo;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.TopologicalServiceArea;

/**
 * Whether an EES's service area covers a UE location (spec-notes.md section 3 profile). The UE is covered when
 * any one of its location elements is: a TAI, NCGI or ECGI listed in the topological service area (or whose PLMN
 * is listed there as a whole), or a point or circle inside one of the geographic areas. An EES that declares no
 * service area covers no location. Civic addresses, RAN node ids and UE polygons are not matched.
 */
public final class ServiceAreaCoverage {

    private ServiceAreaCoverage() {
    }

    public static boolean covers(ServiceArea area, LocationArea5G ue) {
        if (area == null) {
            return false;
        }
        return coversTopologically(area.topServAr(), ue.nwAreaInfo())
                || coversGeographically(area.geoServAr(), ue.geographicAreas());
    }

    private static boolean coversTopologically(TopologicalServiceArea area, NetworkAreaInfo ue) {
        if (area == null || ue == null) {
            return false;
        }
        List<PlmnId> plmns = orEmpty(area.plmnIds());
        return anyListed(ue.tais(), area.tais(), Tai::plmnId, ServiceAreaCoverage::taiKey, plmns)
                || anyListed(ue.ncgis(), area.ncgis(), Ncgi::plmnId, ServiceAreaCoverage::ncgiKey, plmns)
                || anyListed(ue.ecgis(), area.ecgis(), Ecgi::plmnId, ServiceAreaCoverage::ecgiKey, plmns);
    }

    private static <T> boolean anyListed(List<T> ueItems, List<T> areaItems, Function<T, PlmnId> plmn,
            Function<T, String> key, List<PlmnId> areaPlmns) {
        List<String> listed = orEmpty(areaItems).stream().map(key).toList();
        return orEmpty(ueItems).stream()
                .anyMatch(item -> listed.contains(key.apply(item)) || areaPlmns.contains(plmn.apply(item)));
    }

    private static boolean coversGeographically(GeographicalServiceArea area, List<GeographicArea> ueAreas) {
        if (area == null) {
            return false;
        }
        return orEmpty(ueAreas).stream().anyMatch(ueArea -> orEmpty(area.geoArs()).stream()
                .anyMatch(serviceArea -> contains(serviceArea, ueArea)));
    }

    private static boolean contains(GeographicArea serviceArea, GeographicArea ueArea) {
        if (ueArea instanceof Point point) {
            return GeographicContainment.contains(serviceArea, point.point(), 0);
        }
        if (ueArea instanceof PointUncertaintyCircle circle) {
            return GeographicContainment.contains(serviceArea, circle.point(), circle.uncertainty());
        }
        return false;
    }

    // Identities compare with hex digits in either case and an optional NID (TS 29.571 patterns allow both cases).
    private static String taiKey(Tai tai) {
        return key(tai.plmnId(), tai.tac(), tai.nid());
    }

    private static String ncgiKey(Ncgi ncgi) {
        return key(ncgi.plmnId(), ncgi.nrCellId(), ncgi.nid());
    }

    private static String ecgiKey(Ecgi ecgi) {
        return key(ecgi.plmnId(), ecgi.eutraCellId(), ecgi.nid());
    }

    private static String key(PlmnId plmn, String id, String nid) {
        return plmn.mcc() + "-" + plmn.mnc() + "/" + id.toLowerCase(Locale.ROOT) + "/"
                + Objects.toString(nid, "").toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
