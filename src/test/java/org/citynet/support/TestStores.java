package org.citynet.support;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.LocalKnowledgeStore;

/** What tests may know that the service never asks: the dataset behind a store that lives in this JVM. */
public final class TestStores {

    private TestStores() {
    }

    /** The TDB2 dataset of a local store, to look at or change behind the service's back. */
    public static DatasetGraph dataset(KnowledgeStore store) {
        if (store instanceof LocalKnowledgeStore local) {
            return local.dataset();
        }
        throw new IllegalArgumentException("Not a store in this JVM: " + store.description());
    }
}
