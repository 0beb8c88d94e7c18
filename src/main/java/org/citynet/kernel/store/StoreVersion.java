package org.citynet.kernel.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * The version of the data in a store that several service processes share: one node in a graph of its own
 * ({@link RemoteProtocol#versionGraph()}),
 *
 * <pre>
 * GRAPH &lt;version graph&gt; { &lt;…/graph/version#current&gt; owl:versionInfo "random stamp" ;
 *                            dct:modified "…"^^xsd:dateTime ; dct:hasPart &lt;graph written&gt; … }
 * </pre>
 *
 * The version graph is {@code https://w3id.org/citynet/graph/version}, except on Fuseki, where it is the
 * dataset's own default graph ({@code urn:x-arq:DefaultGraph}), which {@code tdb2:unionDefaultGraph} keeps out
 * of every query's default graph and out of {@code GRAPH ?g}: the stamp is then invisible to every answer.
 *
 * Every write through the service (SPARQL Update, Graph Store writes, loads, restores) changes the stamp in
 * the same update request as the data, as its last operation, and every operation of that request is
 * conditional on the stamp still being the one the writer read ({@link #ifStamp}): a request that lost a race
 * changes nothing, and its writer finds another stamp when it reads back. Replicas read the stamp before
 * each request ({@code version.rq}), so their ETags, 304s and cached answers are keyed on the data itself.
 * Builds the update operations with Jena's update API, never by splicing text. Immutable.
 */
final class StoreVersion {

    private static final Query READ = SparqlFiles.load("store", "version");
    private static final Query WRITTEN_GRAPHS = SparqlFiles.load("store", "written-graphs");

    private static final Var OLD_MODIFIED = Var.alloc("oldModified");
    private static final Var ANY_STAMP = Var.alloc("anyStamp");

    /**
     * What the store's version node says.
     *
     * @param stamp    the stamp; null if the store has none yet (never written through the service)
     * @param modified when it was set; null if unknown
     */
    record Stamp(String stamp, Instant modified) {

        static final Stamp NONE = new Stamp(null, null);
    }

    private final Node graph;

    /** @param graph where the version node is kept */
    StoreVersion(Node graph) {
        this.graph = graph;
    }

    /** The query that reads the stamp ({@code ?stamp ?modified}), with its bindings. */
    Query read() {
        return READ;
    }

    /** The query that lists the graphs written through the service ({@code ?graph}). */
    Query writtenGraphs() {
        return WRITTEN_GRAPHS;
    }

    Map<String, Node> bindings() {
        return Map.of("versionGraph", graph);
    }

    Node graph() {
        return graph;
    }

    /** A new stamp: random, so two stores, or a store and its restored backup, never share one. */
    static String newStamp() {
        return UUID.randomUUID().toString();
    }

    /** The condition every operation of a write carries: the stamp is still {@code expected} (null: none yet). */
    Element ifStamp(String expected) {
        if (expected != null) {
            ElementPathBlock stamp = new ElementPathBlock();
            stamp.addTriple(Triple.create(LoadVocabulary.VERSION, LoadVocabulary.STAMP, literal(expected)));
            return new ElementNamedGraph(graph, stamp);
        }
        ElementPathBlock any = new ElementPathBlock();
        any.addTriple(Triple.create(LoadVocabulary.VERSION, LoadVocabulary.STAMP, ANY_STAMP));
        ElementGroup exists = new ElementGroup();
        exists.addElement(new ElementNamedGraph(graph, any));
        return new ElementFilter(new E_NotExists(exists));
    }

    /** {@code DELETE { deletes } INSERT { inserts } WHERE { stamp is expected }}. */
    UpdateModify conditional(String expected, QuadAcc deletes, QuadAcc inserts) {
        UpdateModify modify = new UpdateModify();
        deletes.getQuads().forEach(modify.getDeleteAcc()::addQuad);
        inserts.getQuads().forEach(modify.getInsertAcc()::addQuad);
        modify.setHasDeleteClause(!deletes.getQuads().isEmpty());
        modify.setHasInsertClause(!inserts.getQuads().isEmpty());
        ElementGroup where = new ElementGroup();
        where.addElement(ifStamp(expected));
        modify.setElement(where);
        return modify;
    }

    /**
     * Every triple of {@code graph} deleted, if the stamp is still {@code expected}: a pattern, so blank nodes
     * go too, and the request stays small however big the graph.
     */
    UpdateModify clearGraph(String expected, Node cleared) {
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        UpdateModify modify = new UpdateModify();
        modify.getDeleteAcc().addQuad(Quad.create(cleared, s, p, o));
        modify.setHasDeleteClause(true);
        modify.setHasInsertClause(false);
        ElementPathBlock content = new ElementPathBlock();
        content.addTriple(Triple.create(s, p, o));
        ElementGroup where = new ElementGroup();
        where.addElement(ifStamp(expected));
        where.addElement(new ElementNamedGraph(cleared, content));
        modify.setElement(where);
        return modify;
    }

    /**
     * The stamp changed from {@code expected} to {@code next}, its time set, and {@code written} recorded as
     * graphs of citynet's: the last operation of every write. Written without an OPTIONAL next to the
     * {@code FILTER NOT EXISTS} of a first stamp: Virtuoso 7.2 finds no solution for that group at all.
     */
    UpdateModify change(String expected, String next, Instant now, Collection<Node> written) {
        UpdateModify modify = new UpdateModify();
        Node version = LoadVocabulary.VERSION;
        ElementGroup where = new ElementGroup();
        where.addElement(ifStamp(expected));
        if (expected != null) {
            modify.getDeleteAcc().addQuad(Quad.create(graph, version, LoadVocabulary.STAMP, literal(expected)));
            modify.getDeleteAcc().addQuad(Quad.create(graph, version, LoadVocabulary.MODIFIED, OLD_MODIFIED));
            where.addElement(new ElementOptional(versionValue(LoadVocabulary.MODIFIED, OLD_MODIFIED)));
        }
        modify.getInsertAcc().addQuad(Quad.create(graph, version, LoadVocabulary.STAMP, literal(next)));
        modify.getInsertAcc().addQuad(Quad.create(graph, version, LoadVocabulary.MODIFIED, NodeFactory.createLiteralDT(
                now.truncatedTo(ChronoUnit.MILLIS).toString(), XSDDatatype.XSDdateTime)));
        written.forEach(part -> modify.getInsertAcc().addQuad(
                Quad.create(graph, version, LoadVocabulary.WRITTEN_GRAPH, part)));
        modify.setHasDeleteClause(expected != null);
        modify.setHasInsertClause(true);
        modify.setElement(where);
        return modify;
    }

    private Element versionValue(Node property, Var value) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(LoadVocabulary.VERSION, property, value));
        return new ElementNamedGraph(graph, block);
    }

    private static Node literal(String stamp) {
        return NodeFactory.createLiteralString(stamp);
    }
}
