package org.citynet.kernel.store;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Writes to a dataset in this JVM in one write transaction each (see {@link ValidatedWriter}). */
final class LocalValidatedWriter implements ValidatedWriter {

    private final DatasetGraph dataset;
    private final WriteValidation validation;

    LocalValidatedWriter(DatasetGraph dataset, WriteValidation validation) {
        this.dataset = dataset;
        this.validation = validation;
    }

    @Override
    public <T> T write(Function<DatasetGraph, T> change) {
        return Txn.calculateWrite(dataset, () -> validation.apply(dataset, change));
    }

    @Override
    public void requireWritable(Node graph) {
        boolean isProtected = Txn.calculateRead(dataset, () -> ProtectedGraphs.of(dataset).isProtected(graph));
        if (isProtected) {
            throw ProtectedGraphException.of(List.of(graph));
        }
    }
}
