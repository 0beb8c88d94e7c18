package org.citynet.web.catalog;

import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;

/**
 * The running service ({@link ServiceTestBase}) with an HTTP client for the catalogue's integration tests;
 * a test that writes to the store removes what it wrote.
 */
abstract class RunningService extends ServiceTestBase {

    static final String BASE = "https://w3id.org/citynet/";

    HarvestingSupport web;

    @BeforeEach
    void client() {
        web = new HarvestingSupport(port);
    }
}
