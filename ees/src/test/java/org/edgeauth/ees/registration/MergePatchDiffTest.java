package org.edgeauth.ees.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class MergePatchDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void identicalObjectsNeedAnEmptyPatch() {
        assertEquals(json("{}"), MergePatchDiff.between(json("{\"a\":1,\"b\":{\"c\":[1,2]}}"),
                json("{\"a\":1,\"b\":{\"c\":[1,2]}}")));
    }

    @Test
    void changedAddedAndRemovedMembers() {
        ObjectNode from = json("{\"keep\":1,\"change\":1,\"drop\":true,\"list\":[1,2],\"nested\":{\"x\":1,\"y\":2}}");
        ObjectNode to = json("{\"keep\":1,\"change\":2,\"add\":\"new\",\"list\":[1],\"nested\":{\"x\":1,\"z\":3}}");

        ObjectNode patch = MergePatchDiff.between(from, to);

        assertEquals(json("{\"drop\":null,\"change\":2,\"add\":\"new\",\"list\":[1],"
                + "\"nested\":{\"y\":null,\"z\":3}}"), patch);
        assertEquals(to, apply(from, patch), "RFC 7396 applied to the source gives the target");
    }

    @Test
    void anObjectReplacedByAValueIsCopied() {
        ObjectNode from = json("{\"a\":{\"b\":1}}");
        ObjectNode to = json("{\"a\":[\"b\"]}");

        assertEquals(to, MergePatchDiff.between(from, to));
        assertEquals(to, apply(from, MergePatchDiff.between(from, to)));
    }

    /** RFC 7396 section 2, MergePatch(Target, Patch). */
    private static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                JsonNode current = result.get(member.getKey());
                result.set(member.getKey(), apply(current == null ? JSON.nullNode() : current, member.getValue()));
            }
        }
        return result;
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
