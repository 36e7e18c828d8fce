package org.edgeauth.ecs.support;

import static org.hamcrest.Matchers.equalTo;

import org.edgeauth.contract.problem.ProblemDetails;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Every refusal is a ProblemDetails with the status repeated in the body and a machine-readable cause. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(Response response, int status, String cause) {
        return response.then().log().ifValidationFails()
                .statusCode(status)
                .contentType(ProblemDetails.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("cause", equalTo(cause));
    }
}
