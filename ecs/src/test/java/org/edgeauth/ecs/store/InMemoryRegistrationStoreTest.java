package org.edgeauth.ecs.store;

/** The single-instance store meets the store contract. */
class InMemoryRegistrationStoreTest extends RegistrationStoreContract {

    @Override
    RegistrationStore newStore() {
        return new InMemoryRegistrationStore();
    }
}
