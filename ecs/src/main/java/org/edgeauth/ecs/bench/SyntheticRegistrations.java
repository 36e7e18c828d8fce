package org.edgeauth.ecs.bench;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.TopologicalServiceArea;
import org.edgeauth.ecs.store.StoredRegistration;

/**
 * The registrations of {@code count} synthetic EESs for the discovery scaling benchmark (bench/scaling.sh), laid
 * out so that one discovery costs the same at every size and a client can ask questions with known answers:
 * <ul>
 * <li>EES {@code i} serves EAS {@code eas-(i mod E)}, E = count / {@value #PER_EAS}: every EAS id has
 * {@value #PER_EAS} candidate EESs, whatever the size;</li>
 * <li>among the candidates of one EAS id, the k-th ({@code k = i div E}) covers tracking areas k and k+1 (TAC
 * {@code 000k}, PLMN 001-01), so a UE in tracking area r (0..{@value #PER_EAS}-1) is served by one or two of them;
 * </li>
 * <li>owner = the EES ID {@code ees-i.seed.bench.test}: no certificate exists for these identities, so nobody can
 * change or delete them over HTTP.</li>
 * </ul>
 * load-test's DiscoveryScalingSimulation asks {@code eas-j} with a UE in tracking area r, j and r random: keep
 * the two in step.
 */
public final class SyntheticRegistrations {

    static final int PER_EAS = 20;
    private static final PlmnId PLMN = new PlmnId("001", "01");

    private final int count;
    private final int easIds;
    private final Instant expiry;

    public SyntheticRegistrations(int count, Instant expiry) {
        this.count = count;
        this.easIds = Math.max(1, count / PER_EAS);
        this.expiry = expiry;
    }

    public int count() {
        return count;
    }

    public StoredRegistration registration(int i) {
        String eesId = "ees-" + i + ".seed.bench.test";
        int k = i / easIds;
        ServiceArea area = new ServiceArea(new TopologicalServiceArea(null, null,
                List.of(new Tai(PLMN, tac(k), null), new Tai(PLMN, tac(k + 1), null)), null), null);
        EESProfile profile = new EESProfile(eesId, EndPoint.ofUri("https://" + eesId + ":8543"),
                List.of("eas-" + i % easIds), "ecsp-" + i % 3, area, List.of("dnai-" + i % 16),
                List.of("EEC_INITIATED"), false, null, null, null, null);
        return new StoredRegistration(UUID.nameUUIDFromBytes(eesId.getBytes()).toString(), eesId,
                new EESRegistration(profile, expiry, null));
    }

    /** Tracking area codes are 4 hex digits. */
    static String tac(int area) {
        return HexFormat.of().toHexDigits((short) area);
    }
}
