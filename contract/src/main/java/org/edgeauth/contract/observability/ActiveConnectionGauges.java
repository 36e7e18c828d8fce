package org.edgeauth.contract.observability;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Drops Quarkus 3.33's {@code http.server.active.connections} gauge. With the management interface on, the API
 * server and the management server each register it under the same id (no tag tells them apart), so Micrometer
 * warns "This Gauge has been already registered" at start and the value shown is one arbitrary server's
 * (quarkusio/quarkus#50040). A wrong number is worse than none; remove this once Quarkus tags the two servers.
 * Shared by the three services (each has the management interface on and Micrometer).
 */
public class ActiveConnectionGauges {

    @Produces
    @Singleton
    MeterFilter withoutAmbiguousServerConnections() {
        return MeterFilter.deny(id -> id.getName().equals("http.server.active.connections"));
    }
}
