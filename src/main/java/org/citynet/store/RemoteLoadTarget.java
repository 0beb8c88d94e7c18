package org.citynet.store;

import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * Loads into a remote SPARQL 1.1 dataset, e.g. Fuseki's {@code http://localhost:3030/ds}, which answers
 * queries and updates at the dataset URL. The whole replacement goes as one update request (see
 * {@link ReplacementUpdate}), so the server applies it in one transaction. Each call opens and closes its
 * own connection; the target holds no resources.
 */
public final class RemoteLoadTarget implements LoadTarget {

    private static final Var HASH = Var.alloc("hash");

    private final Supplier<RDFLink> links;
    private final String description;

    /** A Fuseki-style dataset that answers query and update at its own URL, without authentication. */
    public RemoteLoadTarget(String datasetUrl) {
        this(() -> RDFLinkHTTP.service(datasetUrl).build(), datasetUrl);
    }

    /** @param links opens a new link (with the store's endpoints and credentials) for each call */
    public RemoteLoadTarget(Supplier<RDFLink> links, String description) {
        this.links = links;
        this.description = description;
    }

    @Override
    public String currentContentHash() {
        try (RDFLink link = connect(); QueryExec exec = link.query(hashQuery())) {
            RowSet rows = exec.select();
            Node hash = rows.hasNext() ? rows.next().get(HASH) : null;
            return hash != null && hash.isLiteral() ? hash.getLiteralLexicalForm() : null;
        }
    }

    @Override
    public boolean holdsBulkLoad() {
        try (RDFLink link = connect(); QueryExec exec = link.query(bulkQuery())) {
            return exec.ask();
        }
    }

    @Override
    public void apply(LoadPlan plan) {
        try (RDFLink link = connect()) {
            link.update(ReplacementUpdate.of(plan));
        }
    }

    /** {@code SELECT ?hash { GRAPH <load> { <load#manifest> cn:contentHash ?hash } } LIMIT 1}. */
    private static Query hashQuery() {
        ElementPathBlock pattern = new ElementPathBlock();
        pattern.addTriple(Triple.create(LoadVocabulary.MANIFEST, LoadVocabulary.CONTENT_HASH, HASH));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(LoadVocabulary.LOAD_GRAPH, pattern));
        Query query = new Query();
        query.setQuerySelectType();
        query.addResultVar(HASH);
        query.setQueryPattern(where);
        query.setLimit(1);
        return query;
    }

    /** {@code ASK { GRAPH <load> { <load#manifest> dct:source ?file } }}. */
    private static Query bulkQuery() {
        ElementPathBlock pattern = new ElementPathBlock();
        pattern.addTriple(Triple.create(LoadVocabulary.MANIFEST, LoadVocabulary.LOADED_FROM, Var.alloc("file")));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementNamedGraph(LoadVocabulary.LOAD_GRAPH, pattern));
        Query query = new Query();
        query.setQueryAskType();
        query.setQueryPattern(where);
        return query;
    }

    private RDFLink connect() {
        return links.get();
    }

    @Override
    public String toString() {
        return "remote dataset " + description;
    }
}
