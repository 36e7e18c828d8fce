package org.edgeauth.ees.ecs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the EES renews its access token, and how it retries while the token issuer cannot be reached. */
@ConfigMapping(prefix = "edgeauth.ees.token")
public interface TokenConfig {

    /**
     * Renewal starts once less than this is left of the token's lifetime (half-way for a token that does not live
     * this long). Until it expires the token keeps being sent, whether or not renewal succeeds.
     */
    @WithDefault("PT30S")
    Duration renewBefore();

    /** Wait after the first failed renewal; each further failure doubles it, up to {@link #retryMaxDelay()}. */
    @WithDefault("PT1S")
    Duration retryInitialDelay();

    @WithDefault("PT15S")
    Duration retryMaxDelay();
}
