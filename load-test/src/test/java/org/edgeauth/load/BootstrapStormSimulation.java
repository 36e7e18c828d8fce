package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 1, edge-site bootstrap storm: {@code users} new EESs arrive evenly at {@code rate} per second, each on
 * new TLS connections (a new virtual user has no connection and no TLS session to resume). The group
 * {@value #BOOTSTRAP} measures from the first byte of the token request to the registration's 201; each EES then
 * deregisters so that the run leaves the ECS as it found it. {@code duration} bounds the whole run (at least the
 * arrival period plus 30 s).
 */
public class BootstrapStormSimulation extends Simulation {

    static final String BOOTSTRAP = "bootstrap";

    {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        LoadIdentities identities = LoadIdentities.read(settings.pkiDir()).requireAtLeast(settings.users())
                .preload(settings.users());
        EesActions ees = new EesActions(settings, identities);
        Duration arrival = Duration.ofMillis(Math.round(settings.users() / settings.rate() * 1000));
        System.out.println("bootstrap storm: " + settings);

        ScenarioBuilder storm = scenario("bootstrap storm")
                .exec(ees.identify())
                .group(BOOTSTRAP).on(exec(ees.token()).exec(ees.register()))
                .exec(ees.deregister());

        setUp(storm.injectOpen(rampUsers(settings.users()).during(arrival)))
                .protocols(ees.protocol())
                .maxDuration(max(settings.duration(), arrival.plusSeconds(30)))
                .assertions(RunAssertions.ofRegistrationCycle(settings));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
