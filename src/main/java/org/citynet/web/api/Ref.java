package org.citynet.web.api;

/**
 * Another resource named in an answer: its short id (the slug used in {@code /api/...} paths; null for IRIs
 * outside citynet), its IRI, its type (the IRI's type segment: {@code city}, {@code network},
 * {@code working-group}, {@code body}, {@code group}, {@code organization}, {@code country}, ...) and its
 * label in the language asked for.
 */
public record Ref(String id, String iri, String type, String label) {
}
