package org.citynet.web.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Turtle templates under {@code catalog/} that hold the static facts of the catalogue, VoID and the
 * service description. Their relative IRIs ({@code <sparql>}, {@code <dumps/citynet.nq.gz>}) are resolved
 * against the public address of the service at each request, so one template serves every host name.
 */
public final class Templates {

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private Templates() {
    }

    /**
     * The service's public address, ending in '/', that the templates' relative IRIs resolve against: scheme,
     * host, port and context path as the client used them, honouring {@code X-Forwarded-*} (Spring's
     * forwarded-header filter has applied them). For the current request.
     */
    public static String publicRoot() {
        String root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return root.endsWith("/") ? root : root + "/";
    }

    /** A fresh model of the template {@code catalog/NAME.ttl}, relative IRIs resolved against {@code base}. */
    public static Model parse(String name, String base) {
        String text = TEXTS.computeIfAbsent(name, Templates::read);
        return RDFParser.create().fromString(text).lang(Lang.TURTLE).base(base).toModel();
    }

    private static String read(String name) {
        String path = "catalog/" + name + ".ttl";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
