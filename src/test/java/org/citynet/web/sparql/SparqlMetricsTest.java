package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryType;
import org.junit.jupiter.api.Test;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** Tags of the request timer, on Micrometer's in-memory registry. */
class SparqlMetricsTest {

    @Test
    void outcomesNameTheKindOfFailure() {
        assertThat(SparqlMetrics.outcome(new QueryCancelledException())).isEqualTo("timeout");
        assertThat(SparqlMetrics.outcome(new TooManyResultsException("rows", 5))).isEqualTo("too-many-results");
        assertThat(SparqlMetrics.outcome(new QueryParseException("x", 1, 1))).isEqualTo("rejected");
        assertThat(SparqlMetrics.outcome(new QueryDeniedException("x"))).isEqualTo("rejected");
        assertThat(SparqlMetrics.outcome(new QueryTooLongException(QuerySource.URL, 5))).isEqualTo("rejected");
        assertThat(SparqlMetrics.outcome(new HttpMediaTypeNotAcceptableException("x"))).isEqualTo("rejected");
        assertThat(SparqlMetrics.outcome(new IllegalStateException())).isEqualTo("error");
    }

    @Test
    void formsAreLowerCaseQueryForms() {
        assertThat(SparqlMetrics.form(QueryType.SELECT)).isEqualTo("select");
        assertThat(SparqlMetrics.form(QueryType.DESCRIBE)).isEqualTo("describe");
        assertThat(SparqlMetrics.form(QueryType.UNKNOWN)).isEqualTo("unknown");
    }

    @Test
    void aStoppedSampleIsCountedUnderItsTags() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SparqlMetrics metrics = new SparqlMetrics(registry);
        metrics.stop(metrics.start(), "ask", "ok");
        metrics.stop(metrics.start(), "ask", "ok");
        metrics.stop(metrics.start(), "select", "timeout");
        assertThat(registry.get(SparqlMetrics.TIMER).tags("form", "ask", "outcome", "ok").timer().count()).isEqualTo(2);
        assertThat(registry.get(SparqlMetrics.TIMER).tags("form", "select", "outcome", "timeout").timer().count())
                .isEqualTo(1);
    }
}
