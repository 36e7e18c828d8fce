package org.edgeauth.ecs.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.ecs.security.AccessLog;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.pki.logs.CapturedLogs;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One audit line per access decision, with its fields as structured (MDC/JSON) fields, and never the token. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class AuditLogTest {

    private static final String PROFILES = "/eecs-targeteesdiscovery/v1/ees-profiles";

    @Test
    void grantedAndDeniedDecisionsAreAuditedWithTheirFieldsAndWithoutTheToken() throws Exception {
        EesClient ees = EesClient.newEes("audited");
        String granted = ees.token().sign();
        String wrongScope = ees.token().scope("eecs-eesregistration").sign();
        String path = Registrations.COLLECTION + "/" + UUID.randomUUID();

        List<CapturedLogs.Line> audit;
        List<CapturedLogs.Line> everything;
        try (CapturedLogs logs = CapturedLogs.install(new JsonFormatter()::format)) {
            ees.request().header("Authorization", "Bearer " + granted).get(path).then().statusCode(404);
            ees.request().header("Authorization", "Bearer " + wrongScope).queryParam("ees-id", ees.eesId())
                    .queryParam("eas-id", "any").get(PROFILES).then().statusCode(403);
            audit = logs.of(AccessLog.CATEGORY);
            everything = logs.lines();
        }

        assertEquals(2, audit.size(), () -> "one line per decision: " + audit);
        // who: the certificate identity, EES ID and instance id.
        String who = ees.eesId() + "/" + ees.instanceId();
        assertFields(audit.get(0), "DEBUG", Map.of("api", "registration", "method", "GET", "path", path,
                "outcome", "granted", "cause", "none", "token", "verified"), who);
        // The grant names the token by its jti (as the issuer's audit line does), so the two can be joined.
        String jti = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(granted.split("\\.")[1])).path("jti")
                .asText();
        assertEquals(jti, audit.get(0).mdc().get("jti"), audit.get(0)::toString);
        assertFields(audit.get(1), "INFO", Map.of("api", "discovery", "method", "GET", "path", PROFILES,
                "outcome", "denied", "cause", "INSUFFICIENT_SCOPE"), who);

        JsonNode json = new ObjectMapper().readTree(audit.get(1).formatted());
        assertEquals("denied", json.path("mdc").path("outcome").asText(), audit.get(1).formatted());
        assertEquals(AccessLog.CATEGORY, json.path("loggerName").asText());

        for (CapturedLogs.Line line : everything) {
            for (String token : List.of(granted, wrongScope)) {
                assertFalse(line.formatted().contains(token) || line.message().contains(token)
                        || line.formatted().contains(token.substring(token.lastIndexOf('.') + 1)),
                        () -> "a log line carries the token: " + line);
            }
        }
    }

    private static void assertFields(CapturedLogs.Line line, String level, Map<String, String> fields, String who) {
        assertEquals(level, line.level(), line::toString);
        fields.forEach((key, value) -> assertEquals(value, line.mdc().get(key), () -> key + " in " + line));
        assertEquals(who, line.mdc().get("who"), line::toString);
    }
}
