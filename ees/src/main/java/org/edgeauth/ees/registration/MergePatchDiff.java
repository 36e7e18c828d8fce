package org.edgeauth.ees.registration;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The RFC 7396 merge patch that turns one JSON object into another: members that are gone become {@code null},
 * changed objects are diffed member by member, anything else that changed (arrays included: a merge patch
 * replaces them whole) is copied. Applying the result to {@code from} gives {@code to}, provided {@code to} holds
 * no {@code null} members (a merge patch cannot set one; profiles never carry them).
 */
final class MergePatchDiff {

    private MergePatchDiff() {
    }

    static ObjectNode between(ObjectNode from, ObjectNode to) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Iterator<String> names = from.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!to.has(name)) {
                patch.putNull(name);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = to.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode before = from.get(member.getKey());
            JsonNode after = member.getValue();
            if (after.equals(before)) {
                continue;
            }
            if (before instanceof ObjectNode beforeObject && after instanceof ObjectNode afterObject) {
                patch.set(member.getKey(), between(beforeObject, afterObject));
            } else {
                patch.set(member.getKey(), after.deepCopy());
            }
        }
        return patch;
    }
}
