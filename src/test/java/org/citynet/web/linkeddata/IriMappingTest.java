package org.citynet.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.vocabulary.RDFS;
import org.citynet.kernel.rdf.CN;
import org.junit.jupiter.api.Test;

class IriMappingTest {

    private final IriMapping iris = new IriMapping("https://w3id.org/citynet/");

    @Test
    void aLocalPathNamesTheCanonicalIri() {
        assertThat(iris.canonical("/id/city/espoo")).contains("https://w3id.org/citynet/id/city/espoo");
        assertThat(iris.canonical("/id/theme")).contains("https://w3id.org/citynet/id/theme");
    }

    @Test
    void pathsThatCannotBeOurIrisNameNothing() {
        assertThat(iris.canonical("/id/city/es poo")).isEmpty();
        assertThat(iris.canonical("/id/city/<script>")).isEmpty();
        assertThat(iris.canonical("/id//city")).isEmpty();
        assertThat(iris.canonical("id/city/espoo")).isEmpty();
        assertThat(iris.canonical(null)).isEmpty();
    }

    @Test
    void canonicalIrisBrowseLocallyAndOthersStayAsTheyAre() {
        assertThat(iris.local("https://w3id.org/citynet/id/city/espoo", "http://localhost:8080/"))
                .isEqualTo("http://localhost:8080/id/city/espoo");
        assertThat(iris.local("https://w3id.org/citynet/ontology#City", "/"))
                .isEqualTo("/ontology#City");
        assertThat(iris.local("http://www.wikidata.org/entity/Q47034", "/"))
                .isEqualTo("http://www.wikidata.org/entity/Q47034");
        assertThat(iris.local("https://w3id.org/citynetwork/x", "/")).isEqualTo("https://w3id.org/citynetwork/x");
    }

    @Test
    void anotherBaseMapsTheSameWayAndGetsItsSlash() {
        IriMapping other = new IriMapping("https://example.org/kg");
        assertThat(other.base()).isEqualTo("https://example.org/kg/");
        assertThat(other.canonical("/id/city/espoo")).contains("https://example.org/kg/id/city/espoo");
        assertThat(other.local("https://example.org/kg/id/city/espoo", "/")).isEqualTo("/id/city/espoo");
        assertThat(other.isCanonical("https://w3id.org/citynet/id/city/espoo")).isFalse();
        assertThat(other.ontologyNamespace()).isEqualTo("https://example.org/kg/ontology#");
        assertThat(other.graph("sources")).isEqualTo("https://example.org/kg/graph/sources");
        assertThat(other.term(CN.evidence)).isEqualTo("https://example.org/kg/ontology#evidence");
    }

    @Test
    void ontologyTermsAreTheirOwnIrisUnderTheDefaultBaseAndNothingElseIsATerm() {
        assertThat(iris.term(CN.City)).isEqualTo("https://w3id.org/citynet/ontology#City");
        assertThatThrownBy(() -> iris.term(RDFS.label)).isInstanceOf(IllegalArgumentException.class);
    }
}
