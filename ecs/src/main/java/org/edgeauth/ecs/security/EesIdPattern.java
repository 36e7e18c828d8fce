package org.edgeauth.ecs.security;

import java.util.Locale;

/**
 * An EES ID in a policy entry: exact ({@code ees-1.edge.test}) or a leading wildcard ({@code *.load.edge.test})
 * that stands for exactly one DNS label, as in RFC 6125 certificate name matching: {@code a.load.edge.test}
 * matches, {@code a.b.load.edge.test} and {@code load.edge.test} do not. Comparison ignores case.
 */
public record EesIdPattern(String pattern) {

    private static final String WILDCARD = "*.";

    public EesIdPattern {
        pattern = pattern.trim().toLowerCase(Locale.ROOT);
        String rest = pattern.startsWith(WILDCARD) ? pattern.substring(WILDCARD.length()) : pattern;
        if (rest.isEmpty() || rest.contains("*") || rest.startsWith(".") || rest.endsWith(".")) {
            throw new IllegalArgumentException("invalid EES ID pattern '" + pattern
                    + "': use an exact EES ID or *.domain (one leading wildcard label)");
        }
    }

    public boolean matches(String eesId) {
        String candidate = eesId.toLowerCase(Locale.ROOT);
        if (!pattern.startsWith(WILDCARD)) {
            return candidate.equals(pattern);
        }
        String suffix = pattern.substring(1); // ".load.edge.test"
        if (!candidate.endsWith(suffix)) {
            return false;
        }
        String label = candidate.substring(0, candidate.length() - suffix.length());
        return !label.isEmpty() && !label.contains(".");
    }
}
