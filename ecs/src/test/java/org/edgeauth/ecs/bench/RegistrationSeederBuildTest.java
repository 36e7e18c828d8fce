package org.edgeauth.ecs.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Outside a bench build the seeder does not exist, so edgeauth.bench.seed-registrations can fill nothing. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class RegistrationSeederBuildTest {

    @Test
    void noSeederOutsideTheBenchBuild() {
        assertFalse(Arc.container().select(RegistrationSeeder.class).isResolvable());
    }
}
