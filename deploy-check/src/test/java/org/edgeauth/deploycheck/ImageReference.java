package org.edgeauth.deploycheck;

import java.util.Optional;
import java.util.regex.Pattern;

/** A container image reference, {@code [registry/]path[:tag][@digest]}, and whether it names one fixed image. */
record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    static ImageReference parse(String reference) {
        String rest = reference.strip();
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        // A ':' after the last '/' separates the tag; one before it belongs to a registry port (host:5000/x).
        int colon = rest.lastIndexOf(':');
        Optional<String> tag = Optional.empty();
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /** A sha256 digest, or an explicit tag other than the moving {@code latest}. */
    boolean isPinned() {
        if (digest.isPresent()) {
            return DIGEST.matcher(digest.get()).matches();
        }
        return tag.filter(t -> !t.isEmpty() && !t.equals("latest")).isPresent();
    }
}
