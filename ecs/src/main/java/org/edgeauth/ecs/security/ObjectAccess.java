package org.edgeauth.ecs.security;

import org.edgeauth.ecs.store.StoredRegistration;

/**
 * Object-level authorization (check 5 of spec-notes.md section 6): an EES acts only in its own name and only on
 * its own registrations. The EES ID that counts is the one in the client certificate, never one from the request.
 */
public final class ObjectAccess {

    private ObjectAccess() {
    }

    /** The EES ID a caller may register as or query for. */
    public static String ownEesId(Caller caller) {
        return caller.eesId().orElseThrow(
                () -> Denial.EES_ID_MISMATCH.because("client certificate carries no EES ID (SAN dNSName)"));
    }

    /** {@code eesProf.eesId} of a registration body, or {@code ees-id} of a discovery query, must be the caller's. */
    public static void requireOwnEesId(Caller caller, String claimedEesId) {
        if (!ownEesId(caller).equalsIgnoreCase(claimedEesId)) {
            throw Denial.EES_ID_MISMATCH.because("EES ID " + claimedEesId + " is not the caller's");
        }
    }

    public static void requireOwner(Caller caller, StoredRegistration registration) {
        if (!registration.owner().equals(ownEesId(caller))) {
            throw notOwner();
        }
    }

    public static AccessDeniedException notOwner() {
        return Denial.NOT_OWNER.because("the registration belongs to another EES");
    }
}
