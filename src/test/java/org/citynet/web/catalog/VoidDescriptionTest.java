package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

class VoidDescriptionTest {

    private static final String ROOT = "https://example.org/citynet/";
    // Spelled out, not the code's constants: the IRIs are what is checked.
    private static final Property VOID_OBJECTS_TARGET = ResourceFactory.createProperty("http://rdfs.org/ns/void#objectsTarget");
    private static final Property VOID_VOCABULARY = ResourceFactory.createProperty("http://rdfs.org/ns/void#vocabulary");
    private static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme/";

    @Test
    void namespaceEndsAtTheLastHashOrSlash() {
        assertThat(VoidDescription.namespace("http://schema.org/startDate")).isEqualTo("http://schema.org/");
        assertThat(VoidDescription.namespace("https://w3id.org/citynet/ontology#City"))
                .isEqualTo("https://w3id.org/citynet/ontology#");
    }

    @Test
    void theTemplateListsTheDatasetsLinksAreCountedInto() {
        assertThat(VoidDescription.linkTargets()).contains(DATA_THEMES, "https://sws.geonames.org/",
                "http://www.wikidata.org/entity/");
    }

    @Test
    void onlyLinkedDatasetsAreDescribedAndEachLinkPredicateGetsALinkset() {
        Statistics statistics = new Statistics(10, 3, 2, 5, 3,
                List.of(new Statistics.Count("http://www.w3.org/2004/02/skos/core#Concept", 3)),
                List.of(new Statistics.Count("http://www.w3.org/2004/02/skos/core#closeMatch", 2)),
                List.of(new Statistics.Count("https://w3id.org/citynet/graph/ontology", 10)),
                List.of(new Statistics.Link(DATA_THEMES, "http://www.w3.org/2004/02/skos/core#closeMatch", 2)));
        Model model = VoidDescription.build(ROOT, "https://w3id.org/citynet/", statistics);
        Resource themes = model.createResource(ROOT + "catalog#eu-data-themes");
        assertThat(model.contains(null, VOID_OBJECTS_TARGET, themes)).isTrue();
        assertThat(model.listStatements(model.createResource(ROOT + "catalog#geonames"), null, (RDFNode) null).hasNext()).isFalse();
        assertThat(model.listObjectsOfProperty(model.createResource(ROOT + "catalog#dataset"), VOID_VOCABULARY)
                .mapWith(node -> node.asResource().getURI()).toList())
                .containsExactly("http://www.w3.org/2004/02/skos/core#");
    }
}
