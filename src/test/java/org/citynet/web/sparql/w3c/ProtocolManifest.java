package org.citynet.web.sparql.w3c;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The W3C SPARQL 1.1 Protocol test manifest ({@code w3c/protocol/manifest.ttl}, from w3c/rdf-tests), read
 * with Jena into records, in the order of {@code mf:entries}. Every term of a request and of an expected
 * response is read; a term this reader does not know fails the read, so that no expectation the manifest
 * states can be ignored silently. Test helper.
 */
final class ProtocolManifest {

    static {
        // Before the vocabulary constants below: Jena initialises itself on first use, and RDF's constants
        // are null while that runs if RDF is what set it off.
        JenaSystem.init();
    }

    static final String RESOURCE = "w3c/protocol/manifest.ttl";
    /** The manifest's own base: its relative data file names resolve against it. */
    static final String BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl";

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final String DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";

    private static final Set<String> TEST_TERMS = Set.of(RDF.type.getURI(), MF + "name", MF + "action",
            UT + "graphData", DAWGT + "approval", DAWGT + "approvedBy", RDFS.comment.getURI());
    private static final Set<String> CONNECTION_TERMS = Set.of(RDF.type.getURI(), HT + "connectionAuthority",
            HT + "requests");
    private static final Set<String> REQUEST_TERMS = Set.of(RDF.type.getURI(), HT + "absolutePath", HT + "body",
            HT + "headers", HT + "httpVersion", HT + "methodName", HT + "resp");
    private static final Set<String> RESPONSE_TERMS = Set.of(RDF.type.getURI(), MF + "expectedStatus",
            MF + "expectedBoolean", MF + "expectedFormat");
    private static final Pattern WRITTEN_GRAPH = Pattern.compile("GRAPH\\s*<([^>]+)>");

    private ProtocolManifest() {
    }

    /** One test: its requests run in order, after the graphs of {@code graphData} are loaded. */
    record ProtocolTest(String name, String title, List<GraphData> graphData, List<Call> calls) {

        boolean writes() {
            return calls.stream().anyMatch(Call::isUpdate);
        }
    }

    /** {@code ut:graphData}: the data file (beside the manifest) to serve as the graph of that name. */
    record GraphData(String file, String graph) {
    }

    /**
     * One HTTP request and what its answer must be.
     *
     * @param pathAndQuery the manifest's {@code ht:absolutePath}, starting {@code /sparql/}
     * @param headers      name and value pairs, in order
     * @param body         the body's characters, or null for none
     * @param encoding     the body's character encoding
     */
    record Call(String method, String pathAndQuery, List<String[]> headers, String body, String encoding,
                Expected expected) {

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst()
                    .orElse(null);
        }

        boolean isUpdate() {
            String type = header("content-type");
            return type != null && type.startsWith("application/sparql-update")
                    || body != null && body.startsWith("update=") || pathAndQuery.contains("update=");
        }
    }

    /**
     * @param statusClasses the first digits of the status codes allowed ({@code hts:StatusCode2xx} is 2)
     * @param booleanResult {@code mf:expectedBoolean}, or null
     * @param format        {@code mf:expectedFormat} ("boolean", "tabular", "RDF"), or null
     */
    record Expected(Set<Integer> statusClasses, Boolean booleanResult, String format) {
    }

    static List<ProtocolTest> read() {
        Model manifest = ModelFactory.createDefaultModel();
        try (InputStream in = ProtocolManifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Resource root = manifest.listSubjectsWithProperty(RDF.type, manifest.createResource(MF + "Manifest"))
                .nextResource();
        List<ProtocolTest> tests = new ArrayList<>();
        for (RDFNode entry : list(root, MF + "entries")) {
            tests.add(test(entry.asResource()));
        }
        return tests;
    }

    /** Every graph an update of the suite writes into (its {@code GRAPH <…>}), sorted. */
    static Set<String> writtenGraphs(List<ProtocolTest> tests) {
        Set<String> graphs = new TreeSet<>();
        tests.stream().flatMap(test -> test.calls().stream()).filter(Call::isUpdate)
                .forEach(call -> {
                    Matcher matcher = WRITTEN_GRAPH.matcher(call.body() == null ? "" : call.body());
                    while (matcher.find()) {
                        graphs.add(matcher.group(1));
                    }
                });
        return graphs;
    }

    private static ProtocolTest test(Resource test) {
        requireKnown(test, TEST_TERMS);
        Resource connection = test.getPropertyResourceValue(property(MF + "action"));
        requireKnown(connection, CONNECTION_TERMS);
        List<GraphData> data = new ArrayList<>();
        test.listProperties(property(UT + "graphData")).forEach(statement -> {
            Resource graphData = statement.getResource();
            data.add(new GraphData(graphData.getPropertyResourceValue(property(UT + "graph")).getURI(),
                    graphData.getProperty(RDFS.label).getString()));
        });
        List<Call> calls = new ArrayList<>();
        for (RDFNode request : list(connection, HT + "requests")) {
            calls.add(call(request.asResource()));
        }
        String name = test.getURI().substring(test.getURI().indexOf('#') + 1);
        return new ProtocolTest(name, test.getProperty(property(MF + "name")).getString(), data, calls);
    }

    private static Call call(Resource request) {
        requireKnown(request, REQUEST_TERMS);
        List<String[]> headers = new ArrayList<>();
        if (request.hasProperty(property(HT + "headers"))) {
            for (RDFNode header : list(request, HT + "headers")) {
                Resource h = header.asResource();
                headers.add(new String[] {h.getProperty(property(HT + "fieldName")).getString(),
                        h.getProperty(property(HT + "fieldValue")).getString()});
            }
        }
        String body = null;
        String encoding = "UTF-8";
        Resource content = request.getPropertyResourceValue(property(HT + "body"));
        if (content != null) {
            body = content.getProperty(property(CNT + "chars")).getString();
            encoding = content.getProperty(property(CNT + "characterEncoding")).getString();
        }
        return new Call(request.getProperty(property(HT + "methodName")).getString(),
                request.getProperty(property(HT + "absolutePath")).getString(), headers, body, encoding,
                expected(request.getPropertyResourceValue(property(HT + "resp"))));
    }

    private static Expected expected(Resource response) {
        requireKnown(response, RESPONSE_TERMS);
        Set<Integer> classes = new TreeSet<>();
        response.listProperties(property(MF + "expectedStatus")).forEach(statement -> {
            String code = statement.getResource().getURI();
            if (!code.startsWith(HTS + "StatusCode") || !code.endsWith("xx")) {
                throw new IllegalStateException("An expected status this runner cannot read: " + code);
            }
            classes.add(Integer.parseInt(code.substring((HTS + "StatusCode").length(), code.length() - 2)));
        });
        if (classes.isEmpty()) {
            throw new IllegalStateException("A response without mf:expectedStatus: " + response);
        }
        Statement bool = response.getProperty(property(MF + "expectedBoolean"));
        Statement format = response.getProperty(property(MF + "expectedFormat"));
        return new Expected(classes, bool == null ? null : bool.getBoolean(),
                format == null ? null : format.getString());
    }

    /** Fails on any term of {@code node} outside {@code known}: an expectation would otherwise go unchecked. */
    private static void requireKnown(Resource node, Set<String> known) {
        node.listProperties().forEach(statement -> {
            if (!known.contains(statement.getPredicate().getURI())) {
                throw new IllegalStateException("The manifest uses " + statement.getPredicate()
                        + ", which this runner does not check");
            }
        });
    }

    private static List<RDFNode> list(Resource subject, String property) {
        return subject.getPropertyResourceValue(property(property)).as(RDFList.class).asJavaList();
    }

    private static Property property(String uri) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(uri);
    }
}
