package org.citynet.web.linkeddata;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port over a real TDB2 directory loaded with the real data; the linked-data
 * integration tests share this one context. It is not {@link org.citynet.support.ServiceTestBase}'s: these
 * tests check that Last-Modified is the load time, which a write by any other test would move. Expected
 * values are read from the store, not written down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RealDataService {

    public static final String BASE = "https://w3id.org/citynet/";
    public static final String CN = BASE + "ontology#";
    public static final String ESPOO = BASE + "id/city/espoo";
    public static final String KONGSBERG = BASE + "id/city/kongsberg";
    static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    public LinkedDataHttp http;

    @BeforeEach
    void client() {
        http = new LinkedDataHttp(port);
    }

    /** Runs a SELECT (with the common prefixes) on the store and collects one variable's values as strings. */
    protected List<String> select(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(PREFIXES + query, row -> values.add(text(row, variable)));
        }
        return values;
    }

    private static String text(QuerySolution row, String variable) {
        var node = row.get(variable);
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
