package org.citynet.catalog;

import org.citynet.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port with a fresh real TDB2 store holding the real data. The catalogue's
 * integration tests extend it so that they share one application context (Spring caches it by this
 * class's configuration); a test that writes to the store removes what it wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningService {

    static final String BASE = "https://w3id.org/citynet/";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    HarvestingSupport web;

    @BeforeEach
    void client() {
        web = new HarvestingSupport(port);
    }
}
