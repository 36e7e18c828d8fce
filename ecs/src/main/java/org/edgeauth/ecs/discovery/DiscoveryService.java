package org.edgeauth.ecs.discovery;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.config.EcsConfig;
import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.ecs.security.Caller;
import org.edgeauth.ecs.security.ObjectAccess;
import org.edgeauth.ecs.store.RegistrationStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Eecs_TargetEESDiscovery: validate, check the requester speaks for itself, look up by EAS id, match, group. */
@ApplicationScoped
public class DiscoveryService {

    private final RegistrationStore store;
    private final Clock clock;
    private final DiscoveryQueryParser parser;
    private final EdnConfigAssembler assembler;
    private final DiscoveryMetrics metrics;

    DiscoveryService(RegistrationStore store, Clock clock, EcsConfig config, ObjectMapper json, Validator validator,
            DiscoveryMetrics metrics) {
        this.store = store;
        this.clock = clock;
        this.parser = new DiscoveryQueryParser(json, validator);
        this.assembler = new EdnConfigAssembler(config.discovery().defaultDnn());
        this.metrics = metrics;
    }

    public Uni<ECSServProvResp> discover(Caller caller, RawDiscoveryQuery raw) {
        return metrics.timed(Uni.createFrom().deferred(() -> {
            DiscoveryQuery query = parser.parse(raw);
            ObjectAccess.requireOwnEesId(caller, query.eesId());
            return store.findByEasId(query.easId(), clock.instant())
                    .map(candidates -> TargetEesMatcher.match(query, candidates))
                    .map(matches -> {
                        if (matches.isEmpty()) {
                            throw ProblemException.notFound(ProblemCause.NO_MATCHING_EES,
                                    "no registered EES serves " + query.easId() + " for this request");
                        }
                        return assembler.assemble(matches, query.targetDnai());
                    });
        }));
    }
}
