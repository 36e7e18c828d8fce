package org.edgeauth.ees.registration;

/** Where the registration keeper stands (reported by {@code GET /ees/v1/registration}). */
public enum KeeperState {
    /** Before the application has started the keeper. */
    NOT_STARTED,
    /** No registration: the request is on its way, or the next attempt is scheduled. */
    REGISTERING,
    /** Registered, and the granted expiry has not passed. */
    REGISTERED,
    /** Registered once, but no update reached the ECS before the granted expiry: the ECS has dropped it. */
    LAPSED,
    /** Shutting down: the deregistration is on its way. */
    DEREGISTERING,
    /** Stopped; the registration was deleted or left to lapse. */
    DEREGISTERED
}
