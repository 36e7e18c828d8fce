package org.edgeauth.ees.observability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgeauth.ees.support.EesApi;

/** Reads one series from the EES's Prometheus endpoint on the management interface. */
final class EesMetrics {

    private EesMetrics() {
    }

    /** The value of {@code name} whose labels contain {@code labels} ("" for none); 0 when absent. */
    static double value(String name, String labels) {
        String text = EesApi.management().accept("text/plain").get("/q/metrics").then().statusCode(200).extract()
                .asString();
        Matcher line = Pattern.compile("^" + name + "(?:\\{(.*)\\})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        while (line.find()) {
            if (labels.isEmpty() || line.group(1) != null && line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
