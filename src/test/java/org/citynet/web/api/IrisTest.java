package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.citynet.support.TestProperties;
import org.junit.jupiter.api.Test;

class IrisTest {

    private final Iris iris = new Iris(TestProperties.inMemory());
    private final String base = iris.base();

    @Test
    void slugIsWhatFollowsTheTypeSegment() {
        assertThat(iris.slug(base + "id/city/espoo", "city")).contains("espoo");
        assertThat(iris.slug(base + "id/working-group/gen-n00026-wg2", "working-group")).contains("gen-n00026-wg2");
        assertThat(iris.slug(base + "id/city/", "city")).contains("");
    }

    @Test
    void noSlugForAnotherTypeOrAnotherBase() {
        assertThat(iris.slug(base + "id/network/eurocities", "city")).isEmpty();
        // A type that only starts like the one asked for is another type.
        assertThat(iris.slug(base + "id/city-region/uusimaa", "city")).isEmpty();
        assertThat(iris.slug(base + "id/city", "city")).isEmpty();
        assertThat(iris.slug(base + "graph/city/espoo", "city")).isEmpty();
        assertThat(iris.slug("https://example.org/id/city/espoo", "city")).isEmpty();
        assertThat(iris.slug(null, "city")).isEmpty();
    }

    @Test
    void typeIsTheSegmentAfterId() {
        assertThat(iris.type(base + "id/city/espoo")).contains("city");
        assertThat(iris.type(base + "id/working-group/x")).contains("working-group");
        assertThat(iris.type(base + "id/city")).isEmpty();
        assertThat(iris.type(base + "id//espoo")).isEmpty();
        assertThat(iris.type(base + "ontology#City")).isEmpty();
        assertThat(iris.type("https://example.org/id/city/espoo")).isEmpty();
        assertThat(iris.type(null)).isEmpty();
    }

    @Test
    void entityIsTheInverseOfSlug() {
        String espoo = iris.entity("city", "espoo");
        assertThat(espoo).isEqualTo(base + "id/city/espoo");
        assertThat(iris.slug(espoo, "city")).contains("espoo");
        assertThat(iris.type(espoo)).contains("city");
    }
}
