package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 3, token issuance alone, at {@code rate} tokens per second for {@code duration}:
 * <ul>
 * <li>{@code -Dload.connections=new} (default): every token by a new virtual user on a new TLS connection with a
 * full handshake; the identities are used in turn (tokens leave no state, so reuse across users is harmless);
 * <li>{@code -Dload.connections=keepalive}: {@code users} EESs each asking over one kept-alive connection.
 * </ul>
 * With {@code rate} "max" both run closed-loop, for the most tokens per second the server gives: on new
 * connections {@code users} virtual users at all times (a new one, with a new connection, as soon as one got its
 * token), kept-alive without pacing.
 */
public class TokenIssuanceSimulation extends Simulation {

    {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        boolean keepAlive = "keepalive".equals(System.getProperty("load.connections", "new"));
        LoadIdentities identities = LoadIdentities.read(settings.pkiDir());
        identities.preload(keepAlive ? settings.users() : identities.size());
        EesActions ees = new EesActions(settings, identities);
        System.out.println("token issuance (" + (keepAlive ? "kept-alive" : "new") + " connections): " + settings);

        PopulationBuilder population;
        if (keepAlive) {
            identities.requireAtLeast(settings.users());
            Duration iteration = Duration.ofMillis(Math.round(settings.users() / settings.rate() * 1000));
            population = scenario("token issuance, kept-alive connections")
                    .exec(ees.identify())
                    .during(settings.duration()).on(pace(iteration).exec(ees.token()))
                    .injectOpen(rampUsers(settings.users()).during(Duration.ofSeconds(1)));
        } else {
            ScenarioBuilder tokens = scenario("token issuance, new connections").exec(ees.identify(), ees.token());
            population = settings.closedLoop()
                    ? tokens.injectClosed(constantConcurrentUsers(settings.users()).during(settings.duration()))
                    : tokens.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()));
        }
        setUp(population)
                .protocols(ees.protocol())
                .maxDuration(settings.duration().plusSeconds(30))
                .assertions(RunAssertions.of(settings));
    }
}
