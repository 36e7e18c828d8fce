package org.edgeauth.contract.problem;

/**
 * Values of {@link ProblemDetails#cause} the ECS sends: one per distinct failure, so that a client (the EES) can
 * react without parsing {@code detail}. Security causes follow the order of checks of TS 33.501 clause 13.3/13.4.1
 * (spec-notes.md section 6).
 */
public final class ProblemCause {

    // Static authorization (check 2)
    /** The client certificate identity is not admitted by the ECS policy for this API. */
    public static final String EES_NOT_AUTHORIZED = "EES_NOT_AUTHORIZED";
    /** The client certificate does not carry the identity the profile requires (SAN URI urn:uuid:). */
    public static final String CERTIFICATE_NOT_ACCEPTED = "CERTIFICATE_NOT_ACCEPTED";
    /**
     * The client certificate is listed in a configured CRL, or its revocation status cannot be told (the CRL of its
     * CA expired or could not be loaded): fail closed.
     */
    public static final String CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED";

    // Token (check 3)
    public static final String TOKEN_MISSING = "TOKEN_MISSING";
    /** Malformed, bad signature, unknown key, not yet valid ({@code nbf}, {@code iat} ahead), wrong audience. */
    public static final String TOKEN_INVALID = "TOKEN_INVALID";
    /**
     * 503: the token could not be judged because the issuer's keys (JWKS) could not be fetched; the token itself
     * may be fine, so the caller keeps it and retries later (Retry-After).
     */
    public static final String TOKEN_KEYS_UNAVAILABLE = "TOKEN_KEYS_UNAVAILABLE";
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    public static final String UNTRUSTED_ISSUER = "UNTRUSTED_ISSUER";
    public static final String INSUFFICIENT_SCOPE = "INSUFFICIENT_SCOPE";

    // Binding (check 4)
    /** {@code sub} is not the certificate's instance id, or {@code cnf.x5t#S256} is absent or differs. */
    public static final String TOKEN_NOT_BOUND = "TOKEN_NOT_BOUND";

    // Object level (check 5)
    /** The {@code eesId} of a registration body or the {@code ees-id} of a discovery query is not the caller's. */
    public static final String EES_ID_MISMATCH = "EES_ID_MISMATCH";
    /** The registration was created by another EES. */
    public static final String NOT_OWNER = "NOT_OWNER";

    // Request
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String REGISTRATION_NOT_FOUND = "REGISTRATION_NOT_FOUND";
    /** Discovery found no EES serving the requested application (and location). */
    public static final String NO_MATCHING_EES = "NO_MATCHING_EES";
    public static final String RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String SYSTEM_FAILURE = "SYSTEM_FAILURE";
    /** 503: the registration store shared by the ECS replicas (Redis) cannot be reached; retrying later helps. */
    public static final String STORE_UNAVAILABLE = "STORE_UNAVAILABLE";
    /** 409: a merge patch kept losing the race against concurrent writes of the same registration. */
    public static final String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";
    /**
     * 429: the client sent more requests than its rate limit allows (TS 29.500 5.2.7.2: excessive traffic that,
     * continued, may lead to overload); {@code Retry-After} says when to try again.
     */
    public static final String NF_CONGESTION_RISK = "NF_CONGESTION_RISK";

    private ProblemCause() {
    }
}
