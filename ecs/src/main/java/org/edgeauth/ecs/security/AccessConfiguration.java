package org.edgeauth.ecs.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.edgeauth.contract.security.TokenClaims;
import org.edgeauth.ecs.config.EcsConfig;

import io.quarkus.runtime.Startup;

/** Builds the access rules from configuration at start-up, so that a malformed policy stops the ECS. */
public class AccessConfiguration {

    @Produces
    @Singleton
    @Startup
    AccessPolicy accessPolicy(EcsConfig config) {
        List<PolicyEntry> entries = config.policy().entrySet().stream()
                .map(entry -> new PolicyEntry(entry.getKey(), entry.getValue().identity().map(EesIdPattern::new),
                        entry.getValue().instanceId(), Set.copyOf(entry.getValue().apis()), entry.getValue().token()))
                .toList();
        return new AccessPolicy(entries);
    }

    @Produces
    @Singleton
    @Startup
    TokenRules tokenRules(EcsConfig config) {
        Set<String> audiences = new HashSet<>(Set.of(TokenClaims.ECS_AUDIENCE));
        config.instanceId().ifPresent(id -> audiences.add(id.toString()));
        return new TokenRules(config.token().trustedIssuers(), audiences, config.token().requireConfirmation());
    }
}
