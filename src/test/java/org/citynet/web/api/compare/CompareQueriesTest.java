package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

class CompareQueriesTest {

    @Test
    void allQueriesParseFromTheClassPath() {
        CompareQueries queries = CompareQueries.load();
        assertThat(List.of(queries.cities(), queries.memberships(), queries.agreements(), queries.labels(),
                queries.sources(), queries.allCities(), queries.cityCount(), queries.agreementClasses(),
                queries.sourceGraphs())).allMatch(Query::isSelectType);
    }

    @Test
    void valuesGoFirstIntoACopyAndTheOriginalStaysAsItWas() {
        Query original = CompareQueries.load().memberships();
        String before = original.serialize();
        Query bound = CompareQueries.withValues(original, "city",
                List.of("https://w3id.org/citynet/id/city/espoo", "https://w3id.org/citynet/id/city/helsinki"));

        assertThat(original.serialize()).isEqualTo(before);
        ElementGroup pattern = (ElementGroup) bound.getQueryPattern();
        assertThat(pattern.getElements().get(0)).isInstanceOfSatisfying(ElementData.class, data -> {
            assertThat(data.getVars()).extracting(v -> v.getVarName()).containsExactly("city");
            assertThat(data.getRows()).hasSize(2);
        });
        // The copy is still a well-formed query when written out (as it is for a remote store).
        Query reparsed = QueryFactory.create(bound.serialize());
        assertThat(reparsed.serialize()).contains("VALUES ?city", "<https://w3id.org/citynet/id/city/helsinki>");
    }
}
