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
    private static final String ENTITIES = "id/";

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
        // Matched in place rather than against a concatenated prefix: a comparison asks this of every item.
        int at = entities();
        int slash = at + type.length();
        return isEntity(iri) && iri.startsWith(type, at) && iri.length() > slash && iri.charAt(slash) == '/'
                ? Optional.of(iri.substring(slash + 1)) : Optional.empty();
    }

    /** The type segment of an entity IRI ({@code city}, {@code network}, ...), if it is one. */
    public Optional<String> type(String iri) {
        if (!isEntity(iri)) {
            return Optional.empty();
        }
        int slash = iri.indexOf('/', entities());
        return slash > entities() ? Optional.of(iri.substring(entities(), slash)) : Optional.empty();
    }

    /** Whether the IRI starts with {@code {base}id/}. */
    private boolean isEntity(String iri) {
        return iri != null && iri.startsWith(base) && iri.startsWith(ENTITIES, base.length());
    }

    /** Where the type segment of an entity IRI starts. */
    private int entities() {
        return base.length() + ENTITIES.length();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
