package org.edgeauth.ecs.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How a registration is written into Redis: JSON with a mapper of its own, so that the stored form does not change
 * with the application's {@code quarkus.jackson.*} settings and replicas of one version always read each other.
 * The contract types register themselves for reflection; the record around them is registered here.
 */
@RegisterForReflection(targets = StoredRegistration.class)
final class StoredRegistrationJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredRegistrationJson() {
    }

    static String encode(StoredRegistration registration) {
        return write(registration);
    }

    /** The EAS ids as a JSON array, which the scripts read with {@code cjson.decode}. */
    static String encodeEasIds(List<String> easIds) {
        return write(easIds);
    }

    static StoredRegistration decode(String json) {
        try {
            return MAPPER.readValue(json, StoredRegistration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable registration in the store: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
