package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.catalog.HarvestingSupport.count;
import static org.citynet.web.catalog.HarvestingSupport.single;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;

/**
 * VoID and the SPARQL Service Description on the real data: every number equals what the test counts in
 * the store itself with its own queries, the SKOS mappings to the EU data themes make a linkset, and the
 * service description names the endpoint and every named graph.
 */
class VoidIT extends RunningService {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Test
    void voidCountsEqualWhatTheStoreHolds() throws Exception {
        Model description = web.model(".well-known/void", null);
        Resource dataset = description.createResource(web.root() + "catalog#dataset");
        String union = "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
        assertThat(number(dataset, "triples")).isEqualTo(count(store, "SELECT (COUNT(*) AS ?n) WHERE " + union));
        assertThat(number(dataset, "distinctSubjects"))
                .isEqualTo(count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE " + union));
        assertThat(number(dataset, "distinctObjects"))
                .isEqualTo(count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE " + union));
        assertThat(number(dataset, "properties"))
                .isEqualTo(count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE " + union));
        assertThat(number(dataset, "classes"))
                .isEqualTo(count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?s a ?c } }"));
        assertThat(number(dataset, "entities")).isEqualTo(count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g"
                + " { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + BASE + "\")) }"));
        assertThat(dataset.getProperty(description.createProperty(VOID, "uriSpace")).getString()).isEqualTo(BASE);
        assertThat(classPartitions(description)).isEqualTo(instancesPerClass());
        assertThat(vocabularies(description, dataset)).isEqualTo(namespacesInUse());
    }

    @Test
    void voidHasALinksetForTheSkosMappingsToTheEuDataThemes() throws Exception {
        Model description = web.model(".well-known/void", null);
        QuerySolution links = single(description, """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT (SUM(?n) AS ?total) WHERE {
                  ?linkset a void:Linkset ; void:objectsTarget ?target ; void:triples ?n .
                  ?target void:uriSpace "http://publications.europa.eu/resource/authority/data-theme/" }""");
        long expected = count(store, """
                SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
                  FILTER(isIRI(?o) && STRSTARTS(STR(?s), "https://w3id.org/citynet/")
                         && STRSTARTS(STR(?o), "http://publications.europa.eu/resource/authority/data-theme/")) }""");
        assertThat(expected).isPositive();
        assertThat(links.getLiteral("total").getLong()).isEqualTo(expected);
        assertThat(description.contains(null, description.createProperty(VOID, "sparqlEndpoint"),
                description.createResource(web.root() + "sparql"))).isTrue();
        assertThat(description.listObjectsOfProperty(description.createProperty(VOID, "dataDump")).toList())
                .hasSize(2);
    }

    /** Every city the gazetteer places links to its GeoNames feature (https://sws.geonames.org/{id}/). */
    @Test
    void voidHasALinksetIntoGeoNames() throws Exception {
        Model description = web.model(".well-known/void", null);
        QuerySolution links = single(description, """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?predicate ?n WHERE {
                  ?linkset a void:Linkset ; void:objectsTarget ?target ; void:linkPredicate ?predicate ; void:triples ?n .
                  ?target void:uriSpace "https://sws.geonames.org/" }""");
        long expected = count(store, """
                SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE {
                  ?city <https://w3id.org/citynet/ontology#geonamesFeature> ?feature }""");
        assertThat(expected).isGreaterThan(30);
        assertThat(links.getResource("predicate").getURI()).isEqualTo("https://w3id.org/citynet/ontology#geonamesFeature");
        assertThat(links.getLiteral("n").getLong()).isEqualTo(expected);
    }

    @Test
    void serviceDescriptionNamesTheEndpointAndDescribesTheUnionDefaultGraphAndEveryNamedGraph() throws Exception {
        Model description = web.model("sparql", null);
        Resource endpoint = description.createResource(web.root() + "sparql");
        assertThat(description.contains(null, description.createProperty(SD, "endpoint"), endpoint)).isTrue();
        assertThat(description.contains(null, description.createProperty(SD, "feature"),
                description.createResource(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(description.contains(null, description.createProperty(SD, "supportedLanguage"),
                description.createResource(SD + "SPARQL11Query"))).isTrue();
        Map<String, Long> graphs = new TreeMap<>();
        description.listStatements(null, description.createProperty(SD, "name"), (Resource) null).forEach(name ->
                graphs.put(name.getResource().getURI(), name.getSubject()
                        .getPropertyResourceValue(description.createProperty(SD, "graph"))
                        .getProperty(description.createProperty(VOID, "triples")).getLong()));
        Map<String, Long> expected = new TreeMap<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                    row -> expected.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        assertThat(graphs).isEqualTo(expected).containsKey(BASE + "graph/source-000");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static long number(Resource dataset, String property) {
        return dataset.getRequiredProperty(dataset.getModel().createProperty(VOID, property)).getLong();
    }

    private static Map<String, Long> classPartitions(Model description) {
        Map<String, Long> partitions = new TreeMap<>();
        description.listObjectsOfProperty(description.createProperty(VOID, "classPartition")).forEach(node -> {
            Resource partition = node.asResource();
            partitions.put(partition.getPropertyResourceValue(description.createProperty(VOID, "class")).getURI(),
                    partition.getProperty(description.createProperty(VOID, "entities")).getLong());
        });
        return partitions;
    }

    private Map<String, Long> instancesPerClass() {
        Map<String, Long> instances = new TreeMap<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c",
                    row -> instances.put(row.getResource("c").getURI(), row.getLiteral("n").getLong()));
        }
        return instances;
    }

    private static Set<String> vocabularies(Model description, Resource dataset) {
        return description.listObjectsOfProperty(dataset, description.createProperty(VOID, "vocabulary"))
                .mapWith(node -> node.asResource().getURI()).toSet().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> namespacesInUse() {
        Set<String> namespaces = new TreeSet<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("""
                    SELECT DISTINCT ?ns WHERE {
                      { GRAPH ?g { ?s ?term ?o } } UNION { GRAPH ?g { ?s a ?term } }
                      BIND(REPLACE(STR(?term), "[^#/]*$", "") AS ?ns) }""",
                    row -> namespaces.add(row.getLiteral("ns").getLexicalForm()));
        }
        return namespaces;
    }
}
