package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * Eecs_EESRegistration (TS 29.558 clause 6.x, spec-notes.md section 2): the ECS serves it, the EES calls it. The
 * ECS implements this interface; the EES uses it as a MicroProfile REST client (base URI = {apiRoot}).
 * Error responses are ProblemDetails ({@code application/problem+json}).
 */
@Path(EesRegistrationApi.REGISTRATIONS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eecs_EESRegistration")
public interface EesRegistrationApi {

    String BASE_PATH = "/eecs-eesregistration/v1";
    String REGISTRATIONS = BASE_PATH + "/registrations";
    String REGISTRATION_ID = "registrationId";

    /** 201 with the granted {@code expTime} and {@code Location: {apiRoot}/.../registrations/{registrationId}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "CreateEESRegistration", summary = "Register an EES (replaces its earlier registration)")
    @APIResponse(responseCode = "201", description = "Registered; body carries the granted expTime",
            headers = @Header(name = "Location", description = "URI of the new registration", required = true))
    Uni<RestResponse<EESRegistration>> create(@NotNull @Valid EESRegistration registration);

    @GET
    @Path("/{" + REGISTRATION_ID + "}")
    @Operation(operationId = "GetIndEESReg", summary = "Read an EES registration")
    @APIResponse(responseCode = "200", description = "The registration")
    Uni<EESRegistration> read(@PathParam(REGISTRATION_ID) String registrationId);

    @PUT
    @Path("/{" + REGISTRATION_ID + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "UpdateIndEESReg", summary = "Replace an EES registration")
    @APIResponse(responseCode = "200", description = "The updated registration with the granted expTime")
    Uni<EESRegistration> update(@PathParam(REGISTRATION_ID) String registrationId,
            @NotNull @Valid EESRegistration registration);

    @PATCH
    @Path("/{" + REGISTRATION_ID + "}")
    @Consumes(EESRegistrationPatch.MEDIA_TYPE)
    @Operation(operationId = "ModifyIndEESReg", summary = "Modify an EES registration (RFC 7396 merge patch)")
    @APIResponse(responseCode = "200", description = "The modified registration with the granted expTime")
    Uni<EESRegistration> modify(@PathParam(REGISTRATION_ID) String registrationId,
            @NotNull EESRegistrationPatch patch);

    @DELETE
    @Path("/{" + REGISTRATION_ID + "}")
    @Operation(operationId = "DeleteIndEESReg", summary = "Deregister")
    @APIResponse(responseCode = "204", description = "Deregistered")
    Uni<Void> delete(@PathParam(REGISTRATION_ID) String registrationId);
}
