package org.citynet.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.citynet.system.CitynetProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Answers one SPARQL Protocol request, in the order Fuseki uses: validate (length, syntax, dataset),
 * choose the format (so a 406 costs no query), execute within the time and row limits, then write the
 * whole answer into memory. The controller sends it only after all of that succeeded, so a failure is
 * always a clean problem response, never a truncated answer. Thread-safe.
 */
@Service
class SparqlEndpoint {

    private final QueryPreparation preparation;
    private final AnswerCollector collector;
    private final SparqlMetrics metrics;

    SparqlEndpoint(QueryRunner runner, CitynetProperties properties, MeterRegistry registry) {
        CitynetProperties.Sparql limits = properties.sparql();
        this.preparation = new QueryPreparation(properties.base(), limits.maxQueryLength(), limits.maxRows());
        this.collector = new AnswerCollector(runner, limits.timeout(), limits.maxRows());
        this.metrics = new SparqlMetrics(registry);
    }

    /**
     * @param accepted the media types the client accepts, most wanted first (empty: anything)
     */
    SparqlResponse answer(SparqlRequest request, List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        Timer.Sample sample = metrics.start();
        String form = SparqlMetrics.UNKNOWN_FORM;
        try {
            Query query = preparation.prepare(request);
            form = SparqlMetrics.form(query.queryType());
            ResultFormat format = ResultFormat.choose(family(query.queryType()), accepted);
            QueryAnswer answer = collector.collect(query);
            SparqlResponse response = new SparqlResponse(format.contentType(), write(answer, format));
            metrics.stop(sample, form, "ok");
            return response;
        } catch (RuntimeException | HttpMediaTypeNotAcceptableException e) {
            metrics.stop(sample, form, SparqlMetrics.outcome(e));
            throw e;
        }
    }

    private static ResultFormat.Family family(QueryType type) {
        return type == QueryType.SELECT || type == QueryType.ASK ? ResultFormat.Family.RESULTS
                : ResultFormat.Family.GRAPH;
    }

    private static byte[] write(QueryAnswer answer, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.write(format, out);
        return out.toByteArray();
    }

    /** A complete answer: its Content-Type (with charset) and its bytes. */
    record SparqlResponse(MediaType contentType, byte[] body) {
    }
}
