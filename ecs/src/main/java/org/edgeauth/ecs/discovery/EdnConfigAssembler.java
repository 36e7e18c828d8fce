package org.edgeauth.ecs.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.EDNConInfo;
import org.edgeauth.contract.eecs.EDNConfigInfo;
import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.ecs.store.StoredRegistration;

/**
 * Groups matching EESs into one EDNConfigInfo per DNN (TS 24.558 ECSServProvResp). An EES appears under every DNN
 * of its {@code ednInfoSets} (only those reachable at the target DNAI, when one was asked for), or under the
 * configured default DNN when it lists none. Each group's {@code lifeTime} is the earliest expiry among its EESs:
 * after that, the answer may be stale.
 */
public final class EdnConfigAssembler {

    private final String defaultDnn;

    public EdnConfigAssembler(String defaultDnn) {
        this.defaultDnn = defaultDnn;
    }

    public ECSServProvResp assemble(List<StoredRegistration> matches, Optional<String> targetDnai) {
        Map<String, List<StoredRegistration>> byDnn = new TreeMap<>();
        for (StoredRegistration match : matches) {
            for (String dnn : dnns(match.registration().eesProf(), targetDnai)) {
                byDnn.computeIfAbsent(dnn, key -> new ArrayList<>()).add(match);
            }
        }
        List<EDNConfigInfo> groups = byDnn.entrySet().stream()
                .map(group -> new EDNConfigInfo(new EDNConInfo(group.getKey(), null, null),
                        group.getValue().stream().map(match -> EesInfos.of(match.registration().eesProf())).toList(),
                        group.getValue().stream().map(StoredRegistration::expiresAt)
                                .min(Comparator.naturalOrder()).orElseThrow()))
                .toList();
        return new ECSServProvResp(groups);
    }

    private List<String> dnns(EESProfile profile, Optional<String> targetDnai) {
        if (profile.ednInfoSets() == null) {
            return List.of(defaultDnn);
        }
        List<EdnInfo> edns = targetDnai.map(dnai -> TargetEesMatcher.ednsReachableAt(profile, dnai))
                .orElse(profile.ednInfoSets());
        return edns.stream().map(EdnInfo::dnn).distinct().toList();
    }
}
