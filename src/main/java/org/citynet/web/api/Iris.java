package org.citynet.web.api;

import java.util.Optional;
import java.util.regex.Pattern;

import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The graph's IRIs and the short ids the API uses for them. An entity IRI is
 * {@code {base}id/{type}/{slug}} (e.g. {@code https://w3id.org/citynet/id/city/espoo}); the API names it
 * by its slug within a type ({@code /api/cities/espoo}).
 */
@Component
public class Iris {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final String base;

    public Iris(CitynetProperties properties) {
        this.base = properties.base();
    }

    /** The canonical base, ending in '/'. */
    public String base() {
        return base;
    }

    /** {@code {base}id/{type}/{slug}}, after checking the slug; an impossible slug is simply not found. */
    public String entity(String type, String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new NotFoundException("No " + type + " with id '" + abbreviate(slug) + "'");
        }
        return base + "id/" + type + "/" + slug;
    }

    /** The slug of an entity IRI of the given type, if it is one. */
    public Optional<String> slug(String iri, String type) {
        String prefix = base + "id/" + type + "/";
        return iri != null && iri.startsWith(prefix) ? Optional.of(iri.substring(prefix.length())) : Optional.empty();
    }

    /** The type segment of an entity IRI ({@code city}, {@code network}, ...), if it is one. */
    public Optional<String> type(String iri) {
        String prefix = base + "id/";
        if (iri == null || !iri.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = iri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash > 0 ? Optional.of(rest.substring(0, slash)) : Optional.empty();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
