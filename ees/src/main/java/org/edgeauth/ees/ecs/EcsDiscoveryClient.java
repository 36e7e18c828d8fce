package org.edgeauth.ees.ecs;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;

/** Eecs_TargetEESDiscovery over mTLS ({@code quarkus.rest-client.ecs-discovery.*}), with a token from the issuer. */
@RegisterRestClient(configKey = "ecs-discovery")
@RegisterProvider(EcsErrorMapper.class)
@RegisterProvider(AccessTokenFilter.class)
interface EcsDiscoveryClient extends TargetEesDiscoveryApi {
}
