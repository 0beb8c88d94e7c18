package org.citynet.web.sparql;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running service ({@link ServiceTestBase}) as the endpoint's integration tests use it. Answers are read
 * back with Jena RIOT; expected values come from the store itself through {@link QueryRunner}, not over HTTP.
 */
abstract class SparqlEndpointTestBase extends ServiceTestBase {

    static final String BASE = "https://w3id.org/citynet/";
    static final String ESPOO = BASE + "id/city/espoo";
    static final String SHANGHAI = BASE + "id/city/shanghai";
    static final String TWINS_OF_ESPOO = SparqlHttp.PREFIXES
            + "SELECT ?twin WHERE { city:espoo cn:twinnedWith ?twin } ORDER BY ?twin";

    @Autowired
    QueryRunner runner;

    SparqlHttp http;

    @BeforeEach
    void client() {
        http = new SparqlHttp(port);
    }

    /** The values of one column, straight from the store: IRIs as IRIs, literals as their lexical form. */
    List<String> fromStore(String query, String variable) {
        return runner.select(QueryFactory.create(query), Map.of(), Duration.ofSeconds(30),
                row -> text(row.get(variable)));
    }

    static ResultSet results(HttpResponse<String> response, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    static List<String> column(HttpResponse<String> response, Lang lang, String variable) {
        List<String> values = new ArrayList<>();
        results(response, lang).forEachRemaining((QuerySolution row) -> values.add(text(row.get(variable))));
        return values;
    }

    static Graph graph(HttpResponse<String> response, Lang lang) {
        return RDFParser.fromString(response.body(), lang).toGraph();
    }

    static String text(RDFNode node) {
        if (node == null) {
            return null;
        }
        return node.isURIResource() ? node.asResource().getURI() : node.isLiteral()
                ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
