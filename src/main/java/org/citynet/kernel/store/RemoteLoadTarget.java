package org.citynet.kernel.store;

import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;

/**
 * Loads into a remote SPARQL 1.1 dataset, e.g. Fuseki's {@code http://localhost:3030/ds}, which answers
 * queries and updates at the dataset URL. The whole replacement goes as one update request (see
 * {@link ReplacementUpdate}), so the server applies it in one transaction. Each call opens and closes its
 * own connection; the target holds no resources.
 */
public final class RemoteLoadTarget implements LoadTarget {

    private static final Query LAST_LOAD = SparqlFiles.load("store", "last-load");
    private static final Query HOLDS_BULK_LOAD = SparqlFiles.load("store", "holds-bulk-load");

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
    public Optional<LoadRecord> lastLoad() {
        try (RDFLink link = connect(); QueryExec exec = link.query(LAST_LOAD)) {
            RowSet rows = exec.select();
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            Binding row = rows.next();
            String hash = lexical(row, "hash");
            return hash == null ? Optional.empty()
                    : Optional.of(LoadRecord.of(hash, lexical(row, "loadedAt"), lexical(row, "tripleCount")));
        }
    }

    @Override
    public boolean holdsBulkLoad() {
        try (RDFLink link = connect(); QueryExec exec = link.query(HOLDS_BULK_LOAD)) {
            return exec.ask();
        }
    }

    @Override
    public void apply(LoadPlan plan) {
        try (RDFLink link = connect()) {
            link.update(ReplacementUpdate.of(plan));
        }
    }

    private static String lexical(Binding row, String variable) {
        Node node = row.get(variable);
        return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }

    private RDFLink connect() {
        return links.get();
    }

    @Override
    public String toString() {
        return "remote dataset " + description;
    }
}
