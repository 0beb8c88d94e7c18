package org.citynet.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings for integration tests: a fresh real TDB2 directory per test class and the embedded Fuseki on a
 * free port. Call {@link #register} from a {@code @DynamicPropertySource} method.
 */
public final class ServiceTestSupport {

    private ServiceTestSupport() {
    }

    public static Path register(DynamicPropertyRegistry registry) {
        try {
            Path tdb = Files.createTempDirectory("citynet-it-tdb2-");
            registry.add("citynet.store.location", tdb::toString);
            registry.add("citynet.fuseki.port", () -> "0");
            return tdb;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
