package org.edgeauth.ees.ecs;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.edgeauth.contract.eecs.EesRegistrationApi;

/** Eecs_EESRegistration over mTLS ({@code quarkus.rest-client.ecs-registration.*}), with a token from the issuer. */
@RegisterRestClient(configKey = "ecs-registration")
@RegisterProvider(EcsErrorMapper.class)
@RegisterProvider(AccessTokenFilter.class)
interface EcsRegistrationClient extends EesRegistrationApi {
}
