package org.edgeauth.ecs.security;

import java.util.Arrays;
import java.util.Optional;

import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.contract.security.Scopes;

/** The EDGE-6 APIs the ECS serves: what the policy grants and which token scope each one demands. */
public enum EdgeApi {

    REGISTRATION(EesRegistrationApi.BASE_PATH, Scopes.EES_REGISTRATION),
    DISCOVERY(TargetEesDiscoveryApi.BASE_PATH, Scopes.TARGET_EES_DISCOVERY);

    private final String basePath;
    private final String scope;

    EdgeApi(String basePath, String scope) {
        this.basePath = basePath;
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    /** The API a (normalized) request path belongs to; empty for anything else. */
    public static Optional<EdgeApi> ofPath(String path) {
        return Arrays.stream(values())
                .filter(api -> path.equals(api.basePath) || path.startsWith(api.basePath + "/"))
                .findFirst();
    }
}
