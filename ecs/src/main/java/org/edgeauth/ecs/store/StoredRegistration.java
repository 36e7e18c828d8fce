package org.edgeauth.ecs.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.edgeauth.contract.eecs.EESRegistration;

/**
 * A registration as the ECS keeps it.
 *
 * @param id           the registration id (a random UUID: unguessable, it is the only handle on the resource)
 * @param owner        the EES ID of the EES that created it, from its client certificate; only that EES may read,
 *                     change or delete it, and registering again replaces it
 * @param registration the registration with the granted {@code expTime}
 */
public record StoredRegistration(String id, String owner, EESRegistration registration) {

    public StoredRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(registration.expTime(), "a stored registration always has its granted expTime");
    }

    public Instant expiresAt() {
        return registration.expTime();
    }

    public List<String> easIds() {
        List<String> easIds = registration.eesProf().easIds();
        return easIds == null ? List.of() : easIds;
    }
}
