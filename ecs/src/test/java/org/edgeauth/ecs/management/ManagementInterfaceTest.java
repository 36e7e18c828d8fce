package org.edgeauth.ecs.management;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health, metrics and the OpenAPI document live on the plain-HTTP management port, not on the API port. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class ManagementInterfaceTest {

    @Test
    void healthIsUp() {
        given().baseUri(managementUri()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(managementUri()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void accessDecisionsAreCounted() {
        EesClient ees = EesClient.newEes("metered");
        Registrations.register(ees, TestPki.unique("app"));
        ees.request().get(Registrations.COLLECTION + "/" + UUID.randomUUID());

        given().baseUri(managementUri()).get("/q/metrics").then().statusCode(200)
                .body(containsString("edgeauth_ecs_access_decisions_total{api=\"registration\",cause=\"none\","
                        + "outcome=\"granted\"}"))
                .body(containsString("edgeauth_ecs_access_decisions_total{api=\"registration\",cause=\"token_missing\","
                        + "outcome=\"denied\"}"));
    }

    @Test
    void openApiDescribesBothApisAndTheirErrors() {
        given().baseUri(managementUri()).accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/eecs-eesregistration/v1/registrations",
                        "/eecs-eesregistration/v1/registrations/{registrationId}",
                        "/eecs-targeteesdiscovery/v1/ees-profiles"))
                .body("paths.'/eecs-eesregistration/v1/registrations'.post.responses.'201'", notNullValue())
                .body("paths.'/eecs-eesregistration/v1/registrations'.post.responses.'413'.content", notNullValue())
                .body("paths.'/eecs-eesregistration/v1/registrations/{registrationId}'.patch.requestBody.content"
                        + ".'application/merge-patch+json'", notNullValue())
                .body("paths.'/eecs-targeteesdiscovery/v1/ees-profiles'.get.responses.'403'.content"
                        + ".'application/problem+json'.schema.$ref", equalTo("#/components/schemas/ProblemDetails"))
                .body("paths.'/eecs-targeteesdiscovery/v1/ees-profiles'.get.security[0].oAuth2ClientCredentials",
                        hasItems("eecs-targeteesdiscovery"))
                .body("components.schemas.EESRegistration.properties.eesProf", notNullValue())
                .body("components.schemas.ProblemDetails.properties.cause", notNullValue());
    }

    @Test
    void apiPortServesNoManagementEndpoints() {
        EesClient ees = EesClient.newEes("prober");
        ees.authorized().get("/q/health").then().statusCode(404);
    }

    private static String managementUri() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
