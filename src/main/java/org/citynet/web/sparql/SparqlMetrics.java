package org.citynet.web.sparql;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryType;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.InvalidParameterException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The timer {@code citynet.sparql.requests}, tagged by query form ({@code select}, {@code ask},
 * {@code construct}, {@code describe}, or {@code unknown} when the query never parsed) and outcome
 * ({@code ok} for an answer computed, {@code cached} for one sent from the answer cache without running,
 * {@code not-modified} for a 304, {@code rejected} for a request refused before running,
 * {@code too-many-results}, {@code timeout}, {@code error}). Tags have few values so the series stay few. Thread-safe.
 */
final class SparqlMetrics {

    static final String TIMER = "citynet.sparql.requests";
    static final String UNKNOWN_FORM = "unknown";
    static final String OK = "ok";
    static final String CACHED = "cached";
    static final String NOT_MODIFIED = "not-modified";

    private final MeterRegistry registry;

    SparqlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample, String form, String outcome) {
        sample.stop(Timer.builder(TIMER).description("SPARQL endpoint requests")
                .tag("form", form).tag("outcome", outcome).register(registry));
    }

    static String form(QueryType type) {
        return switch (type) {
            case SELECT, ASK, CONSTRUCT, DESCRIBE -> type.name().toLowerCase(Locale.ROOT);
            default -> UNKNOWN_FORM;
        };
    }

    static String outcome(Throwable failure) {
        if (failure instanceof QueryCancelledException) {
            return "timeout";
        }
        if (failure instanceof TooManyResultsException) {
            return "too-many-results";
        }
        if (failure instanceof QueryParseException || failure instanceof QueryDeniedException
                || failure instanceof QueryTooLongException
                || failure instanceof HttpMediaTypeNotAcceptableException || failure instanceof BadRequestException
                || failure instanceof InvalidParameterException || failure instanceof UpdateNotSupportedException) {
            return "rejected";
        }
        return "error";
    }
}
