package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.Assertion;

/**
 * What makes a run fail: any failed request, or a p99 above the bound. Gatling does not count a request it could
 * not even build (a session without a registration, say) as failed, so runs that register also demand that every
 * EES deregistered: that proves the whole cycle went through for each of them.
 */
final class RunAssertions {

    private RunAssertions() {
    }

    static List<Assertion> of(LoadSettings settings) {
        return List.of(
                global().failedRequests().count().is(0L),
                global().responseTime().percentile(99.0).lt((int) settings.p99Millis()));
    }

    /** For runs in which each of {@code users} EESs registers and deregisters once. */
    static List<Assertion> ofRegistrationCycle(LoadSettings settings) {
        List<Assertion> assertions = new ArrayList<>(of(settings));
        assertions.add(details("deregister").successfulRequests().count().is((long) settings.users()));
        return assertions;
    }
}
