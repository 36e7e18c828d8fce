package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Discovery alone against an ECS whose store a benchmark build seeded with {@code -Dload.seededRegistrations=N}
 * synthetic registrations (ecs bench/RegistrationSeeder; bench/scaling.sh runs this at 1k, 10k, 100k).
 * {@code users} real EESs (their own certificates and tokens, kept-alive connections) ask for a random seeded EAS
 * id with the UE in a random tracking area, as laid out by the ECS's bench/SyntheticRegistrations (20 candidate
 * EESs per EAS id, one or two covering the UE): every answer is a 200 that needed the index lookup and the
 * service-area matching. Three phases, one after the other, named apart in the report:
 * <ol>
 * <li>{@code warm-up}: closed loop for {@code -Dload.warmUp} seconds (default 10), not a figure;</li>
 * <li>{@code discover paced}: {@code rate} requests/s in total for {@code duration}: latency below saturation;</li>
 * <li>{@code discover closed loop}: every EES asks again as soon as answered, for {@code duration}: throughput
 * (requests / duration; Gatling's own req/s column divides by the whole run).</li>
 * </ol>
 */
public class DiscoveryScalingSimulation extends Simulation {

    /** Keep in step with the ECS's bench/SyntheticRegistrations. */
    private static final int PER_EAS = 20;
    private static final String DISCOVERY = "/eecs-targeteesdiscovery/v1/ees-profiles";

    {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        int seeded = Integer.getInteger("load.seededRegistrations", 0);
        if (seeded < PER_EAS) {
            throw new IllegalStateException("-Dload.seededRegistrations=N (the ECS's edgeauth.bench.seed-registrations)"
                    + " is required, at least " + PER_EAS);
        }
        Duration warmUp = Duration.ofSeconds(Long.getLong("load.warmUp", 10L));
        LoadIdentities identities = LoadIdentities.read(settings.pkiDir()).requireAtLeast(settings.users())
                .preload(settings.users());
        EesActions ees = new EesActions(settings, identities);
        Duration iteration = Duration.ofMillis(Math.round(settings.users() / settings.rate() * 1000));
        System.out.println("discovery scaling: " + settings + " seeded=" + seeded + " warm-up=" + warmUp.toSeconds()
                + "s iteration=" + iteration.toMillis() + "ms");

        ScenarioBuilder discovery = scenario("discovery at " + seeded + " registrations")
                .exec(ees.identify(), ees.token())
                .during(warmUp).on(exec(ees.renewTokenWhenOld(), discover("warm-up", settings, seeded)))
                .rendezVous(settings.users())
                .during(settings.duration()).on(
                        pace(iteration).exec(ees.renewTokenWhenOld(), discover("discover paced", settings, seeded)))
                .rendezVous(settings.users())
                .during(settings.duration()).on(
                        exec(ees.renewTokenWhenOld(), discover("discover closed loop", settings, seeded)));

        setUp(discovery.injectOpen(rampUsers(settings.users()).during(Duration.ofSeconds(1))))
                .protocols(ees.protocol())
                .maxDuration(warmUp.plus(settings.duration().multipliedBy(2)).plusSeconds(60))
                .assertions(RunAssertions.of(settings));
    }

    private static ChainBuilder discover(String name, LoadSettings settings, int seeded) {
        int easIds = Math.max(1, seeded / PER_EAS);
        return exec(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return session.set("seededEasId", "eas-" + random.nextInt(easIds))
                    .set("ueLocation", "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},"
                            + "\"tac\":\"" + String.format("%04x", random.nextInt(PER_EAS)) + "\"}]}}");
        }).exec(http(name).get(settings.ecsUrl() + DISCOVERY)
                .header("Authorization", "Bearer #{token}")
                .queryParam("ees-id", "#{eesId}")
                .queryParam("eas-id", "#{seededEasId}")
                .queryParam("ue-location", "#{ueLocation}")
                .check(status().is(200)));
    }
}
