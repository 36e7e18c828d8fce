package org.edgeauth.ecs.http;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.edgeauth.contract.problem.InvalidParam;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/**
 * Names the field in error the way the client wrote it: a JSON path into the request body such as
 * {@code eesProf.endPt.ipv4Addrs[0]}, from a Bean Validation violation or a Jackson mapping error.
 */
public final class InvalidParams {

    private InvalidParams() {
    }

    /** The request body is the root: fields are named by their path alone. */
    public static final String BODY = null;

    /**
     * @param skipLeading nodes to drop before the value's own path: 2 for a violation on a resource method's body
     *                    parameter (method and parameter nodes), 0 for a bean validated directly
     * @param root        what the path is relative to: {@link #BODY}, or a query parameter holding JSON
     */
    public static List<InvalidParam> of(Collection<? extends ConstraintViolation<?>> violations, int skipLeading,
            String root) {
        return violations.stream()
                .map(v -> new InvalidParam(qualified(root, jsonPath(v.getPropertyPath(), skipLeading)), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(InvalidParam::param))
                .toList();
    }

    /** The field a body failed to map at, and why: wrong value type or format, unknown or missing shape. */
    public static InvalidParam of(JsonMappingException e, String root) {
        String reason = e instanceof InvalidTypeIdException typeId
                ? "unsupported or missing type '" + typeId.getTypeId() + "'"
                : "value does not have the expected type or format";
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                append(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return new InvalidParam(qualified(root, path.toString()), reason);
    }

    private static String jsonPath(Path propertyPath, int skipLeading) {
        StringBuilder path = new StringBuilder();
        int position = 0;
        for (Path.Node node : propertyPath) {
            if (position++ < skipLeading) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            // A container element node ("<list element>") carries the index only; a bean node no name.
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                append(path, node.getName());
            }
        }
        return path.toString();
    }

    private static String qualified(String root, String path) {
        if (root == null) {
            return path.isEmpty() ? "body" : path;
        }
        return path.isEmpty() ? root : root + "." + path;
    }

    private static void append(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
