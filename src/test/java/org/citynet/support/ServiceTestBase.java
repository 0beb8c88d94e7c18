package org.citynet.support;

import org.citynet.kernel.store.KnowledgeStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port with a fresh real TDB2 directory loaded with the repository's data,
 * and the embedded Fuseki on a free port ({@link ServiceTestSupport#register}). Integration tests that need
 * nothing else extend it and share one Spring context, so one service and one store: a test that writes
 * removes what it wrote, and no test counts on the store's generation staying as it was between tests.
 * Tests with settings of their own (or that need a store no other test writes to) declare their own
 * {@code @DynamicPropertySource} instead, and get a context of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTestBase {

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    @Autowired
    protected KnowledgeStore store;

    @LocalServerPort
    protected int port;

    /** The service's address for a path, e.g. {@code url("/api/cities")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
