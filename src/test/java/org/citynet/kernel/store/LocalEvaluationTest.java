package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Table;
import org.apache.jena.sparql.algebra.TableFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distance queries split into what a store without {@code math:} functions runs and what Jena runs here,
 * with Jena standing in for the store: the parts handed to it must call only SPARQL 1.1's functions, and the
 * split answer must be the whole query's, row for row and in order.
 */
class LocalEvaluationTest {

    private static final String BASE = "https://w3id.org/citynet/";
    private static final String CN = BASE + "ontology#";
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    private static final Path QUERIES = Path.of("queries");

    private final Dataset store = DatasetFactory.create();
    private final List<Query> sent = new ArrayList<>();

    @BeforeEach
    void cities() {
        Model model = store.getDefaultModel();
        Random random = new Random(12);
        Property lat = model.createProperty(WGS84 + "lat");
        Property lon = model.createProperty(WGS84 + "long");
        Property party = model.createProperty(CN + "party");
        Resource home = city(model, "home", 60.2, 24.6, lat, lon);
        for (int i = 0; i < 60; i++) {
            Resource other = city(model, "c" + i, random.nextDouble() * 120 - 60, random.nextDouble() * 360 - 180,
                    lat, lon);
            home.addProperty(model.createProperty(CN + "twinnedWith"), other);
            Resource near = city(model, "n" + i, 60 + random.nextGaussian() * 3, 24 + random.nextGaussian() * 5,
                    lat, lon);
            model.createResource(BASE + "id/agreement/a" + i).addProperty(party, near).addProperty(party, home);
        }
    }

    @Test
    void aDistanceQueryGivesTheWholeQuerysAnswerAndSendsOnlySparql11() throws Exception {
        Query query = QueryBinding.bind(named("twin-city-distances"),
                Map.of("city", NodeFactory.createURI(BASE + "id/city/home"), "lang", NodeFactory.createLiteralString("en")));

        Query local = LocalEvaluation.split(query, this::run).orElseThrow();

        assertThat(sent).isNotEmpty().allSatisfy(part ->
                assertThat(LocalEvaluation.isStandard(Algebra.compile(part))).as(part.toString()).isTrue());
        ResultSetRewindable whole = select(query, store);
        ResultSetRewindable split = select(local, DatasetFactory.empty());
        assertThat(whole.size()).isEqualTo(60);
        assertThat(ResultSetCompare.equalsByTermAndOrder(whole, split))
                .as("%s%nagainst%n%s", ResultSetFormatter.asText(whole), ResultSetFormatter.asText(split)).isTrue();
    }

    @Test
    void aParameterFilterAndACountAroundTheQueryAreEvaluatedHereToo() throws Exception {
        Query filtered = QueryBinding.bind(named("partnerships-within-distance"),
                Map.of("km", NodeFactory.createLiteralDT("400", XSDDatatype.XSDinteger)));
        Query inner = filtered.cloneQuery();
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { { " + inner + " } }");

        for (Query query : List.of(filtered, count)) {
            sent.clear();
            Query local = LocalEvaluation.split(query, this::run).orElseThrow();
            assertThat(sent).allSatisfy(part -> assertThat(LocalEvaluation.isStandard(Algebra.compile(part))).isTrue());
            ResultSetRewindable whole = select(query, store);
            ResultSetRewindable split = select(local, DatasetFactory.empty());
            assertThat(ResultSetCompare.equalsByTermAndOrder(whole, split)).as(query.toString()).isTrue();
        }
        long within = select(count, store).next().getLiteral("n").getLong();
        assertThat(within).as("the limit cuts through the pairs").isBetween(5L, 55L);
    }

    @Test
    void aStandardQueryOrOneThatReadsDataBesideAnOtherFunctionIsNotSplit() {
        Query standard = QueryFactory.create("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "SELECT ?s (xsd:double(?o) * 2 AS ?d) WHERE { ?s ?p ?o FILTER (STRLEN(STR(?o)) > 1) }");
        assertThat(LocalEvaluation.split(standard, this::run)).isEmpty();
        Query exists = QueryFactory.create("PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>\n"
                + "SELECT ?s WHERE { ?s ?p ?o FILTER (math:sqrt(?o) > 1 || EXISTS { ?o ?q ?r }) }");
        assertThat(LocalEvaluation.split(exists, this::run)).isEmpty();
        Query construct = QueryFactory.create("PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>\n"
                + "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER (math:sqrt(?o) > 1) }");
        assertThat(LocalEvaluation.split(construct, this::run)).isEmpty();
        assertThat(sent).isEmpty();
    }

    private Table run(Query part) {
        sent.add(part);
        part.setResultVars();
        Table table = TableFactory.create(part.getProjectVars());
        try (QueryExecution execution = QueryExecution.dataset(store).query(part).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                table.addBinding(BindingFactory.copy(rows.nextBinding()));
            }
        }
        return table;
    }

    private static ResultSetRewindable select(Query query, Dataset dataset) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            return ResultSetFactory.makeRewindable(execution.execSelect());
        }
    }

    private static Query named(String name) throws Exception {
        return QueryFactory.create(Files.readString(QUERIES.resolve(name + ".rq")));
    }

    private static Resource city(Model model, String slug, double lat, double lon, Property latitude,
                                 Property longitude) {
        return model.createResource(BASE + "id/city/" + slug).addProperty(RDF.type, model.createResource(CN + "City"))
                .addLiteral(latitude, lat).addLiteral(longitude, lon);
    }
}
