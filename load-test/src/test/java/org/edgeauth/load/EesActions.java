package org.edgeauth.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.Instant;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a real EES does over mutual TLS, as Gatling chains: a token from the issuer (TS 29.510 client credentials
 * form), then Eecs_EESRegistration (register, refresh, deregister) and Eecs_TargetEESDiscovery at the ECS.
 * <p>
 * Each user hosts EAS {@code load-eas-<g>}; users are spread over groups of at least ten (or all users in one group
 * when fewer), and discovery asks for the user's own group's EAS, so it finds the other members' profiles.
 */
public final class EesActions {

    private static final String SCOPES = "eecs-eesregistration eecs-targeteesdiscovery";
    private static final String REGISTRATIONS = "/eecs-eesregistration/v1/registrations";
    private static final String DISCOVERY = "/eecs-targeteesdiscovery/v1/ees-profiles";
    /** Tokens live 300 s; a user fetches a new one well before that, as the EES does. */
    private static final Duration TOKEN_RENEWAL = Duration.ofSeconds(240);

    private final LoadSettings settings;
    private final LoadIdentities identities;
    private final int easGroups;

    public EesActions(LoadSettings settings, LoadIdentities identities) {
        this.settings = settings;
        this.identities = identities;
        this.easGroups = Math.max(1, settings.users() / 10);
    }

    /** Each virtual user presents its own EES certificate; connections are kept alive per user (Gatling's default). */
    public HttpProtocolBuilder protocol() {
        return http.perUserKeyManagerFactory(identities::keyManagerOf)
                .acceptHeader("application/json")
                .userAgentHeader("edgeauth-load-test");
    }

    /** Puts the user's EES identity into its session. */
    public ChainBuilder identify() {
        return exec(session -> {
            LoadIdentities.Identity identity = identities.ofUser(session.userId());
            return session.set("eesId", identity.eesId())
                    .set("instanceId", identity.instanceId())
                    .set("easId", "load-eas-" + ((session.userId() - 1) % easGroups));
        });
    }

    public ChainBuilder token() {
        return exec(tokenRequest()
                .formParam("grant_type", "client_credentials")
                .formParam("scope", SCOPES)
                .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
                .exec(session -> session.set("tokenAt", System.nanoTime()));
    }

    /**
     * The EdgeAuth issuer's TS 29.510 form names the NF instance and types; a generic authorization server gets an
     * RFC 6749 client-credentials request whose client_id is the instance id, the client authenticated by its TLS
     * certificate (RFC 8705 tls_client_auth).
     */
    private HttpRequestActionBuilder tokenRequest() {
        return settings.oauthTokenUrl()
                .map(url -> http("token").post(url).formParam("client_id", "#{instanceId}"))
                .orElseGet(() -> http("token").post(settings.issuerUrl() + "/oauth2/token")
                        .formParam("nfInstanceId", "#{instanceId}")
                        .formParam("nfType", "EES")
                        .formParam("targetNfType", "ECS"));
    }

    public ChainBuilder renewTokenWhenOld() {
        return doIf(session -> System.nanoTime() - session.getLong("tokenAt") > TOKEN_RENEWAL.toNanos())
                .then(token());
    }

    public ChainBuilder register() {
        return exec(http("register").post(settings.ecsUrl() + REGISTRATIONS)
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("""
                        {"eesProf":{"eesId":"#{eesId}","endPt":{"uri":"https://#{eesId}:8543"},\
                        "easIds":["#{easId}"],"eecRegConf":false}}"""))
                .asJson()
                .check(status().is(201), header("Location").saveAs("location")))
                // The Location may be absolute (as the ECS writes it) or a path.
                .exec(session -> session.set("registration", session.getString("location").startsWith("https://")
                        ? session.getString("location")
                        : settings.ecsUrl() + session.getString("location")));
    }

    /** Registration update as an RFC 7396 merge patch proposing a new expiry. */
    public ChainBuilder refresh() {
        return exec(http("refresh").patch("#{registration}")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/merge-patch+json")
                .body(StringBody(session -> "{\"expTime\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}"))
                .check(status().is(200)));
    }

    public ChainBuilder discover() {
        return exec(http("discover").get(settings.ecsUrl() + DISCOVERY)
                .header("Authorization", "Bearer #{token}")
                .queryParam("ees-id", "#{eesId}")
                .queryParam("eas-id", "#{easId}")
                .check(status().is(200)));
    }

    public ChainBuilder deregister() {
        return exec(http("deregister").delete("#{registration}")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(204)));
    }
}
