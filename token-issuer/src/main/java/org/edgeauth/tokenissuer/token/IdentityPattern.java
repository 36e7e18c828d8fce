package org.edgeauth.tokenissuer.token;

import java.util.Locale;

/**
 * An eesId pattern of the client policy: an exact name ({@code ees-1.edge.test}) or a leading wildcard
 * ({@code *.edge.test}) standing for exactly ONE label, as in RFC 6125 6.4.3 certificate matching:
 * {@code *.edge.test} admits {@code ees-1.edge.test} but neither {@code edge.test} nor {@code a.b.edge.test}.
 * One label keeps a wildcard entry from silently admitting whole sub-domains delegated to someone else.
 */
public final class IdentityPattern {

    private final String pattern;
    private final String suffix;

    private IdentityPattern(String pattern, String suffix) {
        this.pattern = pattern;
        this.suffix = suffix;
    }

    /** @throws IllegalArgumentException for an empty pattern or a star anywhere but as the whole first label */
    public static IdentityPattern parse(String text) {
        String pattern = text.strip().toLowerCase(Locale.ROOT);
        boolean wildcard = pattern.startsWith("*.");
        String name = wildcard ? pattern.substring(2) : pattern;
        if (name.isEmpty() || name.contains("*") || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new IllegalArgumentException("identity pattern must be a DNS name or *.<DNS name>: '" + text + "'");
        }
        return new IdentityPattern(pattern, wildcard ? "." + name : null);
    }

    public boolean matches(String eesId) {
        String id = eesId.toLowerCase(Locale.ROOT);
        if (suffix == null) {
            return id.equals(pattern);
        }
        if (!id.endsWith(suffix)) {
            return false;
        }
        String label = id.substring(0, id.length() - suffix.length());
        return !label.isEmpty() && !label.contains(".");
    }

    /**
     * How narrowly this pattern names its clients: an exact name beats any wildcard, a longer wildcard domain
     * beats a shorter one.
     */
    public int specificity() {
        return suffix == null ? Integer.MAX_VALUE : suffix.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
