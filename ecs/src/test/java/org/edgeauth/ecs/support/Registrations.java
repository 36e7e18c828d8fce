package org.edgeauth.ecs.support;

import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edgeauth.contract.eecs.EesRegistrationApi;

import io.restassured.http.ContentType;

/** Registration requests as an EES sends them (JSON-ready maps), and the checks tests repeat. */
public final class Registrations {

    public static final String COLLECTION = EesRegistrationApi.REGISTRATIONS;

    private Registrations() {
    }

    public static Map<String, Object> profile(String eesId, String... easIds) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("eesId", eesId);
        profile.put("endPt", Map.of("uri", "https://" + eesId + ":8543"));
        profile.put("easIds", List.of(easIds));
        profile.put("eecRegConf", false);
        return profile;
    }

    public static Map<String, Object> registration(Map<String, Object> profile) {
        Map<String, Object> registration = new HashMap<>();
        registration.put("eesProf", profile);
        return registration;
    }

    public static Map<String, Object> registration(String eesId, String... easIds) {
        return registration(profile(eesId, easIds));
    }

    /** Registers {@code ees} for {@code easIds}; returns the registration's URI (the Location header). */
    public static String register(EesClient ees, Map<String, Object> registration) {
        return ees.authorized().contentType(ContentType.JSON).body(registration).post(COLLECTION)
                .then().log().ifValidationFails().statusCode(201).extract().header("Location");
    }

    public static String register(EesClient ees, String... easIds) {
        return register(ees, registration(ees.eesId(), easIds));
    }

    /** The registration as its owner reads it now. */
    public static String read(EesClient owner, String location) {
        return owner.authorized().get(location).then().log().ifValidationFails().statusCode(200).extract().asString();
    }

    /** No EES is registered for {@code easId}, as any other EES's discovery sees it. */
    public static void assertNobodyServes(String easId) {
        EesClient observer = EesClient.newEes("observer");
        observer.authorized().queryParam("ees-id", observer.eesId()).queryParam("eas-id", easId)
                .get("/eecs-targeteesdiscovery/v1/ees-profiles")
                .then().log().ifValidationFails().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
    }
}
