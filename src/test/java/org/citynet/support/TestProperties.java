package org.citynet.support;

import java.net.URI;
import java.time.Duration;

import org.citynet.web.system.CitynetProperties;

/**
 * The settings the tests that build the API's beans by hand (no Spring) give them: the public base IRI, an
 * in-memory store, the embedded Fuseki off, and the query limits the test asks for.
 */
public final class TestProperties {

    public static final URI BASE = URI.create("https://w3id.org/citynet/");

    private TestProperties() {
    }

    /** Root {@code .}, a minute's timeout and 10,000 rows at most. */
    public static CitynetProperties inMemory() {
        return inMemory(".", Duration.ofSeconds(60), 10_000);
    }

    /**
     * @param root    the project root (where {@code queries/} is)
     * @param timeout the SPARQL and named-query timeout
     * @param maxRows the most rows a query may answer
     */
    public static CitynetProperties inMemory(String root, Duration timeout, int maxRows) {
        return new CitynetProperties(BASE, root,
                new CitynetProperties.Store("mem", false, null, null, null, null, null),
                new CitynetProperties.Fuseki(false, 0, "/citynet", true, null, null),
                new CitynetProperties.Sparql(timeout, 20000, maxRows, 4),
                new CitynetProperties.NamedQueries(timeout, 1000));
    }
}
