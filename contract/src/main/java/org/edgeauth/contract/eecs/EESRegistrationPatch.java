package org.edgeauth.contract.eecs;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 29.558 EESRegistrationPatch, sent as {@value #MEDIA_TYPE}: an RFC 7396 merge patch of an EESRegistration
 * ({@code eesProf} and {@code expTime}, both optional; {@code null} removes a member, objects merge recursively).
 * <p>
 * It is kept as the JSON document itself, not as typed fields, because a typed object cannot tell an absent member
 * ("leave as is") from an explicit {@code null} ("remove"), and that difference is the whole point of a merge patch.
 * The receiver applies the document to the stored registration and validates the result as an EESRegistration.
 */
@RegisterForReflection
public final class EESRegistrationPatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectNode document;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EESRegistrationPatch(ObjectNode document) {
        this.document = Objects.requireNonNull(document, "document").deepCopy();
    }

    /** The patch that only moves the expiry: what an EES sends to keep its registration alive. */
    public static EESRegistrationPatch expTime(Instant proposed) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("expTime", proposed.toString());
        return new EESRegistrationPatch(document);
    }

    /** A copy of the merge-patch document. */
    @JsonValue
    public ObjectNode document() {
        return document.deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EESRegistrationPatch patch && patch.document.equals(document);
    }

    @Override
    public int hashCode() {
        return document.hashCode();
    }

    @Override
    public String toString() {
        return "EESRegistrationPatch" + document;
    }
}
