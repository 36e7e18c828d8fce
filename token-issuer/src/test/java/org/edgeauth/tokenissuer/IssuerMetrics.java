package org.edgeauth.tokenissuer;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the issuer's counters from the Prometheus endpoint on the management interface. */
public final class IssuerMetrics {

    private IssuerMetrics() {
    }

    /** All tokens issued, whatever their scope. */
    public static double issued() {
        return counter("edgeauth_tokens_issued_total");
    }

    public static double issued(String scope) {
        return counter("edgeauth_tokens_issued_total", "scope=\"" + scope + "\"");
    }

    public static double requests(String outcome) {
        return counter("edgeauth_tokens_request_duration_seconds_count", "outcome=\"" + outcome + "\"");
    }

    /** Refusals with this OAuth error, whatever their status. */
    public static double refused(String error) {
        return counter("edgeauth_tokens_refused_total", "error=\"" + error + "\"");
    }

    public static double refused(String error, int status) {
        return counter("edgeauth_tokens_refused_total", "error=\"" + error + "\"", "status=\"" + status + "\"");
    }

    /** The sum over the series of {@code name} carrying every one of {@code tags}. */
    private static double counter(String name, String... tags) {
        String text = given().baseUri(TestClients.managementUri()).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher line = Pattern.compile("^" + name + "(?:\\{([^}]*)\\})? ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        double sum = 0;
        while (line.find()) {
            String labels = line.group(1) == null ? "" : line.group(1);
            if (Arrays.stream(tags).allMatch(labels::contains)) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
