package org.citynet.kernel.store;

/**
 * What a remote store said about the completeness of one answer beside its body: for now the cap it applied
 * ({@code X-SPARQL-MaxRows}, which Virtuoso sends when an answer reaches {@code ResultSetMaxRows}). The
 * {@link StoreHttpClient} records into the signals of the thread that sends the request (captured when the
 * request is sent, so callbacks on the client's own threads find it); {@link CheckedExecution} compares them
 * with the rows it counted. One per query execution.
 */
final class AnswerSignals {

    private static final ThreadLocal<AnswerSignals> CURRENT = new ThreadLocal<>();

    private volatile long reportedMaxRows;

    /** The signals of the execution running on this thread, or null. */
    static AnswerSignals current() {
        return CURRENT.get();
    }

    /** Runs {@code body} with these signals collecting what the store sends while it runs. */
    void during(Runnable body) {
        AnswerSignals outer = CURRENT.get();
        CURRENT.set(this);
        try {
            body.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    void reportMaxRows(String header) {
        try {
            reportedMaxRows = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // A header we cannot read says nothing we could check.
        }
    }

    /** The cap the store said it applied to this answer; 0 if it said none. */
    long reportedMaxRows() {
        return reportedMaxRows;
    }
}
