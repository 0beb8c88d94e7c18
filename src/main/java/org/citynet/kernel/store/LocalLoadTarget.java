package org.citynet.kernel.store;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.load.LoadPlan;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Loads into a {@code DatasetGraph} in this JVM (in-memory or TDB2) in one write transaction; anything
 * thrown inside aborts it and leaves the dataset as it was. The caller owns the dataset and closes it.
 */
public final class LocalLoadTarget implements LoadTarget {

    private final DatasetGraph dataset;

    /** @throws IllegalArgumentException if the dataset cannot abort a transaction (all or nothing needs it) */
    public LocalLoadTarget(DatasetGraph dataset) {
        if (!dataset.supportsTransactionAbort()) {
            throw new IllegalArgumentException("The dataset must support transactions with abort,"
                    + " e.g. TDB2 or DatasetGraphFactory.createTxnMem()");
        }
        this.dataset = dataset;
    }

    @Override
    public Optional<LoadRecord> lastLoad() {
        return Txn.calculateRead(dataset, () -> Manifest.read(dataset.getGraph(LoadVocabulary.LOAD_GRAPH)));
    }

    @Override
    public boolean holdsBulkLoad() {
        return Txn.calculateRead(dataset, () -> Manifest.isBulk(dataset.getGraph(LoadVocabulary.LOAD_GRAPH)));
    }

    @Override
    public void apply(LoadPlan plan) {
        Txn.executeWrite(dataset, () -> {
            // Read the previous manifest inside the same transaction, so no other writer can slip in between.
            Set<Node> previous = Manifest.loadedGraphs(dataset.getGraph(LoadVocabulary.LOAD_GRAPH));
            previous.stream().filter(graph -> !plan.graphs().containsKey(graph)).forEach(dataset::removeGraph);
            plan.graphs().forEach(this::replace);
            replace(LoadVocabulary.LOAD_GRAPH, plan.manifest());
        });
    }

    private void replace(Node name, Graph content) {
        dataset.removeGraph(name);
        dataset.addGraph(name, content);
    }

    @Override
    public String toString() {
        return "local dataset";
    }
}
