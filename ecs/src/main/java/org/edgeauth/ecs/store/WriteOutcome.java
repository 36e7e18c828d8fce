package org.edgeauth.ecs.store;

/** Result of a conditional write: the store decides ownership atomically with the write. */
public enum WriteOutcome {
    DONE,
    /** No live registration with that id (never existed, deleted, or lapsed). */
    NOT_FOUND,
    /** The registration belongs to another EES: nothing was changed. */
    NOT_OWNER,
    /** The registration changed since it was read (another replica or request wrote it): nothing was changed. */
    CONFLICT
}
