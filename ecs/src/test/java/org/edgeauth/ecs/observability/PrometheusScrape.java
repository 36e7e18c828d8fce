package org.edgeauth.ecs.observability;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

/** One scrape of {@code /q/metrics} on the management port, as series ({@code name{labels}}) and values. */
record PrometheusScrape(Map<String, Double> series) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{.*\\})?) (\\S+)$",
            Pattern.MULTILINE);

    static PrometheusScrape now() {
        // What a Prometheus server asks for: the text exposition format.
        String text = given().baseUri(managementUri()).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain")).extract().asString();
        Map<String, Double> series = new HashMap<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            // The 0.0.4 text format may end a label set with a comma: {a="1",}.
            series.put(sample.group(1).replace(",}", "}"), Double.parseDouble(sample.group(2)));
        }
        return new PrometheusScrape(series);
    }

    /** The value of a series, written as Prometheus prints it (labels sorted by name); 0 when absent. */
    double value(String series) {
        return this.series.getOrDefault(series, 0.0);
    }

    boolean has(String series) {
        return this.series.containsKey(series);
    }

    /** How much a series grew since {@code before}. */
    double since(PrometheusScrape before, String series) {
        return value(series) - before.value(series);
    }

    static String managementUri() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
