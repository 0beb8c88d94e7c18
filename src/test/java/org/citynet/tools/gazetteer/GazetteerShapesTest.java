package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real shapes (ontology/shapes.ttl) on points broken in one way each (gazetteer/points.trig). */
class GazetteerShapesTest {

    private static final String P = "<https://example.org/place/";
    private static List<LoadProblem> problems;

    @BeforeAll
    static void validate() {
        Path root = Path.of("").toAbsolutePath();
        KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
        KnowledgeGraphFiles files = KnowledgeGraphFiles.of(root,
                List.of(Path.of("ontology/citynet.ttl"), Path.of("ontology/vocabularies.ttl")),
                List.of(Path.of("ontology/shapes.ttl")),
                List.of(GazetteerFixtures.DIR.resolve("points.trig")));
        problems = loader.validate(loader.parse(files)).refusals();
    }

    @Test
    void aGoodPointPasses() {
        assertThat(problems).noneMatch(p -> p.focusNode().startsWith(P + "good"));
    }

    @Test
    void malformedWktIsRefused() {
        assertThat(about("comma-point")).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("geo:asWKT");
            assertThat(p.message()).contains("POINT(longitude latitude)");
        });
    }

    @Test
    void outOfRangeLatitudeIsRefusedInBasicGeoAndInWkt() {
        assertThat(about("north")).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("wgs84:lat");
            assertThat(p.message()).contains("[-90, 90]");
        });
        assertThat(about("north-point")).anySatisfy(p -> assertThat(p.message()).contains("out of range"));
        assertThat(about("east-point")).anySatisfy(p -> assertThat(p.message()).contains("out of range"));
    }

    @Test
    void wktAndBasicGeoMustAgree() {
        assertThat(about("swapped")).anySatisfy(p -> assertThat(p.message()).contains("must give the same point"));
        assertThat(about("swapped-point")).isEmpty();
    }

    @Test
    void coordinatesAreDecimalsGeometriesAreIrisWithASource() {
        assertThat(about("text")).anySatisfy(p -> assertThat(p.path()).isEqualTo("wgs84:lat"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.focusNode()).startsWith("_:");
            assertThat(p.message()).contains("is an IRI").contains("not a blank node");
        });
        assertThat(about("unsourced-point")).anySatisfy(p -> assertThat(p.path()).isEqualTo("prov:wasDerivedFrom"));
    }

    @Test
    void aPopulationFigureIsOneNonNegativeIntegerWithItsDateAndSource() {
        assertThat(about("good-figure")).isEmpty();
        assertThat(about("negative-figure")).anySatisfy(p -> assertThat(p.path()).isEqualTo("schema:value"));
        assertThat(about("text-figure")).anySatisfy(p -> assertThat(p.message()).contains("xsd:integer"));
        assertThat(about("undated-figure")).anySatisfy(p -> assertThat(p.path()).isEqualTo("dct:created"));
        assertThat(about("unsourced-figure")).anySatisfy(p -> assertThat(p.path()).isEqualTo("prov:wasDerivedFrom"));
    }

    private static List<LoadProblem> about(String local) {
        return problems.stream().filter(p -> p.focusNode().equals(P + local + ">")).toList();
    }
}
