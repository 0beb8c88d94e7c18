/**
 * Synthetic data at scale: {@link org.citynet.tools.generator.KnowledgeGraphGenerator} writes a knowledge graph of
 * the real graph's shape (same classes, properties, IRI patterns with {@code gen-} slugs, named graphs per
 * source document, the real SKOS concepts) for any number of cities, deterministically from a seed and as a
 * stream, for load and query tests. About 115 statements per city: 100,000 cities make 11.6 million quads.
 *
 * <p>The parts: {@code Layout} holds the decisions that concern the whole graph (networks, popular themes,
 * where hubs sit); {@code MembershipPlan} and {@code TwinPlan} decide per city, each from the city's own
 * random streams ({@code Draw}); the writers ({@code SourcesWriter}, {@code RegisterWriter},
 * {@code CityWriter}, {@code AgreementWriter}) turn decisions into statements, graph after graph.
 */
package org.citynet.tools.generator;
