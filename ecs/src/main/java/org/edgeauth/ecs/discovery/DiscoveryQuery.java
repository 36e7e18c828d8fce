package org.edgeauth.ecs.discovery;

import java.util.Optional;

import org.edgeauth.contract.eecs.LocationArea5G;

/**
 * A validated target-EES discovery request: what matching uses. The other parameters of the API (ue-id and the
 * Rel-18 ones) are validated and accepted but do not narrow the answer: the ECS holds no per-UE, bundle or
 * ACR-capability data to filter on.
 *
 * @param eesId      the requesting (source) EES, excluded from the answer
 * @param easId      the application the target EESs must serve
 * @param targetDnai DNAI the target EES must be reachable at
 * @param ueLocation where the UE is; target EESs must cover it
 */
public record DiscoveryQuery(String eesId, String easId, Optional<String> targetDnai,
        Optional<LocationArea5G> ueLocation) {
}
