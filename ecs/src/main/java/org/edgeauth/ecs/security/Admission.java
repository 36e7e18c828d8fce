package org.edgeauth.ecs.security;

/** What the static policy says about a certificate identity and an API. */
public enum Admission {
    DENIED,
    TOKEN_REQUIRED,
    CERTIFICATE_SUFFICES
}
