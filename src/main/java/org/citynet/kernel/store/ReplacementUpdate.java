package org.citynet.kernel.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Builds the single SPARQL Update request that performs a {@link LoadPlan} on a remote store, with Jena's
 * update API so that no data is ever spliced into SPARQL text. A server such as Fuseki runs one request
 * in one transaction, which makes the remote load all or nothing too. The request reads:
 *
 * <pre>
 * DELETE { GRAPH ?g { ?s ?p ?o } }
 * WHERE  { GRAPH &lt;load&gt; { &lt;load#manifest&gt; cn:loadedGraph ?g } GRAPH ?g { ?s ?p ?o } } ;
 * DROP SILENT GRAPH &lt;g1&gt; ; ... ; DROP SILENT GRAPH &lt;load&gt; ;
 * INSERT DATA { GRAPH &lt;g1&gt; { ... } ... GRAPH &lt;load&gt; { manifest } }
 * </pre>
 */
final class ReplacementUpdate {

    private static final Var GRAPH = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");

    private ReplacementUpdate() {
    }

    static UpdateRequest of(LoadPlan plan) {
        UpdateRequest request = new UpdateRequest();
        request.setPrefix("cn", CN.NS);
        // Empties what the previous load wrote, so graphs the new load lacks disappear; the server reads the
        // previous manifest itself, inside the same transaction.
        request.add(clearPreviouslyLoaded());
        plan.graphs().keySet().forEach(graph -> request.add(new UpdateDrop(graph, true)));
        request.add(new UpdateDrop(LoadVocabulary.LOAD_GRAPH, true));
        request.add(insert(plan));
        return request;
    }

    private static UpdateModify clearPreviouslyLoaded() {
        UpdateModify clear = new UpdateModify();
        clear.getDeleteAcc().addQuad(new Quad(GRAPH, S, P, O));
        ElementPathBlock listed = new ElementPathBlock();
        listed.addTriple(Triple.create(LoadVocabulary.MANIFEST, CN.loadedGraph.asNode(), GRAPH));
        ElementPathBlock content = new ElementPathBlock();
        content.addTriple(Triple.create(S, P, O));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(LoadVocabulary.LOAD_GRAPH, listed));
        where.addElement(new ElementNamedGraph(GRAPH, content));
        clear.setElement(where);
        clear.setHasInsertClause(false);
        clear.setHasDeleteClause(true);
        return clear;
    }

    // One INSERT DATA for everything keeps blank node labels shared between graphs consistent.
    private static UpdateDataInsert insert(LoadPlan plan) {
        QuadDataAcc quads = new QuadDataAcc();
        plan.graphs().forEach((name, graph) -> addAll(quads, name, graph));
        addAll(quads, LoadVocabulary.LOAD_GRAPH, plan.manifest());
        return new UpdateDataInsert(quads);
    }

    private static void addAll(QuadDataAcc quads, Node name, Graph graph) {
        graph.find().forEachRemaining(triple -> quads.addQuad(Quad.create(name, triple)));
    }
}
