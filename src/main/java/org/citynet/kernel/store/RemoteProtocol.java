package org.citynet.kernel.store;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * How the service talks to one remote SPARQL store, beyond its URLs and credentials: the request forms, the
 * timeout parameter, the store's caps on answers and the sizes the service keeps below them. Made from a
 * {@link StoreKind}'s defaults ({@link #defaults}), each of which a deployment may override.
 *
 * @param kind             the kind of store the defaults came from
 * @param queryForm        how a query is sent; never an {@code application/sparql-query} body by default
 * @param updateForm       how an update is sent: a body ({@code application/sparql-update; charset=utf-8}) or a form
 * @param timeoutParameter the request parameter that asks the store to stop a query; null to send none
 * @param timeoutUnit      its unit: {@code SECONDS} (Fuseki, RDF4J) or {@code MILLISECONDS} (Virtuoso)
 * @param maxRows          the store's cap on the rows (or triples) of one answer; 0 if it has none. An answer
 *                         of that many rows that its query did not limit is taken as cut, and refused
 * @param maxSortedRows    the most rows the store sorts for ORDER BY with LIMIT/OFFSET; 0 if unlimited
 * @param pageSize         rows per request when the service reads whole graphs (dumps, backups, copies);
 *                         below {@code maxRows}; 0 reads each whole read in one request
 * @param updateChunk      most quads in one update request of a load
 * @param loadMethod       how a load writes each graph
 * @param restoresGeometry whether answers hold geometry literals rewritten by the store, to be restored
 *                         ({@link GeometryLiterals})
 * @param versionGraph     where the store's version stamp is kept ({@link StoreVersion}): on Fuseki its own
 *                         default graph, which {@code tdb2:unionDefaultGraph} hides from every query; elsewhere
 *                         the named graph {@link LoadVocabulary#VERSION_GRAPH}
 * @param stampMaxAge      how long a version stamp read from the store may be used again before it is read
 *                         anew: zero (the default) reads it for every request, so a replica never answers
 *                         from data older than the store's; more lets a replica answer from a version up to
 *                         that old (another replica's write is seen that much later), saving a round trip
 */
public record RemoteProtocol(StoreKind kind, QueryForm queryForm, UpdateForm updateForm, String timeoutParameter,
                             TimeUnit timeoutUnit, long maxRows, long maxSortedRows, int pageSize, int updateChunk,
                             LoadMethod loadMethod, boolean restoresGeometry, Node versionGraph,
                             Duration stampMaxAge) {

    /** How a query goes to the store (Jena's {@link QuerySendMode}). */
    public enum QueryForm {
        /** GET, or a form-encoded POST when the URL would be too long (Jena's {@code asGetWithLimitForm}). */
        GET_OR_FORM(QuerySendMode.asGetWithLimitForm),
        /** Always a form-encoded POST. */
        FORM(QuerySendMode.asPostForm),
        /** Always GET, however long. */
        GET(QuerySendMode.asGetAlways),
        /** GET, or an {@code application/sparql-query} body when too long: Virtuoso never answers those. */
        GET_OR_BODY(QuerySendMode.asGetWithLimitBody),
        /** Always an {@code application/sparql-query} body. */
        BODY(QuerySendMode.asPost);

        private final QuerySendMode jena;

        QueryForm(QuerySendMode jena) {
            this.jena = jena;
        }

        QuerySendMode jena() {
            return jena;
        }
    }

    /** How an update goes to the store. */
    public enum UpdateForm {
        /** An {@code application/sparql-update; charset=utf-8} body: without the charset RDF4J reads ISO-8859-1. */
        BODY(UpdateSendMode.asPost),
        /** A form-encoded POST ({@code update=…}). */
        FORM(UpdateSendMode.asPostForm);

        private final UpdateSendMode jena;

        UpdateForm(UpdateSendMode jena) {
            this.jena = jena;
        }

        UpdateSendMode jena() {
            return jena;
        }
    }

    /** How a load writes each graph. */
    public enum LoadMethod {
        /** A Graph Store {@code PUT} per graph when a Graph Store endpoint is configured, else updates. */
        AUTO,
        /** A Graph Store Protocol {@code PUT} per graph. */
        GRAPH_STORE,
        /** SPARQL Update requests of at most {@code updateChunk} quads. */
        UPDATE
    }

    public RemoteProtocol {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(queryForm, "queryForm");
        Objects.requireNonNull(updateForm, "updateForm");
        Objects.requireNonNull(loadMethod, "loadMethod");
        versionGraph = versionGraph == null ? LoadVocabulary.VERSION_GRAPH : versionGraph;
        timeoutParameter = timeoutParameter == null || timeoutParameter.isBlank() ? null : timeoutParameter.strip();
        timeoutUnit = timeoutUnit == null ? TimeUnit.SECONDS : timeoutUnit;
        if (timeoutUnit != TimeUnit.SECONDS && timeoutUnit != TimeUnit.MILLISECONDS) {
            throw new IllegalArgumentException("A store's timeout is in seconds or milliseconds, not " + timeoutUnit);
        }
        if (stampMaxAge == null || stampMaxAge.isNegative()) {
            throw new IllegalArgumentException("How long a version stamp is used again is zero or more, not "
                    + stampMaxAge);
        }
        if (maxRows < 0 || maxSortedRows < 0 || pageSize < 0 || updateChunk < 1) {
            throw new IllegalArgumentException("Caps and sizes cannot be negative; an update holds a quad at least");
        }
        if (maxRows > 0 && (pageSize == 0 || pageSize >= maxRows)) {
            throw new IllegalArgumentException("Whole-graph reads from a store that cuts answers at " + maxRows
                    + " rows must be paged below that (page size " + pageSize + ")");
        }
    }

    /** The defaults for a kind of store, as its packaged configuration behaves. */
    public static RemoteProtocol defaults(StoreKind kind) {
        return switch (kind) {
            case FUSEKI -> new RemoteProtocol(kind, QueryForm.GET_OR_FORM, UpdateForm.BODY, "timeout",
                    TimeUnit.SECONDS, 0, 0, 0, 10_000, LoadMethod.AUTO, false, Quad.defaultGraphIRI, Duration.ZERO);
            case RDF4J -> new RemoteProtocol(kind, QueryForm.GET_OR_FORM, UpdateForm.BODY, "timeout",
                    TimeUnit.SECONDS, 0, 0, 0, 10_000, LoadMethod.AUTO, false, null, Duration.ZERO);
            case VIRTUOSO -> new RemoteProtocol(kind, QueryForm.GET_OR_FORM, UpdateForm.BODY, "timeout",
                    TimeUnit.MILLISECONDS, 10_000, 10_000, 5_000, 500, LoadMethod.AUTO, true, null, Duration.ZERO);
            case GENERIC -> new RemoteProtocol(kind, QueryForm.GET_OR_FORM, UpdateForm.BODY, null,
                    TimeUnit.SECONDS, 0, 0, 0, 500, LoadMethod.AUTO, false, null, Duration.ZERO);
        };
    }

    public RemoteProtocol withQueryForm(QueryForm form) {
        return new RemoteProtocol(kind, form, updateForm, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restoresGeometry, versionGraph, stampMaxAge);
    }

    public RemoteProtocol withUpdateForm(UpdateForm form) {
        return new RemoteProtocol(kind, queryForm, form, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restoresGeometry, versionGraph, stampMaxAge);
    }

    /** @param parameter the parameter's name, or blank to send none */
    public RemoteProtocol withTimeout(String parameter, TimeUnit unit) {
        return new RemoteProtocol(kind, queryForm, updateForm, parameter, unit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restoresGeometry, versionGraph, stampMaxAge);
    }

    /** The store's caps; the page size follows them unless set ({@code pageSize} 0 keeps the default rule). */
    public RemoteProtocol withCaps(long rows, long sortedRows, int page) {
        int pages = page > 0 ? page : rows > 0 ? (int) Math.min(10_000, Math.max(1, rows / 2)) : 0;
        return new RemoteProtocol(kind, queryForm, updateForm, timeoutParameter, timeoutUnit, rows, sortedRows,
                pages, updateChunk, loadMethod, restoresGeometry, versionGraph, stampMaxAge);
    }

    public RemoteProtocol withLoad(LoadMethod method, int chunk) {
        return new RemoteProtocol(kind, queryForm, updateForm, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, chunk, method, restoresGeometry, versionGraph, stampMaxAge);
    }

    public RemoteProtocol withGeometryRestored(boolean restore) {
        return new RemoteProtocol(kind, queryForm, updateForm, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restore, versionGraph, stampMaxAge);
    }

    /** @param graph where the version stamp is kept: an IRI, or {@code urn:x-arq:DefaultGraph} for Fuseki's own */
    public RemoteProtocol withVersionGraph(String graph) {
        return new RemoteProtocol(kind, queryForm, updateForm, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restoresGeometry, NodeFactory.createURI(graph), stampMaxAge);
    }

    /** @param maxAge how long a stamp read may be used again; zero to read it for every request */
    public RemoteProtocol withStampMaxAge(Duration maxAge) {
        return new RemoteProtocol(kind, queryForm, updateForm, timeoutParameter, timeoutUnit, maxRows, maxSortedRows,
                pageSize, updateChunk, loadMethod, restoresGeometry, versionGraph, maxAge);
    }

    /** The value of the timeout parameter for {@code millis}, rounded up to the unit. */
    String timeoutValue(long millis) {
        long value = timeoutUnit == TimeUnit.SECONDS ? (millis + 999) / 1000 : millis;
        return Long.toString(Math.max(1, value));
    }

    /**
     * Whether clients' queries are given citynet's graphs as their dataset ({@link KnowledgeStore#scoped}):
     * on every kind but Fuseki, whose {@code tdb2:unionDefaultGraph} is citynet's graphs already (its version
     * stamp lives in the hidden real default graph).
     */
    boolean scopesClientQueries() {
        return kind != StoreKind.FUSEKI || !Quad.isDefaultGraph(versionGraph);
    }

    /**
     * Whether the store runs only SPARQL 1.1's functions, so that a query calling others (XPath's {@code math:})
     * is evaluated partly here ({@link LocalEvaluation}): every kind but Fuseki, which is Jena.
     */
    boolean runsOnlySparql11() {
        return kind != StoreKind.FUSEKI;
    }

    /** Whether a whole read must be paged. */
    boolean paged() {
        return pageSize > 0;
    }
}
