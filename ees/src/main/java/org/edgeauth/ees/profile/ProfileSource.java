package org.edgeauth.ees.profile;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.Config;
import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.ees.config.EesConfig;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.SmallRyeConfig;

/**
 * The EESProfile this EES registers, built from {@code edgeauth.ees.profile.*} and checked against the contract's
 * constraints: a profile the ECS would refuse (400) stops the EES at start with the reason, instead of feeding an
 * endless registration backoff.
 */
@Singleton
public class ProfileSource {

    private final Validator validator;
    private final SmallRyeConfig running;
    private final EESProfile configured;

    ProfileSource(EesConfig config, Validator validator, Config running) {
        this.validator = validator;
        this.running = running.unwrap(SmallRyeConfig.class);
        this.configured = validated(config.profile());
    }

    /** The profile as configured at start. */
    public EESProfile configured() {
        return configured;
    }

    /**
     * The profile as the configuration files say now: the same sources as at start (packaged
     * application.properties, {@code config/application.properties}, {@code quarkus.config.locations}, environment,
     * system properties), read again.
     *
     * @throws IllegalStateException when the configuration no longer makes a valid profile
     */
    public EESProfile reread() {
        SmallRyeConfig fresh = ConfigUtils.configBuilder()
                .withProfiles(running.getProfiles())
                .withMapping(EesConfig.class)
                .withValidateUnknown(false)
                .build();
        return validated(fresh.getConfigMapping(EesConfig.class).profile());
    }

    private EESProfile validated(EesConfig.ProfileConfig config) {
        EESProfile profile;
        try {
            profile = ConfiguredProfile.of(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("invalid EES profile configuration: " + e.getMessage(), e);
        }
        Set<ConstraintViolation<EESProfile>> violations = validator.validate(profile);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("edgeauth.ees.profile.* is not a valid EESProfile: " + violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; ")));
        }
        return profile;
    }
}
