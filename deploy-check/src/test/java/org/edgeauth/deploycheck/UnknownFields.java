package org.edgeauth.deploycheck;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Finds what fabric8 could not place in its typed model. fabric8 does not reject an unknown or misspelt field
 * (say {@code readinessProbes}, or {@code securityContext} one level too high): it keeps it in the nearest
 * {@code additionalProperties} map, where Kubernetes would later drop or refuse it. So every such map in the
 * whole object tree must be empty.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    /** Paths such as {@code spec.template.spec.containers[0].readinessProbes}; empty when all fields are known. */
    static List<String> in(Object object) {
        List<String> found = new ArrayList<>();
        if (object instanceof GenericKubernetesResource generic) {
            // A kind without a typed model keeps all of its content there; only its metadata is typed.
            walk(generic.getMetadata(), "metadata", found);
        } else {
            walk(object, "", found);
        }
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "[" + key + "]", found));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getName().equals("additionalProperties")) {
                    Map<?, ?> unknown = (Map<?, ?>) read(field, value);
                    if (unknown != null) {
                        unknown.keySet().forEach(key -> found.add(join(path, String.valueOf(key))));
                    }
                } else if (field.isAnnotationPresent(JsonProperty.class)) {
                    walk(read(field, value), join(path, field.getAnnotation(JsonProperty.class).value()), found);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
