package org.edgeauth.ecs.discovery;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.ecs.store.StoredRegistration;

/**
 * Which registered EESs can serve a discovery query (spec-notes.md section 3 profile): those whose profile lists
 * the EAS, other than the requester, reachable at the target DNAI (in {@code appLocs} or an EDN's {@code dnais})
 * and covering the UE location. The candidates come from the store's EAS-id index; the EAS is checked again here
 * so that the rule holds on its own.
 */
public final class TargetEesMatcher {

    private TargetEesMatcher() {
    }

    /** Matching registrations, ordered by EES ID. */
    public static List<StoredRegistration> match(DiscoveryQuery query, Collection<StoredRegistration> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.easIds().contains(query.easId()))
                .filter(candidate -> !candidate.registration().eesProf().eesId().equalsIgnoreCase(query.eesId()))
                .filter(candidate -> query.targetDnai()
                        .map(dnai -> reachableAt(candidate.registration().eesProf(), dnai)).orElse(true))
                .filter(candidate -> query.ueLocation()
                        .map(ue -> ServiceAreaCoverage.covers(candidate.registration().eesProf().svcArea(), ue))
                        .orElse(true))
                .sorted(Comparator.comparing(candidate -> candidate.registration().eesProf().eesId()))
                .toList();
    }

    static boolean reachableAt(EESProfile profile, String dnai) {
        return listedIn(profile.appLocs(), dnai)
                || orEmpty(profile.ednInfoSets()).stream().anyMatch(edn -> listedIn(edn.dnais(), dnai));
    }

    /** The EDNs of a profile in which it is reachable at {@code dnai}: all of them when its appLocs list it. */
    static List<EdnInfo> ednsReachableAt(EESProfile profile, String dnai) {
        if (listedIn(profile.appLocs(), dnai)) {
            return orEmpty(profile.ednInfoSets());
        }
        return orEmpty(profile.ednInfoSets()).stream().filter(edn -> listedIn(edn.dnais(), dnai)).toList();
    }

    private static boolean listedIn(List<String> dnais, String dnai) {
        return dnais != null && dnais.contains(dnai);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
