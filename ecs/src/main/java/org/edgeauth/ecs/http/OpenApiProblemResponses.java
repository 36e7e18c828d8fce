package org.edgeauth.ecs.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.contract.security.Scopes;
import org.edgeauth.ecs.security.EdgeApi;

/**
 * Completes the generated OpenAPI document with what annotations would repeat on every operation: the
 * ProblemDetails error responses (TS 29.122 5.2.6) and their causes, and the security the ECS enforces
 * (mutual TLS plus an OAuth 2.0 client-credentials token).
 */
public class OpenApiProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "ProblemDetails";
    private static final String TOKEN_SCHEME = "oAuth2ClientCredentials";

    /** Error responses of every operation (413 and 415 only where a body is sent). */
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid request: invalidParams names each bad field or parameter (INVALID_REQUEST)");
        errors.put("401", "Access token missing (TOKEN_MISSING), invalid (TOKEN_INVALID, UNTRUSTED_ISSUER), expired"
                + " (TOKEN_EXPIRED) or not bound to the client certificate (TOKEN_NOT_BOUND); WWW-Authenticate: Bearer");
        errors.put("403", "Certificate identity not in the ECS policy for this API (EES_NOT_AUTHORIZED,"
                + " CERTIFICATE_NOT_ACCEPTED), token lacks the API's scope (INSUFFICIENT_SCOPE, WWW-Authenticate:"
                + " Bearer error=\"insufficient_scope\"), EES ID not the caller's (EES_ID_MISMATCH), registration of"
                + " another EES (NOT_OWNER)");
        errors.put("404", "No such (live) registration (REGISTRATION_NOT_FOUND), no matching EES (NO_MATCHING_EES)");
        errors.put("406", "Only application/json responses (NOT_ACCEPTABLE)");
        errors.put("413", "Request body above the configured limit (PAYLOAD_TOO_LARGE)");
        errors.put("415", "Unsupported request content type (UNSUPPORTED_MEDIA_TYPE)");
        errors.put("429", "Over the client's rate limit (NF_CONGESTION_RISK); Retry-After: seconds to wait");
        errors.put("500", "Internal error (SYSTEM_FAILURE)");
        errors.put("503", "The token issuer's keys (TOKEN_KEYS_UNAVAILABLE) or the registration store"
                + " (STORE_UNAVAILABLE) cannot be reached; Retry-After");
        return errors;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema(PROBLEM_SCHEMA, problemDetailsSchema());
        components.addSecurityScheme(TOKEN_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Access token from the EdgeAuth token issuer (TS 33.501 13.4.1), bound to the client"
                        + " certificate (cnf.x5t#S256); the TLS client certificate is always required as well")
                .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
                        .tokenUrl("{tokenUrl}") // as in the 3GPP OpenAPI files: the issuer's URL is deployment data
                        .scopes(Map.of(Scopes.EES_REGISTRATION, "Eecs_EESRegistration",
                                Scopes.TARGET_EES_DISCOVERY, "Eecs_TargetEESDiscovery")))));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> complete(operation, path)));
    }

    private static void complete(Operation operation, String path) {
        boolean hasBody = operation.getRequestBody() != null;
        ERRORS.forEach((code, description) -> {
            if (!hasBody && (code.equals("413") || code.equals("415"))) {
                return;
            }
            operation.getResponses().addAPIResponse(code, problemResponse(description));
        });
        EdgeApi.ofPath(path).ifPresent(api -> operation.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(TOKEN_SCHEME, api.scope()))));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ProblemDetails.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    private static Schema problemDetailsSchema() {
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("param", string()).addProperty("reason", string()).required(List.of("param"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("TS 29.122 ProblemDetails (RFC 7807)")
                .addProperty("type", string()).addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string()).addProperty("instance", string())
                .addProperty("cause", string().description("machine-readable cause"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(invalidParam))
                .addProperty("supportedFeatures", string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
