package org.citynet.conformance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/** Compares a store's answer with the reference (embedded TDB2) answer by meaning; see {@link Surface.Kind}. */
final class Comparison {

    enum Outcome { SAME, DIFFERS, FAILED }

    /** The result for one surface on one store. */
    record Verdict(Outcome outcome, String detail) {

        static Verdict same() {
            return new Verdict(Outcome.SAME, "");
        }

        static Verdict differs(String detail) {
            return new Verdict(Outcome.DIFFERS, detail);
        }

        static Verdict failed(String detail) {
            return new Verdict(Outcome.FAILED, detail);
        }
    }

    private static final int SHOWN = 4;

    private Comparison() {
    }

    static Verdict compare(Surface surface, Answer reference, Answer candidate) {
        if (candidate.status() < 0) {
            return Verdict.failed("no answer: " + candidate.problem());
        }
        if (candidate.status() != reference.status()) {
            String what = "status " + candidate.status() + " (reference " + reference.status() + "): "
                    + candidate.excerpt(400);
            return candidate.status() >= 400 ? Verdict.failed(what) : Verdict.differs(what);
        }
        if (!reference.ok()) {
            return Verdict.same();
        }
        try {
            return switch (surface.kind()) {
                case JSON -> json(surface, reference, candidate);
                case RESULTS -> results(surface, reference, candidate);
                case GRAPH -> graph(reference, candidate);
                case DATASET -> dataset(reference, candidate);
                case HTML -> html(reference, candidate);
            };
        } catch (RuntimeException e) {
            return Verdict.failed("answer could not be read: " + e + " — " + candidate.excerpt(300));
        }
    }

    // JSON

    private static Verdict json(Surface surface, Answer reference, Answer candidate) {
        JsonValue expected = strip(JSON.parseAny(reference.body()));
        JsonValue actual = strip(JSON.parseAny(candidate.body()));
        List<String> differences = new ArrayList<>();
        diff("$", expected, actual, surface.ordered(), differences);
        return differences.isEmpty() ? Verdict.same()
                : Verdict.differs(differences.size() + " difference(s): " + String.join("; ", differences.subList(0,
                Math.min(SHOWN, differences.size()))));
    }

    private static JsonValue strip(JsonValue value) {
        if (value.isObject()) {
            JsonObject copy = new JsonObject();
            value.getAsObject().entrySet().forEach(entry -> {
                if (!Normalisation.IGNORED_JSON_FIELDS.contains(entry.getKey())) {
                    copy.put(entry.getKey(), strip(entry.getValue()));
                }
            });
            return copy;
        }
        if (value.isArray()) {
            JsonArray copy = new JsonArray();
            value.getAsArray().forEach(item -> copy.add(strip(item)));
            return copy;
        }
        return value;
    }

    private static void diff(String path, JsonValue expected, JsonValue actual, boolean ordered, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>(expected.getAsObject().keys());
            keys.addAll(actual.getAsObject().keys());
            for (String key : keys) {
                JsonValue e = expected.getAsObject().get(key);
                JsonValue a = actual.getAsObject().get(key);
                if (e == null) {
                    out.add(path + "." + key + " only in this store: " + brief(a));
                } else if (a == null) {
                    out.add(path + "." + key + " missing (reference " + brief(e) + ")");
                } else {
                    diff(path + "." + key, e, a, ordered, out);
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            JsonArray e = expected.getAsArray();
            JsonArray a = actual.getAsArray();
            if (multiset(e).equals(multiset(a))) {
                out.add(path + ": same " + e.size() + " items in another order" + (ordered ? "" : " (order not compared)"));
                return;
            }
            if (e.size() != a.size()) {
                List<String> missing = minus(e, a);
                List<String> extra = minus(a, e);
                out.add(path + ": " + a.size() + " items (reference " + e.size() + ")"
                        + (missing.isEmpty() ? "" : ", missing " + first(missing))
                        + (extra.isEmpty() ? "" : ", extra " + first(extra)));
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                diff(path + "[" + i + "]", e.get(i), a.get(i), ordered, out);
            }
            return;
        }
        out.add(path + " = " + brief(actual) + " (reference " + brief(expected) + ")");
    }

    private static Map<String, Integer> multiset(JsonArray array) {
        Map<String, Integer> counts = new HashMap<>();
        array.forEach(item -> counts.merge(item.toString(), 1, Integer::sum));
        return counts;
    }

    private static List<String> minus(JsonArray from, JsonArray other) {
        Map<String, Integer> left = multiset(other);
        List<String> result = new ArrayList<>();
        for (JsonValue item : from) {
            String key = item.toString();
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                result.add(brief(item));
            }
        }
        return result;
    }

    private static String brief(JsonValue value) {
        String text = value.toString().replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    // SPARQL results

    private static Verdict results(Surface surface, Answer reference, Answer candidate) {
        SPARQLResult expected = readResults(reference);
        SPARQLResult actual = readResults(candidate);
        if (expected.isBoolean() || actual.isBoolean()) {
            if (expected.isBoolean() && actual.isBoolean()) {
                return expected.getBooleanResult() == actual.getBooleanResult() ? Verdict.same()
                        : Verdict.differs("ASK answered " + actual.getBooleanResult());
            }
            return Verdict.differs("one answer is a boolean, the other rows");
        }
        Rows e = rows(expected.getResultSet());
        Rows a = rows(actual.getResultSet());
        if (!new TreeSet<>(e.vars).equals(new TreeSet<>(a.vars))) {
            return Verdict.differs("variables " + a.vars + " (reference " + e.vars + ")");
        }
        List<String> missing = minus(e.rows, a.rows);
        List<String> extra = minus(a.rows, e.rows);
        if (missing.isEmpty() && extra.isEmpty()) {
            if (!surface.ordered() || e.rows.equals(a.rows)) {
                return Verdict.same();
            }
            return Verdict.differs("same " + e.rows.size() + " rows in another order (the query has ORDER BY): first "
                    + "differing position " + firstDifference(e.rows, a.rows));
        }
        return Verdict.differs(a.rows.size() + " rows (reference " + e.rows.size() + ")"
                + (missing.isEmpty() ? "" : "; missing " + missing.size() + ": " + first(missing))
                + (extra.isEmpty() ? "" : "; extra " + extra.size() + ": " + first(extra)));
    }

    private record Rows(List<String> vars, List<String> rows) {
    }

    private static SPARQLResult readResults(Answer answer) {
        Lang lang = answer.contentType() != null && answer.contentType().contains("xml") ? ResultSetLang.RS_XML
                : ResultSetLang.RS_JSON;
        return ResultsReader.create().lang(lang).build()
                .readAny(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static Rows rows(ResultSet results) {
        List<String> vars = results.getResultVars();
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            StringBuilder row = new StringBuilder("{");
            for (String var : new TreeSet<>(vars)) {
                Node node = binding.get(var);
                if (node != null) {
                    row.append(row.length() > 1 ? ", " : "").append(var).append('=').append(term(node));
                }
            }
            rows.add(row.append('}').toString());
        }
        return new Rows(vars, rows);
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:b" : node.toString();
    }

    private static List<String> minus(List<String> from, List<String> other) {
        Map<String, Integer> left = new HashMap<>();
        other.forEach(item -> left.merge(item, 1, Integer::sum));
        List<String> result = new ArrayList<>();
        for (String item : from) {
            if (left.getOrDefault(item, 0) > 0) {
                left.merge(item, -1, Integer::sum);
            } else {
                result.add(item);
            }
        }
        return result;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return i + ": " + shorten(actual.get(i)) + " (reference " + shorten(expected.get(i)) + ")";
            }
        }
        return "none";
    }

    // RDF

    private static Verdict graph(Answer reference, Answer candidate) {
        Graph expected = withoutIgnored(parseGraph(reference));
        Graph actual = withoutIgnored(parseGraph(candidate));
        List<String> e = expected.find().toList().stream().map(Comparison::triple).collect(Collectors.toList());
        List<String> a = actual.find().toList().stream().map(Comparison::triple).collect(Collectors.toList());
        // Isomorphism only where the triples agree with blank nodes blanked out: a search over graphs that differ
        // anyway can take exponential time.
        if (minus(e, a).isEmpty() && minus(a, e).isEmpty() && expected.isIsomorphicWith(actual)) {
            return Verdict.same();
        }
        return Verdict.differs(tripleDifference(expected.find().toList(), actual.find().toList()));
    }

    private static Verdict dataset(Answer reference, Answer candidate) {
        DatasetGraph expected = withoutIgnored(parseDataset(reference));
        DatasetGraph actual = withoutIgnored(parseDataset(candidate));
        if (minus(quads(expected), quads(actual)).isEmpty() && minus(quads(actual), quads(expected)).isEmpty()
                && isomorphicGraphByGraph(expected, actual)) {
            return Verdict.same();
        }
        Set<String> graphs = new LinkedHashSet<>();
        expected.listGraphNodes().forEachRemaining(g -> graphs.add(g.toString()));
        Set<String> actualGraphs = new LinkedHashSet<>();
        actual.listGraphNodes().forEachRemaining(g -> actualGraphs.add(g.toString()));
        List<String> quadsMissing = minus(quads(expected), quads(actual));
        List<String> quadsExtra = minus(quads(actual), quads(expected));
        return Verdict.differs((graphs.equals(actualGraphs) ? "" : "graphs " + actualGraphs + " (reference " + graphs + "); ")
                + quads(actual).size() + " quads (reference " + quads(expected).size() + ")"
                + (quadsMissing.isEmpty() ? "" : "; missing " + quadsMissing.size() + ": " + first(quadsMissing))
                + (quadsExtra.isEmpty() ? "" : "; extra " + quadsExtra.size() + ": " + first(quadsExtra)));
    }

    /** Same graph names, and each graph isomorphic with its namesake (blank nodes are not shared across graphs here). */
    private static boolean isomorphicGraphByGraph(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new LinkedHashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        Set<Node> actualNames = new LinkedHashSet<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        if (!names.equals(actualNames) || !expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph())) {
            return false;
        }
        return names.stream().allMatch(name -> expected.getGraph(name).isIsomorphicWith(actual.getGraph(name)));
    }

    private static List<String> quads(DatasetGraph dataset) {
        List<String> quads = new ArrayList<>();
        Iterator<Quad> it = dataset.find();
        it.forEachRemaining(q -> quads.add(term(q.getGraph()) + " " + term(q.getSubject()) + " "
                + term(q.getPredicate()) + " " + term(q.getObject())));
        return quads;
    }

    private static String tripleDifference(Collection<Triple> expected, Collection<Triple> actual) {
        List<String> e = expected.stream().map(Comparison::triple).collect(Collectors.toList());
        List<String> a = actual.stream().map(Comparison::triple).collect(Collectors.toList());
        List<String> missing = minus(e, a);
        List<String> extra = minus(a, e);
        return a.size() + " triples (reference " + e.size() + ")"
                + (missing.isEmpty() ? "" : "; missing " + missing.size() + ": " + first(missing))
                + (extra.isEmpty() ? "" : "; extra " + extra.size() + ": " + first(extra))
                + (missing.isEmpty() && extra.isEmpty() ? "; same triples up to blank nodes, not isomorphic" : "");
    }

    private static String triple(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static Graph withoutIgnored(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!Normalisation.IGNORED_PREDICATES.contains(t.getPredicate().getURI())) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static DatasetGraph withoutIgnored(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(q -> {
            if (!Normalisation.IGNORED_PREDICATES.contains(q.getPredicate().getURI())) {
                copy.add(q);
            }
        });
        return copy;
    }

    private static Lang lang(Answer answer) {
        String type = answer.contentType() == null ? "text/turtle" : answer.contentType().split(";")[0].trim();
        Lang lang = RDFLanguages.contentTypeToLang(type.toLowerCase(Locale.ROOT));
        if (lang == null) {
            throw new IllegalStateException("not an RDF content type: " + type);
        }
        return lang;
    }

    private static Graph parseGraph(Answer answer) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(inlineContext(answer.body()), lang(answer)).base(Normalisation.SERVICE + "/").parse(graph);
        return graph;
    }

    private static String inlineContext(String body) {
        String url = "\"" + Normalisation.SERVICE + "/context.jsonld\"";
        if (Normalisation.jsonLdContext == null || !body.contains(url)) {
            return body;
        }
        return body.replace(url, JSON.parse(Normalisation.jsonLdContext).get("@context").toString());
    }

    private static DatasetGraph parseDataset(Answer answer) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(answer.body(), lang(answer)).base(Normalisation.SERVICE + "/").parse(dataset);
        return dataset;
    }

    // HTML

    private static Verdict html(Answer reference, Answer candidate) {
        String expected = visible(reference.body());
        String actual = visible(candidate.body());
        if (expected.equals(actual)) {
            return Verdict.same();
        }
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return Verdict.differs("page text differs at character " + i + ": «…" + actual.substring(from,
                Math.min(actual.length(), i + 100)) + "» (reference «…" + expected.substring(from,
                Math.min(expected.length(), i + 100)) + "»)");
    }

    /** Visible text and link targets, whitespace collapsed; scripts, styles and comments dropped. */
    private static String visible(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?i)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>", " [$1] ")
                .replaceAll("(?s)<[^>]+>", " ");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String first(List<String> items) {
        return items.stream().limit(SHOWN).map(Comparison::shorten).collect(Collectors.joining(" | "))
                + (items.size() > SHOWN ? " | …" : "");
    }

    private static String shorten(String text) {
        return text.length() > 220 ? text.substring(0, 220) + "…" : text;
    }
}
