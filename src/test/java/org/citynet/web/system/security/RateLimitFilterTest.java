package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.CitynetProperties.Allowance;
import org.citynet.web.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The filter on a hand-driven clock: a request is charged the store time its handler used, and the next one
 * of a client whose budget is spent is refused up front with the exact Retry-After, while others go on.
 */
class RateLimitFilterTest {

    private final HandClock clock = new HandClock();
    private final CostMeter meter = new CostMeter();
    private final AuthenticationManager slowWrongPasswords = authentication -> {
        sleep(30);
        throw new BadCredentialsException("wrong");
    };
    private final RateLimitFilter filter = new RateLimitFilter(
            new RateLimiter(new ClientIdentity(authentication -> meter.measure(
                    () -> slowWrongPasswords.authenticate(authentication)), List.of()),
                    new ClientBuckets(1000, clock, clock),
                    new CitynetProperties.RateLimit(true, new Allowance(Duration.ofSeconds(60), 1200),
                            new Allowance(Duration.ofSeconds(180), 6000), 1000, List.of())),
            meter, problems());

    @Test
    void aRequestIsChargedItsStoreTimeAndTheNextOneWaitsTillTheDebtIsPaid() throws Exception {
        MockHttpServletResponse expensive = send("203.0.113.1", null, Duration.ofSeconds(70));
        assertThat(expensive.getStatus()).isEqualTo(200);
        assertThat(expensive.getHeader("RateLimit")).startsWith("\"query-time\";r=60000;");

        MockHttpServletResponse refused = send("203.0.113.1", null, Duration.ZERO);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("10 s in debt, rounded up").isEqualTo("11");
        assertThat(refused.getHeader("RateLimit")).isEqualTo("\"query-time\";r=0;t=11");
        assertThat(refused.getHeader("RateLimit-Policy")).startsWith("\"query-time\";q=60000;qu=\"ms\";w=60");
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(send("203.0.113.2", null, Duration.ZERO).getStatus()).as("another client").isEqualTo(200);

        clock.advance(Duration.ofSeconds(10));
        assertThat(send("203.0.113.1", null, Duration.ZERO).getStatus()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(send("203.0.113.1", null, Duration.ZERO).getStatus()).isEqualTo(200);
    }

    @Test
    void checkingWrongCredentialsIsChargedToTheAddress() throws Exception {
        send("203.0.113.5", "Basic ZWRpdG9yOndyb25n", Duration.ZERO);
        String limit = send("203.0.113.5", null, Duration.ZERO).getHeader("RateLimit");
        long remaining = Long.parseLong(limit.replaceAll("^\"query-time\";r=(\\d+);.*$", "$1"));
        assertThat(remaining).as(limit).isLessThanOrEqualTo(60_000 - 30);
    }

    @Test
    void remakingADumpIsChargedToNoOneButACredentialCheckIs() throws Exception {
        MockHttpServletResponse dump = send("203.0.113.6", "/dumps/citynet.nq.gz", null, Duration.ofSeconds(70));
        assertThat(dump.getStatus()).isEqualTo(200);
        assertThat(send("203.0.113.6", null, Duration.ZERO).getHeader("RateLimit"))
                .startsWith("\"query-time\";r=60000;");
        send("203.0.113.6", "/dumps/citynet.nq.gz", "Basic ZWRpdG9yOndyb25n", Duration.ofSeconds(70));
        assertThat(send("203.0.113.6", null, Duration.ZERO).getHeader("RateLimit"))
                .doesNotStartWith("\"query-time\";r=60000;");
    }

    @Test
    void aRefusalCanBeReadByAPageOfAnotherOrigin() throws Exception {
        send("203.0.113.7", null, Duration.ofSeconds(61));
        MockHttpServletRequest request = request("203.0.113.7", "/sparql");
        request.addHeader("Origin", "https://example.org");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(request, refused, (req, res) -> { });
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(refused.getHeader("Access-Control-Expose-Headers")).contains("Retry-After", "RateLimit");
    }

    @Test
    void healthProbesAreNeverLimited() throws Exception {
        send("203.0.113.9", null, Duration.ofSeconds(120));
        MockHttpServletResponse probe = new MockHttpServletResponse();
        boolean[] handled = {false};
        filter.doFilter(request("203.0.113.9", "/actuator/health/readiness"), probe, (req, res) -> handled[0] = true);
        assertThat(handled[0]).isTrue();
        assertThat(probe.getHeader("RateLimit")).isNull();
    }

    /** One request whose handler holds the store for {@code storeTime}. */
    private MockHttpServletResponse send(String address, String authorization, Duration storeTime) throws Exception {
        return send(address, "/api/themes", authorization, storeTime);
    }

    private MockHttpServletResponse send(String address, String path, String authorization, Duration storeTime)
            throws Exception {
        MockHttpServletRequest request = request(address, path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain handler = (req, res) -> meter.queried(storeTime);
        filter.doFilter(request, response, handler);
        return response;
    }

    private static MockHttpServletRequest request(String address, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }

    /** Writes a refusal's status and headers, as ErrorMapping does. */
    private static HandlerExceptionResolver problems() {
        return (request, response, handler, e) -> {
            ProblemException problem = (ProblemException) e;
            response.setStatus(problem.getStatusCode().value());
            problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            return new ModelAndView();
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
