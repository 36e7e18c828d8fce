package org.edgeauth.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

/** An identity whose certificate, key and keystore files have been written. */
public record IssuedIdentity(IdentitySpec spec, X509Certificate certificate, Path crt, Path key, Path p12) {
}
