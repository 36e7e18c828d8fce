package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario 2, steady state: {@code users} EESs get a token and register (ramped over a few seconds), wait for each
 * other, then for {@code duration} each one refreshes its registration (PATCH) and discovers target EESs over its
 * kept-alive connections, paced so that all together send {@code rate} requests per second. Tokens are renewed
 * before they expire; each EES deregisters once all are done.
 */
public class SteadyStateSimulation extends Simulation {

    {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        LoadIdentities identities = LoadIdentities.read(settings.pkiDir()).requireAtLeast(settings.users())
                .preload(settings.users());
        if (settings.users() < 2) {
            throw new IllegalStateException("steady state needs at least 2 EESs: discovery looks for the others");
        }
        EesActions ees = new EesActions(settings, identities);
        // Two requests (refresh + discover) per iteration and user.
        Duration iteration = Duration.ofMillis(Math.round(2.0 * settings.users() / settings.rate() * 1000));
        Duration ramp = Duration.ofSeconds(Math.max(1, settings.users() / 50));
        System.out.println("steady state: " + settings + " iteration=" + iteration.toMillis() + "ms");

        ScenarioBuilder steady = scenario("steady state")
                .exec(ees.identify(), ees.token(), ees.register())
                .rendezVous(settings.users())
                .during(settings.duration()).on(
                        pace(iteration).exec(ees.renewTokenWhenOld(), ees.refresh(), ees.discover()))
                // Nobody leaves while others still discover: a group emptied early would answer them 404.
                .rendezVous(settings.users())
                .exec(ees.deregister());

        setUp(steady.injectOpen(rampUsers(settings.users()).during(ramp)))
                .protocols(ees.protocol())
                .maxDuration(settings.duration().plus(ramp).plusSeconds(60))
                .assertions(RunAssertions.ofRegistrationCycle(settings));
    }
}
