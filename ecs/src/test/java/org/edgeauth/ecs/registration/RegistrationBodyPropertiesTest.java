package org.edgeauth.ecs.registration;

import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.pki.hostile.HostileInput;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Property: for any body sent to POST, PUT or PATCH, the ECS never fails (no 5xx), every refusal is a well-formed
 * ProblemDetails with a known cause and no stack trace, and a refused request changes nothing: the EES's
 * registration reads exactly as before.
 * <p>
 * Bodies from {@link HostileRegistrationBodies}, seeded ({@link HostileInput}): a failure names the seed and the
 * case, and prints the body.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class RegistrationBodyPropertiesTest {

    private static final int CASES = 40;
    private static final Set<String> CAUSES = knownCauses();

    @Test
    void anyCreateBodyIsAnsweredCleanly() {
        check("post", (ees, location) -> ees.contentType(ContentType.JSON).post(COLLECTION));
    }

    @Test
    void anyUpdateBodyIsAnsweredCleanly() {
        check("put", (ees, location) -> ees.contentType(ContentType.JSON).put(location));
    }

    @Test
    void anyMergePatchIsAnsweredCleanly() {
        check("patch", (ees, location) -> ees.contentType(EESRegistrationPatch.MEDIA_TYPE).patch(location));
    }

    private static void check(String label, BiFunction<RequestSpecification, String, Response> send) {
        EesClient ees = EesClient.newEes("fuzz-" + label);
        String easId = TestPki.unique("app");
        String token = "Bearer " + ees.token().sign();
        HostileInput input = HostileInput.seeded();
        HostileRegistrationBodies bodies = new HostileRegistrationBodies(input, ees.eesId(), easId);
        Registered registered = new Registered(ees, register(ees, easId));
        AtomicInteger refused = new AtomicInteger();
        input.forEachCase(CASES, i -> {
            byte[] body = bodies.next();
            String context = label + ", body: " + abbreviated(new String(body, StandardCharsets.UTF_8));

            Response response = send.apply(ees.request().header("Authorization", token).body(body),
                    registered.location);

            int status = response.statusCode();
            assertTrue(status < 500, () -> status + " for " + context + "\n" + response.asString());
            if (status >= 400) {
                refused.incrementAndGet();
                assertWellFormedProblem(response, context);
                String before = registered.json;
                assertEquals(before, registered.reread(), () -> "state changed by a refused " + context);
            } else if (status == 201) {
                registered.moveTo(response.header("Location")); // a valid body registered again: the new one counts
            } else {
                registered.reread();
            }
        });
        assertTrue(refused.get() > CASES / 2,
                "the generators should mostly make bodies the ECS refuses: " + refused.get() + " (" + input.rerun() + ")");
    }

    /** The EES's registration as the ECS last answered it. */
    private static final class Registered {

        private final EesClient ees;
        private String location;
        private String json;

        Registered(EesClient ees, String location) {
            this.ees = ees;
            moveTo(location);
        }

        void moveTo(String newLocation) {
            location = newLocation;
            json = read(ees, location);
        }

        /** Reads it again (and keeps that as the reference, so one failure does not fail every later case). */
        String reread() {
            json = read(ees, location);
            return json;
        }
    }

    private static void assertWellFormedProblem(Response response, String context) {
        String text = response.asString();
        assertTrue(response.contentType().startsWith(ProblemDetails.MEDIA_TYPE), () -> context + "\n" + text);
        JsonPath problem = new JsonPath(text);
        assertEquals(response.statusCode(), problem.getInt("status"), context);
        assertTrue(CAUSES.contains(problem.getString("cause")), () -> "unknown cause in " + text + " for " + context);
        assertFalse(problem.getString("title").isBlank(), context);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains(".java:"),
                () -> "stack trace for " + context + "\n" + text);
    }

    private static Set<String> knownCauses() {
        return Arrays.stream(ProblemCause.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(RegistrationBodyPropertiesTest::value).collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "... (" + body.length() + " chars)";
    }
}
