package org.edgeauth.tokenissuer.keys;

import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

/** One consistent view of the keys: the active signing key and every public key the JWKS publishes. */
public final class KeyRing {

    private final SigningKey active;
    private final List<String> publishedKids;
    private final String jwks;

    /** @param published public JWKs to publish, the active key's first, no kid twice */
    KeyRing(SigningKey active, List<PublicJsonWebKey> published) {
        this.active = active;
        this.publishedKids = published.stream().map(JsonWebKey::getKeyId).toList();
        // Serialised once per key change: the JWKS endpoint just hands the string out.
        this.jwks = new JsonWebKeySet(published).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public SigningKey active() {
        return active;
    }

    /** kids in the JWKS, the active key's first. */
    public List<String> publishedKids() {
        return publishedKids;
    }

    /** The RFC 7517 JWK Set document, public members only. */
    public String jwks() {
        return jwks;
    }

    boolean sameKeysAs(KeyRing other) {
        return other != null && active.kid().equals(other.active.kid()) && publishedKids.equals(other.publishedKids);
    }
}
