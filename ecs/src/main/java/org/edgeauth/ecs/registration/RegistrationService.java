package org.edgeauth.ecs.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.config.EcsConfig;
import org.edgeauth.ecs.http.InvalidParams;
import org.edgeauth.ecs.registration.RegistrationMetrics.Operation;
import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.ecs.security.Caller;
import org.edgeauth.ecs.security.ObjectAccess;
import org.edgeauth.ecs.store.RegistrationStore;
import org.edgeauth.ecs.store.StoredRegistration;
import org.edgeauth.ecs.store.WriteOutcome;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The Eecs_EESRegistration rules: who may create, read, change and delete which registration (object-level
 * checks through {@link ObjectAccess}), the granted expiry, and RFC 7396 merge patches. The registration's owner
 * is the EES ID of the caller's certificate.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);
    /** Read-merge-write rounds a PATCH may take when other writes keep winning the race. */
    private static final int MERGE_ATTEMPTS = 5;

    private final RegistrationStore store;
    private final Clock clock;
    private final ExpiryPolicy expiry;
    private final ObjectMapper json;
    private final Validator validator;
    private final RegistrationMetrics metrics;

    RegistrationService(RegistrationStore store, Clock clock, EcsConfig config, ObjectMapper json,
            Validator validator, RegistrationMetrics metrics) {
        this.store = store;
        this.clock = clock;
        this.expiry = new ExpiryPolicy(config.registration().maxLifetime());
        this.json = json;
        this.validator = validator;
        this.metrics = metrics;
    }

    public Uni<StoredRegistration> create(Caller caller, EESRegistration request) {
        return metrics.counted(Operation.CREATE, Uni.createFrom().deferred(() -> {
            ObjectAccess.requireOwnEesId(caller, request.eesProf().eesId());
            Instant now = clock.instant();
            StoredRegistration created = new StoredRegistration(UUID.randomUUID().toString(),
                    ObjectAccess.ownEesId(caller), request.withExpTime(expiry.grant(request.expTime(), now)));
            return store.putReplacingOwner(created, now).map(replaced -> {
                LOG.infof("registered %s as %s until %s%s", created.owner(), created.id(), created.expiresAt(),
                        replaced.map(id -> ", replacing " + id).orElse(""));
                return created;
            });
        }));
    }

    public Uni<EESRegistration> read(Caller caller, String registrationId) {
        return metrics.counted(Operation.READ, Uni.createFrom().deferred(() -> current(caller, registrationId))
                .map(StoredRegistration::registration));
    }

    public Uni<EESRegistration> update(Caller caller, String registrationId, EESRegistration request) {
        return metrics.counted(Operation.UPDATE, Uni.createFrom().deferred(() -> {
            checkId(registrationId);
            ObjectAccess.requireOwnEesId(caller, request.eesProf().eesId());
            Instant now = clock.instant();
            return replace(caller, registrationId, request.withExpTime(expiry.grant(request.expTime(), now)), now);
        }));
    }

    /**
     * Applies the patch to the stored registration and validates the result like a PUT body. {@code expTime} in
     * the patch is a new proposal ({@code null}: the default lifetime); without it the granted expiry stays.
     */
    public Uni<EESRegistration> modify(Caller caller, String registrationId, EESRegistrationPatch patch) {
        return metrics.counted(Operation.MODIFY, merged(caller, registrationId, patch));
    }

    private Uni<EESRegistration> merged(Caller caller, String registrationId, EESRegistrationPatch patch) {
        return Uni.createFrom().deferred(() -> current(caller, registrationId)).flatMap(current -> {
            JsonNode document = patch.document();
            EESRegistration patched = validated(MergePatch.apply(json.valueToTree(current.registration()), document));
            ObjectAccess.requireOwnEesId(caller, patched.eesProf().eesId());
            Instant now = clock.instant();
            Instant expTime = document.has(ExpiryPolicy.EXP_TIME) ? expiry.grant(patched.expTime(), now)
                    : current.expiresAt();
            StoredRegistration replacement = new StoredRegistration(registrationId, ObjectAccess.ownEesId(caller),
                    patched.withExpTime(expTime));
            // Compare-and-set: the merge was computed from 'current', so it may only replace 'current'.
            return store.replaceIfUnchanged(current, replacement, now).map(outcome -> written(outcome, replacement));
        })
                // Another request or replica wrote in between: merge the patch again onto what is there now.
                .onFailure(ConcurrentUpdate.class).retry().atMost(MERGE_ATTEMPTS - 1);
    }

    public Uni<Void> delete(Caller caller, String registrationId) {
        return metrics.counted(Operation.DELETE, Uni.createFrom().deferred(() -> {
            checkId(registrationId);
            return store.deleteIfOwner(registrationId, ObjectAccess.ownEesId(caller), clock.instant());
        }).invoke(outcome -> {
            requireDone(outcome, registrationId);
            LOG.infof("deregistered %s", registrationId);
        }).replaceWithVoid());
    }

    private Uni<StoredRegistration> current(Caller caller, String registrationId) {
        checkId(registrationId);
        return store.find(registrationId, clock.instant()).map(found -> {
            StoredRegistration registration = found.orElseThrow(() -> notFound(registrationId));
            ObjectAccess.requireOwner(caller, registration);
            return registration;
        });
    }

    private Uni<EESRegistration> replace(Caller caller, String registrationId, EESRegistration next, Instant now) {
        StoredRegistration replacement = new StoredRegistration(registrationId, ObjectAccess.ownEesId(caller), next);
        return store.replaceIfOwner(replacement, now).map(outcome -> written(outcome, replacement));
    }

    private static EESRegistration written(WriteOutcome outcome, StoredRegistration replacement) {
        requireDone(outcome, replacement.id());
        LOG.infof("updated %s of %s until %s", replacement.id(), replacement.owner(), replacement.expiresAt());
        return replacement.registration();
    }

    private EESRegistration validated(JsonNode document) {
        EESRegistration registration;
        try {
            registration = json.treeToValue(document, EESRegistration.class);
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(List.of(InvalidParams.of(e, InvalidParams.BODY)));
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "not a valid EESRegistration");
        }
        Set<ConstraintViolation<EESRegistration>> violations = validator.validate(registration);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(InvalidParams.of(violations, 0, InvalidParams.BODY));
        }
        return registration;
    }

    private static void requireDone(WriteOutcome outcome, String registrationId) {
        switch (outcome) {
            case DONE -> {
            }
            case NOT_OWNER -> throw ObjectAccess.notOwner();
            case NOT_FOUND -> throw notFound(registrationId);
            case CONFLICT -> throw new ConcurrentUpdate(registrationId);
        }
    }

    /** A merge lost the race against another write; retried, and a 409 if it keeps losing. */
    private static final class ConcurrentUpdate extends ProblemException {

        ConcurrentUpdate(String registrationId) {
            super(409, ProblemCause.CONCURRENT_UPDATE, "registration " + registrationId
                    + " kept changing while the patch was applied; send it again", List.of());
        }
    }

    /** Registration ids are UUIDs the ECS made; anything else cannot name one. */
    private static void checkId(String registrationId) {
        try {
            if (UUID.fromString(registrationId).toString().equals(registrationId)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw ProblemException.invalid(EesRegistrationApi.REGISTRATION_ID, "not a registration id (UUID)");
    }

    private static ProblemException notFound(String registrationId) {
        return ProblemException.notFound(ProblemCause.REGISTRATION_NOT_FOUND,
                "no live registration " + registrationId);
    }
}
