package org.edgeauth.ecs.registration;

import java.net.URI;

import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.ecs.security.CurrentCaller;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/** HTTP side of Eecs_EESRegistration; access checks ran in the security filter, the rules live in the service. */
public class RegistrationResource implements EesRegistrationApi {

    private final RegistrationService service;
    private final CurrentCaller caller;

    RegistrationResource(RegistrationService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public Uni<RestResponse<EESRegistration>> create(EESRegistration registration) {
        return service.create(caller.get(), registration)
                .map(created -> RestResponse.ResponseBuilder
                        .<EESRegistration>created(URI.create(REGISTRATIONS + "/" + created.id()))
                        .entity(created.registration())
                        .build());
    }

    @Override
    public Uni<EESRegistration> read(String registrationId) {
        return service.read(caller.get(), registrationId);
    }

    @Override
    public Uni<EESRegistration> update(String registrationId, EESRegistration registration) {
        return service.update(caller.get(), registrationId, registration);
    }

    @Override
    public Uni<EESRegistration> modify(String registrationId, EESRegistrationPatch patch) {
        return service.modify(caller.get(), registrationId, patch);
    }

    @Override
    public Uni<Void> delete(String registrationId) {
        return service.delete(caller.get(), registrationId);
    }
}
