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

    /** RDF predicates (catalogue, VoID, service description) whose objects are ignored: none so far. */
    static final Set<String> IGNORED_PREDICATES = Set.of();

    /**
     * The reference service's {@code /context.jsonld}; JSON-LD answers name it by the service's address, which
     * is gone when answers are compared, so it is put inline before parsing.
     */
    static volatile String jsonLdContext;

    private Normalisation() {
    }
}
