package org.edgeauth.ecs.discovery;

import org.edgeauth.contract.eecs.EESInfo;
import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.GeographicalServiceArea;
import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.NetworkAreaInfo;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.TopologicalServiceArea;

/** How a stored EESProfile is reported to a source EES (spec-notes.md section 3 mapping). */
public final class EesInfos {

    private EesInfos() {
    }

    public static EESInfo of(EESProfile profile) {
        return new EESInfo(profile.eesId(), profile.endPt(), profile.easIds(), profile.provId(),
                locationArea(profile.svcArea()), profile.appLocs(), profile.svcContSupp(), profile.eecRegConf(),
                profile.easInstInfo(), null);
    }

    /**
     * EESInfo carries the service area as a LocationArea5G: cells and tracking areas become its network area,
     * geographic areas and civic addresses carry over. A PLMN-wide area has no LocationArea5G form and is left out.
     */
    static LocationArea5G locationArea(ServiceArea area) {
        if (area == null) {
            return null;
        }
        TopologicalServiceArea top = area.topServAr();
        NetworkAreaInfo network = top == null || (top.ecgis() == null && top.ncgis() == null && top.tais() == null)
                ? null
                : new NetworkAreaInfo(top.ecgis(), top.ncgis(), null, top.tais());
        GeographicalServiceArea geo = area.geoServAr();
        if (network == null && geo == null) {
            return null;
        }
        return new LocationArea5G(geo == null ? null : geo.geoArs(), geo == null ? null : geo.civicAddrs(), network);
    }
}
