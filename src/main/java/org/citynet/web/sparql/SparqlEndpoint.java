package org.citynet.web.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.citynet.kernel.store.DataVersion;
import org.citynet.kernel.store.DataVersions;
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
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers one SPARQL Protocol request, in the order Fuseki uses: validate (length, syntax, dataset),
 * choose the format (so a 406 costs no query), execute within the time and row limits, then write the
 * whole answer into memory. The controller sends it only after all of that succeeded, so a failure is
 * always a clean problem response, never a truncated answer. The format comes from {@code format=} /
 * {@code output=}, else {@code Accept}, read by Spring's content negotiation ({@link ContentNegotiation}).
 * Between choosing the format and executing, the shared {@link AnswerCache}: a query whose answer is a
 * function of the data ({@link AnswerKey}) is tagged with the {@link DataVersion} and its variant, a GET
 * whose {@code If-None-Match} holds that tag is answered 304 (Spring's {@code checkNotModified}, which also
 * sets the tag on a GET's answer; a POST is answered from the cache too but neither tagged nor validated:
 * RFC 9110 makes {@code If-None-Match} on a POST a precondition of a change), and a kept answer is sent
 * without running the query; failures are never kept. Queries run through the {@link AnswerCollector} of
 * clients' queries, with their share of the query slots. The one implementation of the protocol's query
 * operation: {@code /sparql} and the embedded Fuseki's query endpoints both call
 * {@link #answer(HttpServletRequest, HttpServletResponse)}, so both read the format parameters and validate
 * alike. Thread-safe.
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
     * {@code format=}/{@code output=} or {@code Accept} asks for. A 304 and its tag, and the tag of a GET's
     * answer, are set on {@code response} here; {@code Vary: Accept} too, before anything can fail, since a
     * refusal (406) depends on it as well.
     */
    ProtocolAnswer answer(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        ProtocolAnswer.varyByAccept(response);
        SparqlRequest sparql = ProtocolRequests.query(request, maxQueryLength);
        // The parameters have been read, a POSTed form's too: format= and output= there count as in a URL.
        ContentNegotiation.parametersRead(request);
        ServletWebRequest web = new ServletWebRequest(request, response);
        return answer(sparql, negotiation.resolveMediaTypes(web), web);
    }

    /**
     * @param accepted the media types the client accepts, most wanted first (empty: anything)
     * @param web      the request, for its conditions on cached answers and its answer's validators
     */
    ProtocolAnswer answer(SparqlRequest request, List<MediaType> accepted, ServletWebRequest web)
            throws HttpMediaTypeNotAcceptableException {
        Timer.Sample sample = metrics.start();
        String form = SparqlMetrics.UNKNOWN_FORM;
        try {
            Query query = preparation.prepare(request);
            form = SparqlMetrics.form(query.queryType());
            Offer format = ContentNegotiation.choose(formats(query.queryType()), accepted);
            if (!cache.enabled() || !AnswerKey.cacheable(query)) {
                metrics.stop(sample, form, SparqlMetrics.OK);
                return new ProtocolAnswer(format.contentType(), run(query, format).bytes());
            }
            return cached(query, format, web, sample, form);
        } catch (RuntimeException | HttpMediaTypeNotAcceptableException e) {
            metrics.stop(sample, form, SparqlMetrics.outcome(e));
            throw e;
        }
    }

    private ProtocolAnswer cached(Query query, Offer format, ServletWebRequest web, Timer.Sample sample,
                                  String form) {
        // Read before the query runs: a write in between makes the tag older than the answer, never newer.
        DataVersion version = versions.current();
        String etag = version.etag(AnswerKey.variant(query, format));
        if (validated(web) && web.checkNotModified(etag)) {
            metrics.stop(sample, form, SparqlMetrics.NOT_MODIFIED);
            return new ProtocolAnswer(format.contentType(), null);
        }
        boolean fresh = AnswerCache.wantsFresh(web.getHeader(HttpHeaders.CACHE_CONTROL),
                web.getHeader(HttpHeaders.PRAGMA));
        Optional<Body> known = fresh ? Optional.empty() : cache.find(etag, Body.class);
        if (known.isPresent()) {
            metrics.stop(sample, form, SparqlMetrics.CACHED);
            return new ProtocolAnswer(format.contentType(), known.get().bytes());
        }
        Body body = run(query, format);
        cache.keep(etag, body, version);
        metrics.stop(sample, form, SparqlMetrics.OK);
        return new ProtocolAnswer(format.contentType(), body.bytes());
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
}
