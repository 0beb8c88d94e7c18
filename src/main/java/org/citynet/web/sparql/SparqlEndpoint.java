package org.citynet.web.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.web.system.AnswerCache;
import org.citynet.web.system.CitynetProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers one SPARQL Protocol request, in the order Fuseki uses: validate (length, syntax, dataset),
 * choose the format (so a 406 costs no query), execute within the time and row limits, then write the
 * whole answer into memory. The controller sends it only after all of that succeeded, so a failure is
 * always a clean problem response, never a truncated answer. Between choosing the format and executing,
 * the shared {@link AnswerCache}: a query whose answer is a function of the data ({@link AnswerKey}) is
 * tagged with the {@link DataVersion} and its variant, a GET whose {@code If-None-Match} holds that tag is
 * answered 304, and a kept answer is sent without running the query; failures are never kept. Queries run
 * through the {@link AnswerCollector} of clients' queries, with their share of the query slots. The one
 * implementation of the protocol's query operation: {@code /sparql} and the embedded Fuseki's query
 * endpoints both call {@link #answer(HttpServletRequest)}. Thread-safe.
 */
@Service
class SparqlEndpoint {

    private final QueryPreparation preparation;
    private final AnswerCollector collector;
    private final ContentNegotiationManager negotiation;
    private final int maxQueryLength;
    private final SparqlMetrics metrics;
    private final DataVersions versions;
    private final AnswerCache cache;

    SparqlEndpoint(AnswerCollector clientQueries, ContentNegotiationManager negotiation, CitynetProperties properties,
                   MeterRegistry registry, DataVersions versions, AnswerCache cache) {
        CitynetProperties.Sparql limits = properties.sparql();
        this.preparation = new QueryPreparation(properties.base(), limits.maxQueryLength(), limits.maxRows());
        this.collector = clientQueries;
        this.negotiation = negotiation;
        this.maxQueryLength = limits.maxQueryLength();
        this.metrics = new SparqlMetrics(registry);
        this.versions = versions;
        this.cache = cache;
    }

    /**
     * Answers a protocol request as it arrived over HTTP ({@link ProtocolRequests}), in the format its
     * {@code Accept} asks for.
     */
    ProtocolAnswer answer(HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        SparqlRequest sparql = ProtocolRequests.query(request, maxQueryLength);
        return answer(sparql, negotiation.resolveMediaTypes(new ServletWebRequest(request)),
                CacheConditions.of(request));
    }

    /**
     * @param accepted   the media types the client accepts, most wanted first (empty: anything)
     * @param conditions what the request says about cached answers
     */
    ProtocolAnswer answer(SparqlRequest request, List<MediaType> accepted, CacheConditions conditions)
            throws HttpMediaTypeNotAcceptableException {
        Timer.Sample sample = metrics.start();
        String form = SparqlMetrics.UNKNOWN_FORM;
        try {
            Query query = preparation.prepare(request);
            form = SparqlMetrics.form(query.queryType());
            ResultFormat format = ResultFormat.choose(family(query.queryType()), accepted);
            if (!cache.enabled() || !AnswerKey.cacheable(query)) {
                metrics.stop(sample, form, SparqlMetrics.OK);
                return new ProtocolAnswer(format.contentType(), run(query, format).bytes(), null);
            }
            return cached(query, format, conditions, sample, form);
        } catch (RuntimeException | HttpMediaTypeNotAcceptableException e) {
            metrics.stop(sample, form, SparqlMetrics.outcome(e));
            throw e;
        }
    }

    private ProtocolAnswer cached(Query query, ResultFormat format, CacheConditions conditions, Timer.Sample sample,
                                  String form) {
        // Read before the query runs: a write in between makes the tag older than the answer, never newer.
        DataVersion version = versions.current();
        String etag = version.etag(AnswerKey.variant(query, format));
        String sentTag = conditions.validated() ? etag : null;
        if (conditions.notModified(etag)) {
            metrics.stop(sample, form, SparqlMetrics.NOT_MODIFIED);
            return new ProtocolAnswer(format.contentType(), null, sentTag);
        }
        Optional<Body> known = conditions.fresh() ? Optional.empty() : cache.find(etag, Body.class);
        if (known.isPresent()) {
            metrics.stop(sample, form, SparqlMetrics.CACHED);
            return new ProtocolAnswer(format.contentType(), known.get().bytes(), sentTag);
        }
        Body body = run(query, format);
        cache.keep(etag, body, version);
        metrics.stop(sample, form, SparqlMetrics.OK);
        return new ProtocolAnswer(format.contentType(), body.bytes(), sentTag);
    }

    private Body run(Query query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        collector.collect(query).write(format, out);
        return new Body(out.toByteArray());
    }

    private static ResultFormat.Family family(QueryType type) {
        return type == QueryType.SELECT || type == QueryType.ASK ? ResultFormat.Family.RESULTS
                : ResultFormat.Family.GRAPH;
    }

    /** The written answer as it is kept; its variant in the tag says its format. */
    record Body(byte[] bytes) implements AnswerCache.Entry {

        @Override
        public int size() {
            return bytes.length;
        }
    }
}
