package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.citynet.kernel.store.StoreBusyException;
import org.citynet.support.FixtureStore;
import org.citynet.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.cache.Cache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link ErrorMapping} as a web slice: a controller of the test's own throws what the service's code and Jena
 * throw, and every failure becomes an RFC 9457 problem with the service's type, status and headers, whatever the
 * request accepts, and with no trace of the implementation. (The fixture store is there because the pages'
 * MVC configuration, which every slice includes, needs a query runner.)
 */
@WebMvcTest(controllers = ErrorMappingWebTest.Failing.class)
@Import({FixtureStore.class, ErrorMappingWebTest.Failing.class})
class ErrorMappingWebTest {

    @RestController
    static class Failing {

        @GetMapping("/test/fail/{what}")
        String fail(@PathVariable String what) {
            throw switch (what) {
                case "not-found" -> new NotFoundException("No thing with id 'x'");
                case "parameter" -> new InvalidParameterException("size", "must be a number, not 'big'");
                case "malformed" -> new QueryParseException("Encountered \" \"}\" \"} \"\" at line 3, column 7.", 3, 7);
                case "timeout" -> new QueryCancelledException();
                case "busy" -> new StoreBusyException(4, Duration.ofSeconds(2));
                case "remote" -> new QueryExceptionHTTP(500, "java.net.ConnectException at org.apache.jena.Remote");
                case "jena" -> new JenaException("TDB2 internal state org.apache.jena.tdb2.Something");
                // What a cache's loader and a future throw around a failure of the work they ran.
                case "cached-remote" -> new Cache.ValueRetrievalException("0", () -> "",
                        new QueryExceptionHTTP(500, "Server Error"));
                case "future-timeout" -> new CompletionException(new QueryCancelledException());
                case "cached-not-found" -> new Cache.ValueRetrievalException("0", () -> "",
                        new CompletionException(new NotFoundException("No thing with id 'y'")));
                case "not-ready" -> new NotReady();
                default -> new IllegalStateException("secret org.citynet.Internal detail");
            };
        }

        @GetMapping("/test/required")
        String required(@RequestParam int size) {
            return "size " + size;
        }
    }

    /** A refusal of the kind the catalogue makes while its dumps are written: 503 with Retry-After. */
    static class NotReady extends ProblemException {
        NotReady() {
            super(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "thing-not-ready", "Not ready",
                    "The thing is still being made; try again in 60 s.");
            getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
        }
    }

    @Autowired
    private MockMvc mvc;

    /**
     * A 503 the service chose, with Retry-After (not ready yet), is part of running and logged as such; a
     * failure is logged as an error with its stack trace, for whoever runs the service to look into.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aTemporaryRefusalIsNotLoggedAsAFailureButAFailureIs(CapturedOutput output) throws Exception {
        mvc.perform(get("/test/fail/not-ready")).andExpect(Problems.problem(503, "thing-not-ready"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"));
        assertThat(output.getOut()).contains("INFO").contains("Unavailable 503: The thing is still being made")
                .doesNotContain("ERROR").doesNotContain("at org.citynet");
        mvc.perform(get("/test/fail/bug")).andExpect(Problems.problem(500, "internal-error"));
        assertThat(output.getOut()).contains("ERROR").contains("Unexpected failure")
                .contains("java.lang.IllegalStateException");
    }

    @Test
    void theServicesOwnRefusalsKeepTheirTypeAndStatus() throws Exception {
        mvc.perform(get("/test/fail/not-found"))
                .andExpect(Problems.problem(404, "not-found"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No thing with id 'x'"))
                .andExpect(jsonPath("$.instance").value("/test/fail/not-found"));
        mvc.perform(get("/test/fail/parameter"))
                .andExpect(Problems.problem(400, "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("size"));
    }

    @Test
    void jenasExceptionsBecomeTheirProblems() throws Exception {
        mvc.perform(get("/test/fail/malformed"))
                .andExpect(Problems.problem(400, "malformed-query"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.column").value(7));
        mvc.perform(get("/test/fail/timeout"))
                .andExpect(Problems.problem(503, "query-timeout"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"));
        mvc.perform(get("/test/fail/busy"))
                .andExpect(Problems.problem(503, "store-busy"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "2"));
        mvc.perform(get("/test/fail/remote")).andExpect(Problems.problem(502, "store-unavailable"));
        mvc.perform(get("/test/fail/jena")).andExpect(Problems.problem(500, "store-failure"));
    }

    @Test
    void failuresWrappedByACacheOrAFutureBecomeTheProblemOfWhatTheyWrap() throws Exception {
        mvc.perform(get("/test/fail/cached-remote")).andExpect(Problems.problem(502, "store-unavailable"));
        mvc.perform(get("/test/fail/future-timeout")).andExpect(Problems.problem(503, "query-timeout"))
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/test/fail/cached-not-found")).andExpect(Problems.problem(404, "not-found"))
                .andExpect(jsonPath("$.detail").value("No thing with id 'y'"));
    }

    @Test
    void anUnexpectedFailureTellsNothingOfItself() throws Exception {
        String body = mvc.perform(get("/test/fail/bug"))
                .andExpect(Problems.problem(500, "internal-error"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("secret").doesNotContain("IllegalState");
    }

    @Test
    void aProblemIsAnsweredWhateverTheRequestAccepts() throws Exception {
        mvc.perform(get("/test/fail/not-found").header(HttpHeaders.ACCEPT, "image/png"))
                .andExpect(Problems.problem(404, "not-found"));
    }

    @Test
    void springMvcsOwnRefusalsAreProblemsToo() throws Exception {
        // Each with a type of the service's, named after its status, like the service's own problems.
        mvc.perform(get("/test/required"))
                .andExpect(Problems.problem(400, "bad-request"));
        mvc.perform(get("/no/such/path"))
                .andExpect(Problems.problem(404, "not-found"));
    }
}
