package org.edgeauth.ecs.security;

/** Whether a policy entry demands an access token besides the client certificate (TS 33.558 local authorization). */
public enum TokenMode {
    /** Certificate and a valid, bound access token (the default). */
    REQUIRED,
    /** The client certificate alone suffices: only by an explicit policy entry. */
    LOCAL
}
