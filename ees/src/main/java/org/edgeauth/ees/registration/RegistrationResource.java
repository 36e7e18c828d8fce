package org.edgeauth.ees.registration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /ees/v1/registration}: what the keeper knows about this EES's registration at the ECS. */
@Path("/ees/v1/registration")
public class RegistrationResource {

    private final RegistrationKeeper keeper;

    RegistrationResource(RegistrationKeeper keeper) {
        this.keeper = keeper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RegistrationStatus status() {
        return keeper.status();
    }
}
