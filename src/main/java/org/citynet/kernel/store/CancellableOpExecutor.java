package org.citynet.kernel.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor with a check of the execution's cancel flag and of its deadline on the output of every
 * operator of the plan. Some operators do their work while the plan is still being built: a hash join reads
 * its whole left side in its constructor. Jena's timeout cannot fire then — its alarm waits for the lock
 * the plan is built under — and its cancel flag reaches only the iterators of a finished plan. So a hash
 * join over a GROUP BY of every quad ran on: at 100,000 cities a named query went on for more than six
 * minutes after its 10 s timeout, until the heap was exhausted. Here the deadline is taken from the
 * execution's query timeout ({@code ARQ.queryTimeout} in its context, as both the service and the
 * embedded Fuseki set it) when its first operator is executed, and every solution passed between two
 * operators checks it.
 */
final class CancellableOpExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = CancellableOpExecutor::new;

    /** The execution's deadline, {@link System#nanoTime()} based; the context is the execution's own. */
    private static final Symbol DEADLINE = Symbol.create("urn:x-citynet:query-deadline");
    private static final long NONE = Long.MAX_VALUE;

    private final AtomicBoolean cancelled;
    private final long deadline;

    private CancellableOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
        this.cancelled = Context.getOrSetCancelSignal(execCxt.getContext());
        this.deadline = deadline(execCxt.getContext());
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new CancelCheck(super.exec(op, input), cancelled, deadline, execCxt);
    }

    /** Fixed when the execution's first operator runs, so nested executions (EXISTS) share it. */
    private static long deadline(Context context) {
        if (context.get(DEADLINE) instanceof Long known) {
            return known;
        }
        Timeouts.Timeout timeout = Timeouts.extractQueryTimeout(context);
        long millis = timeout.hasOverallTimeout() ? timeout.overallTimeoutMillis()
                : timeout.hasInitialTimeout() ? timeout.initialTimeoutMillis() : -1;
        long deadline = millis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis) : NONE;
        context.set(DEADLINE, deadline);
        return deadline;
    }

    /** Passes solutions through; throws as soon as the query is cancelled or past its deadline. */
    private static final class CancelCheck extends QueryIter1 {

        private final AtomicBoolean cancelled;
        private final long deadline;

        CancelCheck(QueryIterator input, AtomicBoolean cancelled, long deadline, ExecutionContext execCxt) {
            super(input, execCxt);
            this.cancelled = cancelled;
            this.deadline = deadline;
        }

        @Override
        protected boolean hasNextBinding() {
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
            if (deadline != NONE && System.nanoTime() - deadline > 0) {
                cancelled.set(true);
                throw new QueryCancelledException();
            }
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        @Override
        protected void requestSubCancel() {
            // QueryIter1 passes the cancel on to the input itself.
        }

        @Override
        protected void closeSubIterator() {
            // QueryIter1 closes the input itself.
        }

        @Override
        public void output(IndentedWriter out, SerializationContext context) {
            getInput().output(out, context);
        }
    }
}
