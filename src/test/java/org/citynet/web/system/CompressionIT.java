package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: {@code Accept-Encoding: gzip} is honoured for every kind of GET answer, tagged or not, over Tomcat's
 * real compression: the answer is gzip, unpacks to the very bytes an identity answer has, says
 * {@code Vary: Accept-Encoding}, and a tagged one carries the weak form of the identity answer's strong tag,
 * which a client sends back to get 304. A client that does not accept gzip keeps the strong tag.
 */
class CompressionIT extends ServiceTestBase {

    private static final String SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 300";
    private static final String CONSTRUCT = "CONSTRUCT WHERE { ?s a ?type } LIMIT 300";

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/id/city/espoo | text/turtle | true",
        "/id/city/espoo.nq | | true",
        "/id/city/espoo.jsonld | | true",
        "/id/city/espoo | text/html | true",
        "/ontology.ttl | | true",
        "/catalog | application/rdf+xml | false",
        "/.well-known/void | application/ld+json | false",
        "/sparql | text/turtle | false",
        "/sparql?query=SELECT | application/sparql-results+json | true",
        "/sparql?query=SELECT | text/csv | true",
        "/sparql?query=CONSTRUCT | text/turtle | true",
        "/api/cities/espoo | application/json | true",
        "/api/queries/city-partnerships | text/csv | true",
        "/cities?lang=en | text/html | false",
    })
    void everyGetAnswerIsCompressedAndATaggedOneKeepsAWeakFormOfItsTag(String path, String accept, boolean tagged) {
        String target = path.replace("query=SELECT", "query=" + encode(SELECT))
                .replace("query=CONSTRUCT", "query=" + encode(CONSTRUCT));
        HttpResponse<byte[]> identity = get(target, accept, null, null);
        HttpResponse<byte[]> gzip = get(target, accept, "gzip, deflate", null);
        assertThat(identity.statusCode()).as(path).isEqualTo(200);
        assertThat(gzip.statusCode()).as(path).isEqualTo(200);

        assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
        assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
        assertThat(sameAnswer(gunzip(gzip.body()), identity)).as("%s: gzip unpacks to the identity answer", path)
                .isTrue();
        assertThat(gzip.body().length).as(path).isLessThan(identity.body().length);
        for (HttpResponse<byte[]> answer : Arrays.asList(identity, gzip)) {
            assertThat(String.join(",", answer.headers().allValues("Vary")).toLowerCase(Locale.ROOT))
                    .as(path).contains("accept-encoding");
        }

        if (!tagged) {
            assertThat(gzip.headers().firstValue("ETag")).as(path).isEmpty();
            return;
        }
        String strong = identity.headers().firstValue("ETag").orElseThrow();
        assertThat(strong).as(path).startsWith("\"");
        assertThat(gzip.headers().firstValue("ETag")).as(path).contains("W/" + strong);

        HttpResponse<byte[]> revalidated = get(target, accept, "gzip", "W/" + strong);
        assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("ETag")).as(path).contains("W/" + strong);
        assertThat(get(target, accept, null, strong).statusCode()).as(path).isEqualTo(304);
    }

    private HttpResponse<byte[]> get(String path, String accept, String encoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same bytes; for an untagged RDF answer (the catalogue counts blank nodes afresh each time), the same
     * graph. A tagged answer must be the same bytes: that is what its strong tag promised.
     */
    private static boolean sameAnswer(byte[] unpacked, HttpResponse<byte[]> identity) {
        if (Arrays.equals(unpacked, identity.body())) {
            return true;
        }
        String type = identity.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (identity.headers().firstValue("ETag").isPresent() || lang == null) {
            return false;
        }
        return RDFParser.source(new ByteArrayInputStream(unpacked)).lang(lang).toGraph()
                .isIsomorphicWith(RDFParser.source(new ByteArrayInputStream(identity.body())).lang(lang).toGraph());
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
