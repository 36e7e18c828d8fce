package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ghcr.io/edgeauth/ecs:0.1.0-native", "docker.io/library/redis:7.2.8-alpine",
            "registry:5000/team/app:1.2",
            "quay.io/x/y@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void pinned(String reference) {
        assertTrue(ImageReference.parse(reference).isPinned(), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis", "redis:latest", "registry:5000/team/app", "ghcr.io/x/y:", "x@sha256:short"})
    void notPinned(String reference) {
        assertFalse(ImageReference.parse(reference).isPinned(), reference);
    }

    @Test
    void registryPortIsNotATag() {
        ImageReference image = ImageReference.parse("registry:5000/team/app:1.2");
        assertEquals("registry:5000/team/app", image.repository());
        assertEquals(Optional.of("1.2"), image.tag());
    }
}
