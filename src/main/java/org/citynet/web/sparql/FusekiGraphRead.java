package org.citynet.web.sparql;

import java.util.concurrent.Semaphore;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * The embedded Fuseki's Graph Store reads ({@code /citynet?graph=…}, {@code /citynet/get?default}, …),
 * registered in place of Fuseki's own: a graph is read by the service's {@link GraphReads}, as
 * {@code /sparql/graph} reads it (time limit, clients' share of the slots, row cap, problem details).
 *
 * <p>A request without a query string ({@code GET /citynet}) reads the whole dataset as quads: that is how a
 * running service is backed up ({@code backup --store http://localhost:3030/citynet}), so it stays Fuseki's
 * own streaming read from one read transaction, without a row cap. It is bounded otherwise: one at a time (a
 * second gets 503 with {@code Retry-After}); it streams, so it holds no more heap for a big store than for
 * a small one; and Jetty's idle timeout ends one whose client stops reading.
 */
final class FusekiGraphRead extends GSP_R {

    private final GraphReads reads;
    private final FusekiAnswers answers;
    private final Semaphore datasetReads = new Semaphore(1);

    FusekiGraphRead(GraphReads reads, FusekiAnswers answers) {
        this.reads = reads;
        this.answers = answers;
    }

    /** {@link GraphReads} validates the graph parameters as part of reading, the same way on both ports. */
    @Override
    public void validate(HttpAction action) {
    }

    @Override
    protected void doGet(HttpAction action) {
        if (isQuads(action)) {
            wholeDataset(action);
        } else {
            answers.answer(action, () -> reads.read(action.getRequest(), action.getResponse())
                    .writeTo(action.getResponse(), false));
        }
    }

    @Override
    protected void doHead(HttpAction action) {
        if (isQuads(action)) {
            super.doHead(action);
        } else {
            answers.answer(action, () -> reads.read(action.getRequest(), action.getResponse())
                    .writeTo(action.getResponse(), true));
        }
    }

    /** Fuseki's own read, whose failures (406 for a triples-only Accept, say) Fuseki answers itself. */
    private void wholeDataset(HttpAction action) {
        if (!datasetReads.tryAcquire()) {
            answers.refuse(action, new DatasetReadBusyException());
            return;
        }
        try {
            execGetQuads(action);
        } finally {
            datasetReads.release();
        }
    }
}
