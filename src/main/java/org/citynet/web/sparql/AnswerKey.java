package org.citynet.web.sparql;

import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.citynet.web.system.AnswerCache;
import org.citynet.web.system.Formats.Offer;

/**
 * What a cached answer of the endpoint is filed under besides the data version, and which queries are not
 * cached at all. Stateless.
 */
final class AnswerKey {

    /**
     * Calls whose value changes from one evaluation to the next: SPARQL's RAND, NOW, UUID, STRUUID and BNODE
     * (with arguments it is fresh per solution too), and ARQ's function library by IRI ({@code afn:now},
     * {@code afn:nowtz}, {@code afn:uuid}, {@code afn:bnode}, a local name before {@code >(} included). Read
     * on the serialized text rather than by walking the algebra, because Jena's walker does not enter ORDER
     * BY conditions, where {@code ORDER BY RAND()} picks a random sample. A match in a string or a custom
     * function's name only costs the cache.
     */
    private static final Pattern NOT_A_FUNCTION_OF_THE_DATA = Pattern.compile(
            "(?<![?$\\w-])(?:rand|random|now|nowtz|uuid|struuid|bnode)>?\\s*\\(", Pattern.CASE_INSENSITIVE);

    private AnswerKey() {
    }

    /** Whether the answer depends on the data and the query alone, so that it may be kept and validated. */
    static boolean cacheable(Query query) {
        return !NOT_A_FUNCTION_OF_THE_DATA.matcher(query.serialize()).find();
    }

    /**
     * The variant of a prepared query: its serialization, so that the same query sent by GET or POST, or
     * written differently, shares one entry (the protocol's dataset is already in it as FROM and FROM NAMED,
     * the row cap as its LIMIT), and the format it is written in.
     */
    static String variant(Query query, Offer format) {
        return "sparql-" + AnswerCache.digest(query.serialize() + "\n" + format.contentType());
    }
}
