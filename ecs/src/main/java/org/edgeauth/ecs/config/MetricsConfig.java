package org.edgeauth.ecs.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the ECS's metrics read the registration store. */
@ConfigMapping(prefix = "edgeauth.ecs.metrics")
public interface MetricsConfig {

    /**
     * Longest a scrape serves a cached live-registration count before a new count is started: bounds the store
     * work (a Redis round trip) that scrapes cause, whatever their rate.
     */
    @WithDefault("10s")
    Duration liveCountMaxAge();
}
