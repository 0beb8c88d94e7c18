package org.citynet.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A plain HTTP client for the endpoint under test: the three ways of sending a query of the SPARQL 1.1
 * Protocol, with any extra parameters and headers, over real HTTP. Test helper.
 */
final class SparqlHttp {

    static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX city: <https://w3id.org/citynet/id/city/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String endpoint;

    SparqlHttp(int port) {
        this.endpoint = "http://localhost:" + port + "/sparql";
    }

    /** How a query is sent. */
    enum Method { GET, POST_FORM, POST_BODY }

    /** Name-value pairs, in order; a name may repeat. */
    record Params(List<String[]> pairs) {
        static Params of(String... namesAndValues) {
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                pairs.add(new String[] {namesAndValues[i], namesAndValues[i + 1]});
            }
            return new Params(pairs);
        }

        String encoded() {
            return pairs.stream().map(p -> encode(p[0]) + "=" + encode(p[1])).collect(Collectors.joining("&"));
        }
    }

    HttpResponse<String> query(Method method, String query, String accept, Params extra) {
        HttpRequest.Builder request = switch (method) {
            case GET -> HttpRequest.newBuilder(url(join("query=" + encode(query), extra.encoded()))).GET();
            case POST_FORM -> HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(join("query=" + encode(query), extra.encoded())));
            case POST_BODY -> HttpRequest.newBuilder(url(extra.encoded()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
        };
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    HttpResponse<String> query(Method method, String query, String accept) {
        return query(method, query, accept, Params.of());
    }

    HttpResponse<String> get(String rawQueryString, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(rawQueryString)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> post(String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> options(String... headers) {
        return send(HttpRequest.newBuilder(URI.create(endpoint)).headers(headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return JSON.parse(response.body());
    }

    /** How many requests the endpoint's timer counted with this outcome, of every query form. */
    static long requests(MeterRegistry meters, String outcome) {
        return meters.find(SparqlMetrics.TIMER).tag("outcome", outcome).timers().stream().mapToLong(Timer::count)
                .sum();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private URI url(String queryString) {
        return URI.create(queryString.isEmpty() ? endpoint : endpoint + "?" + queryString);
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "&" + second;
    }
}
