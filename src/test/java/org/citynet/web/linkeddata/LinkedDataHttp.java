package org.citynet.web.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Plain HTTP against the running service and RIOT parsing of what it answers, for the integration tests. */
public final class LinkedDataHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String root;

    public LinkedDataHttp(int port) {
        this.root = "http://localhost:" + port;
    }

    public String url(String path) {
        return root + path;
    }

    /** GET with header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers));
    }

    /** POST of {@code body} with header name/value pairs. */
    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses a triple syntax; the base is the address it was fetched from. */
    Model model(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).base(response.uri().toString()).parse(model);
        return model;
    }

    /** Parses a quad syntax. */
    Dataset dataset(HttpResponse<String> response, Lang lang) {
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(response.body(), lang).base(response.uri().toString()).parse(dataset);
        return dataset;
    }

    public static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }
}
