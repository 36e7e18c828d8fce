package org.edgeauth.tokenissuer;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the issuer's counters from the Prometheus endpoint on the management interface. */
public final class IssuerMetrics {

    private IssuerMetrics() {
    }

    public static double issued() {
        return counter("edgeauth_tokens_issued_total", "");
    }

    public static double refused(String error) {
        return counter("edgeauth_tokens_refused_total", "error=\"" + error + "\"");
    }

    private static double counter(String name, String tag) {
        String text = given().baseUri(TestClients.managementUri()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher line = Pattern.compile("^" + name + "(?:\\{([^}]*)\\})? ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        while (line.find()) {
            if (line.group(1) == null ? tag.isEmpty() : line.group(1).contains(tag)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
