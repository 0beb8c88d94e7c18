package org.citynet.web.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.AnswerCache;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers one SPARQL Protocol request, in the order Fuseki uses: validate (length, syntax, dataset),
 * choose the format (so a 406 costs no query), execute within the time and row limits, then write the
 * whole answer into memory. The controller sends it only after all of that succeeded, so a failure is
 * always a clean problem response, never a truncated answer. Between choosing the format and executing,
 * the shared {@link AnswerCache}: a query whose answer is a function of the data ({@link AnswerKey}) is
 * tagged with the {@link DataVersion} and its variant, a GET whose {@code If-None-Match} holds that tag is
 * answered 304 (Spring's {@code checkNotModified}, which also sets the tag on a GET's answer; a POST is
 * answered from the cache too but neither tagged nor validated: RFC 9110 makes {@code If-None-Match} on a
 * POST a precondition of a change), and a kept answer is sent without running the query; failures are
 * never kept. Thread-safe.
 */
@Service
class SparqlEndpoint {

    private final QueryPreparation preparation;
    private final AnswerCollector collector;
    private final SparqlMetrics metrics;
    private final DataVersions versions;
    private final AnswerCache cache;

    SparqlEndpoint(QueryRunner runner, CitynetProperties properties, MeterRegistry registry,
                   DataVersions versions, AnswerCache cache) {
        CitynetProperties.Sparql limits = properties.sparql();
        this.preparation = new QueryPreparation(properties.base(), limits.maxQueryLength(), limits.maxRows());
        this.collector = new AnswerCollector(runner, limits.timeout(), limits.maxRows());
        this.metrics = new SparqlMetrics(registry);
        this.versions = versions;
        this.cache = cache;
    }

    /**
     * @param accepted the media types the client accepts, most wanted first (empty: anything)
     * @param web      the request, for its conditions on cached answers and its answer's validators
     */
    SparqlResponse answer(SparqlRequest request, List<MediaType> accepted, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        Timer.Sample sample = metrics.start();
        String form = SparqlMetrics.UNKNOWN_FORM;
        try {
            Query query = preparation.prepare(request);
            form = SparqlMetrics.form(query.queryType());
            Offer format = ContentNegotiation.choose(formats(query.queryType()), accepted);
            if (!cache.enabled() || !AnswerKey.cacheable(query)) {
                metrics.stop(sample, form, SparqlMetrics.OK);
                return new SparqlResponse(format.contentType(), run(query, format).bytes());
            }
            return cached(query, format, web, sample, form);
        } catch (RuntimeException | HttpMediaTypeNotAcceptableException e) {
            metrics.stop(sample, form, SparqlMetrics.outcome(e));
            throw e;
        }
    }

    private SparqlResponse cached(Query query, Offer format, ServletWebRequest web, Timer.Sample sample,
                                  String form) {
        // Read before the query runs: a write in between makes the tag older than the answer, never newer.
        DataVersion version = versions.current();
        String etag = version.etag(AnswerKey.variant(query, format));
        if (validated(web) && web.checkNotModified(etag)) {
            metrics.stop(sample, form, SparqlMetrics.NOT_MODIFIED);
            return new SparqlResponse(format.contentType(), null);
        }
        boolean fresh = AnswerCache.wantsFresh(web.getHeader(HttpHeaders.CACHE_CONTROL),
                web.getHeader(HttpHeaders.PRAGMA));
        Optional<Body> known = fresh ? Optional.empty() : cache.find(etag, Body.class);
        if (known.isPresent()) {
            metrics.stop(sample, form, SparqlMetrics.CACHED);
            return new SparqlResponse(format.contentType(), known.get().bytes());
        }
        Body body = run(query, format);
        cache.keep(etag, body, version);
        metrics.stop(sample, form, SparqlMetrics.OK);
        return new SparqlResponse(format.contentType(), body.bytes());
    }

    private Body run(Query query, Offer format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        collector.collect(query).write(format.lang(), out);
        return new Body(out.toByteArray());
    }

    /** Only GET (and HEAD) is validated: it gets an {@code ETag} and a 304 for a matching {@code If-None-Match}. */
    private static boolean validated(ServletWebRequest web) {
        return HttpMethod.GET.equals(web.getHttpMethod()) || HttpMethod.HEAD.equals(web.getHttpMethod());
    }

    /** What each query form is answered in: rows, a boolean or a graph. */
    static List<Offer> formats(QueryType type) {
        return switch (type) {
            case SELECT -> Formats.SELECT;
            case ASK -> Formats.ASK;
            default -> Formats.GRAPH;
        };
    }

    /** The written answer as it is kept; its variant in the tag says its format. */
    record Body(byte[] bytes) implements AnswerCache.Entry {

        @Override
        public int size() {
            return bytes.length;
        }
    }

    /**
     * A complete answer: its Content-Type (with charset) and its bytes, or none for a 304 (Not Modified),
     * which {@code checkNotModified} has already set on the response with the answer's tag.
     */
    record SparqlResponse(MediaType contentType, byte[] body) {

        boolean notModified() {
            return body == null;
        }
    }
}
