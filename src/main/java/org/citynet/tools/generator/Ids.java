package org.citynet.tools.generator;

import java.util.Locale;

import org.apache.jena.graph.Node;

/**
 * IRIs of generated entities. They follow the real patterns ({@code …/id/city/{slug}},
 * {@code …/graph/source-…}) but every slug starts with {@code gen-}, which no real slug does, so a generated
 * entity can never be mistaken for (or collide with) a real one. Numbers are 1-based and zero-padded so that
 * IRIs sort in generation order.
 */
final class Ids {

    // The system vocabulary, not this package's generator.Vocabulary (the SKOS concepts).
    static final String BASE = org.citynet.kernel.rdf.Vocabulary.BASE;
    static final Node SOURCES_GRAPH = Terms.iri(BASE + "graph/sources");

    private Ids() {
    }

    static Node city(int city) {
        return entity("city", cityslug(city));
    }

    static Node country(String isoCode) {
        return entity("country", "gen-" + isoCode.toLowerCase(Locale.ROOT));
    }

    static Node network(int network) {
        return entity("network", networkSlug(network));
    }

    static Node workingGroup(int network, int group) {
        return entity("working-group", networkSlug(network) + "-wg" + group);
    }

    static Node membership(int city, int network) {
        return entity("membership", cityslug(city) + "-" + networkSlug(network).substring(4));
    }

    static Node groupMembership(int city, int network, int group) {
        return entity("membership", cityslug(city) + "-" + networkSlug(network).substring(4) + "-wg" + group);
    }

    static Node twinning(int first, int second) {
        return entity("agreement", cityslug(first) + "-" + cityslug(second).substring(4) + "-twinning");
    }

    static Node agreement(int city, int number) {
        return entity("agreement", cityslug(city) + "-a" + number);
    }

    static Node partnership(int city, int number) {
        return entity("partnership", cityslug(city) + "-p" + number);
    }

    static Node source(int source) {
        return entity("source", sourceSlug(source));
    }

    static Node sourceGraph(int source) {
        return Terms.iri(BASE + "graph/source-" + sourceSlug(source));
    }

    static Node language(String code) {
        return Terms.iri(Terms.LANGUAGE + code);
    }

    private static String cityslug(int city) {
        return String.format(Locale.ROOT, "gen-%06d", city);
    }

    private static String networkSlug(int network) {
        return String.format(Locale.ROOT, "gen-n%05d", network);
    }

    private static String sourceSlug(int source) {
        return String.format(Locale.ROOT, "gen-%03d", source);
    }

    private static Node entity(String type, String slug) {
        return Terms.iri(BASE + "id/" + type + "/" + slug);
    }
}
