package org.edgeauth.ecs.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IssuedIdentity;

/** Key stores and SSLContexts for test clients and servers, from DevPki files. */
public final class TlsContexts {

    public static final char[] PASSWORD = DevPki.P12_PASSWORD_TEXT.toCharArray();

    private TlsContexts() {
    }

    /** Presents {@code identity} (null: no certificate) and trusts {@code ca}. */
    public static SSLContext of(IssuedIdentity identity, Path ca) {
        try {
            KeyManagerFactory keys = null;
            if (identity != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(keyStore(identity), PASSWORD);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(ca));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity's PKCS#12 key store (password {@link #PASSWORD}). */
    public static KeyStore keyStore(IssuedIdentity identity) {
        try (InputStream in = Files.newInputStream(identity.p12())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyStore trustStore(Path ca) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", DevPki.readCertificate(ca));
            return trusted;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
