package org.citynet.web.api.queries;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What {@link NamedQueryService} keeps per data version, in one pool under one budget of bytes: the whole rows
 * of an answer, the ordered keys of a query paged by key, the unfiltered rows of a label search.
 */
sealed interface Kept permits ResultRows, KeptFilterRows, Kept.Keys {

    /** An estimate of the heap it holds ({@link HeapEstimate}). */
    long heapBytes();

    /** The ordered keys of a query paged by key ({@link PageKeys}). */
    record Keys(List<Node> keys) implements Kept {

        public Keys {
            keys = List.copyOf(keys);
        }

        @Override
        public long heapBytes() {
            HeapEstimate estimate = new HeapEstimate();
            keys.forEach(estimate::term);
            return estimate.bytes();
        }
    }
}
