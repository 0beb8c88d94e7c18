package org.citynet.web.linkeddata;

import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citynet.web.system.RdfFormat;
import org.springframework.web.servlet.View;

/**
 * Writes RDF with Jena RIOT as a Spring MVC view, so that a controller answers HTML and RDF alike with a
 * {@code ModelAndView}. TriG and N-Quads keep every statement in its named graph; the triple syntaxes
 * write the union of the graphs; JSON-LD references the published context. Made per response.
 *
 * @param data       the statements, each in its named graph
 * @param format     any format but HTML
 * @param prefixes   the prefixes to write with
 * @param jsonLd     the published JSON-LD context
 * @param contextUrl where that context is published, for JSON-LD output
 */
record RdfView(DatasetGraph data, RdfFormat format, Prefixes prefixes, JsonLdContext jsonLd, String contextUrl)
        implements View {

    @Override
    public String getContentType() {
        return format.contentType().toString();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        response.setContentType(getContentType());
        OutputStream out = response.getOutputStream();
        switch (format) {
            case TRIG -> RDFDataMgr.write(out, withPrefixes(), format.rdfFormat());
            case NQUADS -> RDFDataMgr.write(out, data, format.rdfFormat());
            case TURTLE, RDFXML, NTRIPLES -> RDFDataMgr.write(out, union(), format.rdfFormat());
            case JSONLD -> jsonLd.write(data.getUnionGraph(), contextUrl, out);
            case HTML -> throw new IllegalStateException("HTML is rendered by a template");
        }
        out.flush();
    }

    private DatasetGraph withPrefixes() {
        DatasetGraph copy = DatasetGraphFactory.create();
        data.find().forEachRemaining(copy::add);
        copy.prefixes().putAll(prefixes.prefixMap());
        return copy;
    }

    private Graph union() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(prefixes.asMap());
        data.getUnionGraph().find().forEach(graph::add);
        return graph;
    }
}
