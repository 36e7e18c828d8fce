package org.edgeauth.ees.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.eecs.GeographicArea;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.GeographicalServiceArea;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Polygon;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.TopologicalServiceArea;
import org.edgeauth.ees.config.EesConfig.EndPointConfig;
import org.edgeauth.ees.config.EesConfig.GeoAreaConfig;
import org.edgeauth.ees.config.EesConfig.ProfileConfig;
import org.edgeauth.ees.config.EesConfig.ServiceAreaConfig;

/**
 * Turns the {@code edgeauth.ees.profile.*} configuration into the TS 29.558 EESProfile sent to the ECS. Absent
 * settings stay absent on the wire (the ECS treats an empty list and a missing one differently: min 1 item).
 */
public final class ConfiguredProfile {

    private static final String PREFIX = "edgeauth.ees.profile.";

    private ConfiguredProfile() {
    }

    /** @throws IllegalArgumentException naming the configuration key that cannot be read */
    public static EESProfile of(ProfileConfig config) {
        return new EESProfile(config.eesId(), endPoint(config.endPoint()), list(config.easIds()),
                config.provId().orElse(null), serviceArea(config.svcArea()), list(config.appLocs()),
                list(config.svcContSupp()), config.eecRegConf(), ednInfoSets(config), null, null, null);
    }

    private static EndPoint endPoint(EndPointConfig config) {
        return new EndPoint(config.uri().orElse(null), config.fqdn().orElse(null), list(config.ipv4Addrs()),
                list(config.ipv6Addrs()));
    }

    private static List<EdnInfo> ednInfoSets(ProfileConfig config) {
        List<EdnInfo> sets = new TreeMap<>(config.ednInfoSets()).values().stream()
                .map(edn -> new EdnInfo(edn.dnn(), list(edn.dnais())))
                .toList();
        return sets.isEmpty() ? null : sets;
    }

    private static ServiceArea serviceArea(ServiceAreaConfig config) {
        TopologicalServiceArea topological = new TopologicalServiceArea(
                parsed(config.ecgis(), AreaNotation::ecgi, "svc-area.ecgis"),
                parsed(config.ncgis(), AreaNotation::ncgi, "svc-area.ncgis"),
                parsed(config.tais(), AreaNotation::tai, "svc-area.tais"),
                parsed(config.plmnIds(), AreaNotation::plmnId, "svc-area.plmn-ids"));
        List<GeographicArea> geographic = new ArrayList<>();
        // Sorted by name so that the same configuration always gives the same profile (no needless updates).
        new TreeMap<>(config.geoAreas()).forEach((name, area) -> geographic.add(geoArea(name, area)));
        boolean hasTopological = topological.ecgis() != null || topological.ncgis() != null
                || topological.tais() != null || topological.plmnIds() != null;
        if (!hasTopological && geographic.isEmpty()) {
            return null;
        }
        return new ServiceArea(hasTopological ? topological : null,
                geographic.isEmpty() ? null : new GeographicalServiceArea(List.copyOf(geographic), null));
    }

    private static GeographicArea geoArea(String name, GeoAreaConfig area) {
        String key = PREFIX + "svc-area.geo-areas." + name;
        if (area.corners().isPresent()) {
            if (area.lon().isPresent() || area.lat().isPresent() || area.uncertainty().isPresent()) {
                throw new IllegalArgumentException(key + ": give either corners (a polygon) or lon/lat, not both");
            }
            return new Polygon(parsed(area.corners(), AreaNotation::coordinates, "svc-area.geo-areas." + name
                    + ".corners"));
        }
        if (area.lon().isEmpty() || area.lat().isEmpty()) {
            throw new IllegalArgumentException(key + ": a point needs both lon and lat (or give corners)");
        }
        GeographicalCoordinates centre = new GeographicalCoordinates(area.lon().get(), area.lat().get());
        return area.uncertainty().<GeographicArea>map(radius -> new PointUncertaintyCircle(centre, radius))
                .orElseGet(() -> new Point(centre));
    }

    private static <T> List<T> parsed(Optional<List<String>> values, Function<String, T> parser, String key) {
        if (values.isEmpty() || values.get().isEmpty()) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (String value : values.get()) {
            try {
                parsed.add(parser.apply(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + key + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(parsed);
    }

    private static List<String> list(Optional<List<String>> values) {
        return values.filter(list -> !list.isEmpty()).map(List::copyOf).orElse(null);
    }
}
