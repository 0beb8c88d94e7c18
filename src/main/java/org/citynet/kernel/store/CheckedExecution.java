package org.citynet.kernel.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * A remote query's execution as the service's code reads it: every row or triple counted as it streams, and
 * at the end of the answer compared with the store's cap — the cap the store reported for this answer
 * ({@link AnswerSignals}) or the configured one ({@link RemoteProtocol#maxRows()}). An answer that reached
 * the cap, for a query that did not limit itself to that many, may have been cut: reading its end throws a
 * {@link PartialAnswerException} instead, before the caller can take it for the whole answer. Geometry
 * literals the store rewrote are restored on the way ({@link GeometryLiterals}). Everything else is the
 * store's execution as it is.
 */
final class CheckedExecution implements QueryExecution {

    private final QueryExecution execution;
    private final Query sent;
    private final RemoteProtocol protocol;
    private final AnswerSignals signals;

    CheckedExecution(QueryExecution execution, Query sent, RemoteProtocol protocol, AnswerSignals signals) {
        this.execution = execution;
        this.sent = sent;
        this.protocol = protocol;
        this.signals = signals;
    }

    @Override
    public ResultSet execSelect() {
        ResultSet results = execution.execSelect();
        List<Var> vars = Var.varList(results.getResultVars());
        Iterator<Binding> rows = new Counted<>(RowSet.adapt(results), this::restore, "rows");
        return ResultSet.adapt(RowSetStream.create(vars, rows));
    }

    @Override
    public Iterator<Triple> execConstructTriples() {
        return new Counted<>(execution.execConstructTriples(), this::restore, "triples");
    }

    @Override
    public Iterator<Triple> execDescribeTriples() {
        return new Counted<>(execution.execDescribeTriples(), this::restore, "triples");
    }

    @Override
    public Iterator<Quad> execConstructQuads() {
        return new Counted<>(execution.execConstructQuads(), quad -> protocol.restoresGeometry()
                ? Quad.create(quad.getGraph(), GeometryLiterals.restore(quad.asTriple())) : quad, "quads");
    }

    @Override
    public Model execConstruct() {
        return execConstruct(ModelFactory.createDefaultModel());
    }

    @Override
    public Model execConstruct(Model model) {
        execConstructTriples().forEachRemaining(triple -> model.getGraph().add(triple));
        return model;
    }

    @Override
    public Model execDescribe() {
        return execDescribe(ModelFactory.createDefaultModel());
    }

    @Override
    public Model execDescribe(Model model) {
        execDescribeTriples().forEachRemaining(triple -> model.getGraph().add(triple));
        return model;
    }

    @Override
    public Dataset execConstructDataset() {
        return execConstructDataset(DatasetFactory.create());
    }

    @Override
    public Dataset execConstructDataset(Dataset dataset) {
        execConstructQuads().forEachRemaining(quad -> dataset.asDatasetGraph().add(quad));
        return dataset;
    }

    @Override
    public boolean execAsk() {
        return execution.execAsk();
    }

    @Override
    public JsonArray execJson() {
        return execution.execJson();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        return execution.execJsonItems();
    }

    @Override
    public Dataset getDataset() {
        return execution.getDataset();
    }

    @Override
    public Context getContext() {
        return execution.getContext();
    }

    @Override
    public Query getQuery() {
        return execution.getQuery();
    }

    @Override
    public String getQueryString() {
        return execution.getQueryString();
    }

    @Override
    public void abort() {
        execution.abort();
    }

    @Override
    public void close() {
        execution.close();
    }

    @Override
    public boolean isClosed() {
        return execution.isClosed();
    }

    @Override
    public long getTimeout1() {
        return execution.getTimeout1();
    }

    @Override
    public long getTimeout2() {
        return execution.getTimeout2();
    }

    private Binding restore(Binding row) {
        if (!protocol.restoresGeometry()) {
            return row;
        }
        BindingBuilder restored = BindingBuilder.create();
        row.forEach((var, node) -> restored.add(var, GeometryLiterals.restore(node)));
        return restored.build();
    }

    private Triple restore(Triple triple) {
        return protocol.restoresGeometry() ? GeometryLiterals.restore(triple) : triple;
    }

    /**
     * Refuses an answer of {@code count} items that reached a cap its query did not ask for: a query whose
     * own LIMIT is at most what came back was answered whole.
     */
    void requireComplete(long count, String what) {
        long cap = signals.reportedMaxRows() > 0 ? signals.reportedMaxRows() : protocol.maxRows();
        // A SELECT's LIMIT counts rows; a CONSTRUCT's counts solutions, which says nothing about its triples.
        boolean limitedByQuery = sent.isSelectType() && sent.hasLimit() && sent.getLimit() <= count
                && sent.getLimit() <= cap;
        if (cap > 0 && count >= cap && !limitedByQuery) {
            throw new PartialAnswerException(PartialAnswerException.Reason.ROW_CAP, "The store's answer has " + count
                    + " " + what + ", its cap (" + cap + "): it may have been cut, so it is not used. Narrow the"
                    + " query, or raise the store's cap and citynet.store.max-rows with it.");
        }
    }

    /** Maps and counts the items of an answer; at its end checks the count ({@link #requireComplete}). */
    private final class Counted<T> implements Iterator<T>, Closeable {

        private final Iterator<T> items;
        private final UnaryOperator<T> map;
        private final String what;
        private long count;
        private boolean checked;

        Counted(Iterator<T> items, UnaryOperator<T> map, String what) {
            this.items = items;
            this.map = map;
            this.what = what;
        }

        @Override
        public boolean hasNext() {
            boolean more = items.hasNext();
            if (!more && !checked) {
                checked = true;
                requireComplete(count, what);
            }
            return more;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            count++;
            return map.apply(items.next());
        }

        @Override
        public void close() {
            if (items instanceof Closeable closeable) {
                closeable.close();
            } else if (items instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Nothing more to release.
                }
            }
        }
    }
}
