package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.junit.jupiter.api.Test;

/** Every format writes what Jena RIOT reads back, for rows, booleans and graphs. */
class QueryAnswerTest {

    private static final Node KOGE = NodeFactory.createURI("https://w3id.org/citynet/id/city/koge");
    private static final Node LABEL = NodeFactory.createLiteralLang("Køge", "sv");

    private static byte[] written(QueryAnswer answer, Offer format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.write(format.lang(), out);
        return out.toByteArray();
    }

    @Test
    void rowsRoundTripInEveryResultsFormat() {
        Var city = Var.alloc("city");
        Var label = Var.alloc("label");
        QueryAnswer rows = new QueryAnswer.Rows(List.of(city, label),
                List.of(BindingFactory.binding(BindingFactory.binding(city, KOGE), label, LABEL)));
        for (Offer format : Formats.SELECT) {
            if (format.equals(Formats.TEXT)) {
                // The text table is for people: Jena writes it but reads it back as nothing.
                assertThat(new String(written(rows, format), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("<" + KOGE.getURI() + ">").contains("\"Køge\"@sv");
                continue;
            }
            ResultSet read = ResultSetMgr.read(new ByteArrayInputStream(written(rows, format)), format.lang());
            assertThat(read.getResultVars()).as("%s", format).containsExactly("city", "label");
            var row = read.next();
            assertThat(row.get("city").toString()).as("%s", format).isEqualTo(KOGE.getURI());
            assertThat(row.get("label").asLiteral().getLexicalForm()).as("%s", format).isEqualTo("Køge");
            assertThat(read.hasNext()).isFalse();
        }
    }

    @Test
    void aBooleanRoundTripsInTheFormatsJenaReadsBooleansFrom() {
        for (Offer format : List.of(Formats.SPARQL_JSON, Formats.SPARQL_XML, Formats.CSV)) {
            for (boolean value : new boolean[] {true, false}) {
                byte[] bytes = written(new QueryAnswer.Bool(value), format);
                assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(bytes), format.lang()))
                        .as("%s %s", format, value).isEqualTo(value);
            }
        }
        // Jena writes a TSV boolean as a one-column table that its TSV reader reads as a row, not a boolean.
        ResultSet tsv = ResultSetMgr.read(new ByteArrayInputStream(written(new QueryAnswer.Bool(true),
                Formats.TSV)), Formats.TSV.lang());
        assertThat(tsv.next().getLiteral("_askResult").getBoolean()).isTrue();
        // Jena's text form of a boolean, as Fuseki answers text/plain.
        assertThat(new String(written(new QueryAnswer.Bool(true), Formats.TEXT), java.nio.charset.StandardCharsets.UTF_8)
                .strip()).isEqualTo("yes");
    }

    @Test
    void aGraphRoundTripsInEveryGraphFormat() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefix("city", "https://w3id.org/citynet/id/city/");
        graph.add(Triple.create(KOGE, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), LABEL));
        graph.add(Triple.create(KOGE, NodeFactory.createURI("https://w3id.org/citynet/ontology#twinnedWith"),
                NodeFactory.createURI("https://w3id.org/citynet/id/city/espoo")));
        for (Offer format : Formats.GRAPH) {
            Graph read = RDFParser.source(new ByteArrayInputStream(written(new QueryAnswer.Triples(graph), format)))
                    .lang(format.lang()).toGraph();
            assertThat(read.isIsomorphicWith(graph)).as("%s", format).isTrue();
        }
    }
}
