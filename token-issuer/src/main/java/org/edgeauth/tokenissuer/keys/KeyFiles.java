package org.edgeauth.tokenissuer.keys;

import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * Where the keys live: the active signing key and the further keys published during a rotation (TS 33.501 leaves
 * key management to the operator; EdgeAuth reads files, typically a mounted Kubernetes Secret).
 */
public record KeyFiles(Path activeKey, List<Path> publishedKeys) {

    public KeyFiles {
        publishedKeys = List.copyOf(publishedKeys);
    }

    /** @throws KeyFileException naming the first file that is missing, unreadable or not an EC P-256 key */
    public KeyRing load() {
        ECPrivateKey privateKey = PemKeys.privateKey(activeKey);
        PublicJsonWebKey activeJwk = jwk(PemKeys.derivePublicKey(privateKey));
        List<PublicJsonWebKey> published = new ArrayList<>(List.of(activeJwk));
        for (Path file : publishedKeys) {
            PublicJsonWebKey jwk = jwk(PemKeys.publicKey(file));
            if (published.stream().map(JsonWebKey::getKeyId).noneMatch(jwk.getKeyId()::equals)) {
                published.add(jwk);
            }
        }
        return new KeyRing(new SigningKey(activeJwk.getKeyId(), privateKey), published);
    }

    /** The published form of a key: kid = RFC 7638 JWK thumbprint (SHA-256), use sig, alg ES256. */
    static PublicJsonWebKey jwk(ECPublicKey key) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            return jwk;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot express an EC P-256 key as a JWK", e);
        }
    }
}
