package org.edgeauth.ees.registration;

import java.time.Instant;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistrationPatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The keeper's update: a new proposed expiry, and the profile changes the ECS has not seen yet. */
final class RegistrationPatch {

    static final String EES_PROF = "eesProf";

    private RegistrationPatch() {
    }

    static EESRegistrationPatch of(ObjectMapper json, EESProfile registered, EESProfile desired,
            Instant proposedExpiry) {
        ObjectNode document = EESRegistrationPatch.expTime(proposedExpiry).document();
        ObjectNode changes = MergePatchDiff.between(json.valueToTree(registered), json.valueToTree(desired));
        if (!changes.isEmpty()) {
            document.set(EES_PROF, changes);
        }
        return new EESRegistrationPatch(document);
    }
}
