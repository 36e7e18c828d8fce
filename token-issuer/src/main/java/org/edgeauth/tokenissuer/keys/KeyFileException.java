package org.edgeauth.tokenissuer.keys;

import java.nio.file.Path;

/** A signing or published key file that is missing, unreadable or not an EC P-256 key. */
public class KeyFileException extends RuntimeException {

    KeyFileException(Path file, String problem) {
        super("key file " + file.toAbsolutePath() + ": " + problem);
    }

    KeyFileException(Path file, String problem, Throwable cause) {
        super("key file " + file.toAbsolutePath() + ": " + problem, cause);
    }
}
