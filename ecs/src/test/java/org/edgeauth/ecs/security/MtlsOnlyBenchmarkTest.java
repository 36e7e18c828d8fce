package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MtlsOnlyBenchmarkTest {

    @Test
    void refusesToStartOutsideTheBenchProfile() {
        // Plain JUnit runs with no Quarkus profile active, so this is the situation of any non-bench run.
        assertThrows(IllegalStateException.class, () -> new MtlsOnlyBenchmark(true));
    }
}
