package org.citynet.kernel.store;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecutionBuilderAdapter;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * The timeout of a query sent to a remote store, enforced at both ends. Jena's timeout on an HTTP query
 * is only the HTTP client's wait for the response headers; once the store starts streaming, a slow answer
 * could be read for ever, and the store would go on computing after this service gave up. So:
 * <ul>
 *   <li>the store is asked to stop by itself, with the request parameter its kind reads
 *       ({@link RemoteProtocol#timeoutParameter()}, in its unit, rounded up): Fuseki and RDF4J read
 *       {@code timeout} in seconds, Virtuoso in milliseconds. Fuseki keeps the smaller of its own limit and
 *       this one; Virtuoso answers with what it has at that moment, flagged as incomplete, which
 *       {@link StoreHttpClient} refuses, so no partial answer is ever taken for a whole one;</li>
 *   <li>at the deadline this service aborts the HTTP exchange (closing the connection), however far it
 *       has got, so that the request thread is freed;</li>
 *   <li>whatever the failure looks like then — an aborted stream, the HTTP client's timeout, the store's
 *       own 503, the store's incomplete "anytime" answer — it becomes the {@link QueryCancelledException} a
 *       local timeout gives (503 to clients).</li>
 * </ul>
 * One daemon thread for the whole JVM fires the deadlines; it is idle unless a remote query runs.
 */
final class RemoteDeadline implements AutoCloseable {

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "citynet-remote-query-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final long startNanos = System.nanoTime();
    private final Duration timeout;
    private final AtomicBoolean fired = new AtomicBoolean();
    private ScheduledFuture<?> alarm;

    private RemoteDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** Asks the remote store for the same limit, as its protocol says; call before the execution is built. */
    static RemoteDeadline forRemote(QueryExecutionBuilder builder, Duration timeout, RemoteProtocol protocol) {
        // RDFConnectionRemote hands out its HTTP builder behind an adapter; the parameter needs the builder.
        if (protocol.timeoutParameter() != null && builder instanceof QueryExecutionBuilderAdapter adapter
                && adapter.getExecBuilder() instanceof QueryExecHTTPBuilder http) {
            http.param(protocol.timeoutParameter(), protocol.timeoutValue(timeout.toMillis()));
        }
        return new RemoteDeadline(timeout);
    }

    /** Aborts the execution when the deadline passes, unless closed before. */
    void arm(QueryExecution execution) {
        alarm = CLOCK.schedule(() -> {
            fired.set(true);
            execution.abort();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exception to throw for a failure of the remote execution: a timeout if it was one. */
    RuntimeException translate(RuntimeException failure) {
        if (failure instanceof QueryCancelledException) {
            return failure;
        }
        PartialAnswerException partial = PartialAnswerException.findIn(failure);
        if (partial != null && partial.reason() == PartialAnswerException.Reason.TIMEOUT) {
            return cancelled(partial);
        }
        if (partial != null) {
            return partial;
        }
        boolean pastDeadline = System.nanoTime() - startNanos >= timeout.toNanos();
        if (fired.get() || causedByHttpTimeout(failure) || pastDeadline && isServiceUnavailable(failure)) {
            return cancelled(failure);
        }
        return failure;
    }

    private static QueryCancelledException cancelled(Throwable cause) {
        QueryCancelledException cancelled = new QueryCancelledException();
        cancelled.initCause(cause);
        return cancelled;
    }

    private static boolean causedByHttpTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isServiceUnavailable(RuntimeException failure) {
        return failure instanceof QueryExceptionHTTP http && http.getStatusCode() == 503;
    }

    @Override
    public void close() {
        if (alarm != null) {
            alarm.cancel(false);
        }
    }
}
