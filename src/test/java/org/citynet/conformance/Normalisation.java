package org.citynet.conformance;

import java.util.Set;

/**
 * Everything the suite ignores when it compares a store's answer with the embedded store's: the one place
 * that says which differences are legitimate. Nothing else is ignored.
 */
final class Normalisation {

    /** Each service's own address ({@code http://127.0.0.1:PORT}) is replaced by this one in every body. */
    static final String SERVICE = "http://citynet.service.test";

    /**
     * JSON fields whose values differ from run to run whatever the store: none so far. (A field named here
     * is ignored at any depth.)
     */
    static final Set<String> IGNORED_JSON_FIELDS = Set.of();

    /**
     * RDF predicates whose statements are dropped before graphs and datasets are compared, because their
     * objects differ between any two runs, whatever the store: the load time ({@code cn:loadedAt} in the
     * manifest, and the catalogue's {@code dct:issued}/{@code dct:modified}, which repeat it or the time the
     * dumps were written), and the dumps' SHA-256 and size in the catalogue (each dump holds the manifest with
     * its load time, and lists the quads in the store's own order). The dumps' content is compared as a
     * dataset by its own surfaces instead.
     */
    static final Set<String> IGNORED_PREDICATES = Set.of(
            "https://w3id.org/citynet/ontology#loadedAt",
            "http://purl.org/dc/terms/issued",
            "http://purl.org/dc/terms/modified",
            "http://spdx.org/rdf/terms#checksumValue",
            "http://www.w3.org/ns/dcat#byteSize");

    /**
     * The reference service's {@code /context.jsonld}; JSON-LD answers name it by the service's address, which
     * is gone when answers are compared, so it is put inline before parsing.
     */
    static volatile String jsonLdContext;

    private Normalisation() {
    }
}
