package org.citynet.support;

import org.citynet.kernel.store.KnowledgeStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service as {@link ServiceTestBase} has it, with writes on for the one user of {@link TestEditor}.
 * Integration tests of the SPARQL protocol that write extend it and share one Spring context; each writes
 * into graphs of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EditorServiceTestBase {

    @DynamicPropertySource
    static void editor(DynamicPropertyRegistry registry) {
        TestEditor.register(registry);
    }

    @Autowired
    protected KnowledgeStore store;

    @LocalServerPort
    protected int port;

    /** The service's address for a path, e.g. {@code url("/sparql")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
