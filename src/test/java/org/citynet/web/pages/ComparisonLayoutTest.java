package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citynet.web.api.compare.ComparisonAnswer;
import org.citynet.web.api.compare.ComparisonAnswer.City;
import org.citynet.web.api.compare.ComparisonAnswer.Membership;
import org.citynet.web.api.compare.ComparisonAnswer.Organization;
import org.citynet.web.api.compare.ComparisonAnswer.Policy;
import org.citynet.web.api.compare.ComparisonAnswer.Source;
import org.citynet.web.api.compare.Jaccard;
import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a comparison answer is laid out for the page, with the real message texts; no Spring context. */
class ComparisonLayoutTest {

    private static final String BASE = "https://w3id.org/citynet/";

    private static PageContext page(String language) {
        return new PageContext(language, language, LanguagePreference.of(language, null), "", "/compare",
                new IriMapping(BASE), List.of(), List.of());
    }

    private static ComparisonLayout layout(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ComparisonLayout(page(language), messages);
    }

    private static City city(String id) {
        return new City(id, BASE + "id/city/" + id, id.toUpperCase());
    }

    private static Organization organization(String id, String city, Source source) {
        return new Organization(id, BASE + "id/network/" + id, "network", "Network " + id,
                List.of(new Membership(BASE + "id/membership/" + city + "-" + id, city, List.of(), null, false,
                        List.of(source))), List.of(source));
    }

    private static final Source ONE = new Source("000", BASE + "id/source/000", "Source zero", "000.txt", null, null,
            null, null);
    private static final Source TWO = new Source("001", BASE + "id/source/001", "Source one", "001.txt", null, null,
            null, null);
    private static final Policy ALL = new Policy(null, "include", "all");

    @Test
    void aPairShowsItsJaccardIndexInThePageLanguageAndCitesNumberedSources() {
        ComparisonAnswer.Pair pair = new ComparisonAnswer.Pair(List.of(city("a"), city("b")), ALL,
                Jaccard.of(java.util.Set.of("x", "y"), java.util.Set.of("x", "z")), List.of(organization("x", "a", TWO)),
                Map.of("a", List.of(organization("y", "a", ONE)), "b", List.of(organization("z", "b", TWO))),
                List.of(), List.of(ONE, TWO), 1);
        CompareView.Result result = layout("fi").layout(pair);
        assertThat(result.jaccard()).isEqualTo("0,33 (1 yhteistä, kaikkiaan 3)");
        assertThat(result.matrix()).isEmpty();
        assertThat(result.shared()).singleElement().satisfies(o -> {
            assertThat(o.link().href()).isEqualTo("/id/network/x?lang=fi");
            assertThat(o.citations()).extracting(CompareView.Citation::number).containsExactly(2);
        });
        assertThat(result.own()).extracting(c -> c.city().label()).containsExactly("A", "B");
        assertThat(result.sources()).extracting(s -> s.document().label()).containsExactly("Source zero", "Source one");
        assertThat(result.policy()).startsWith("Kaikki");
    }

    @Test
    void aGroupWorksOutEachCitysOwnOrganisationsAndTheMatrix() {
        Map<String, List<Organization>> memberships = new LinkedHashMap<>();
        memberships.put("a", List.of(organization("x", "a", ONE), organization("y", "a", ONE)));
        memberships.put("b", List.of(organization("x", "b", ONE)));
        memberships.put("c", List.of(organization("y", "c", ONE), organization("z", "c", ONE)));
        Jaccard undefined = Jaccard.of(java.util.Set.of(), java.util.Set.of());
        List<List<Jaccard>> matrix = List.of(List.of(undefined, undefined, undefined), List.of(undefined, undefined,
                undefined), List.of(undefined, undefined, undefined));
        ComparisonAnswer.Group group = new ComparisonAnswer.Group(List.of(city("a"), city("b"), city("c")),
                new Policy("2015", "exclude", "d"), List.of(), matrix, memberships, List.of(), List.of(), List.of(ONE), 1);
        CompareView.Result result = layout("en").layout(group);
        assertThat(result.jaccard()).isNull();
        assertThat(result.matrix()).hasSize(3).allSatisfy(row -> assertThat(row.values())
                .containsOnly("undefined: neither city has a membership that counts here"));
        // x is shared by a and b, y by a and c: only c has z alone, a and b have nothing alone.
        assertThat(result.own()).extracting(c -> c.organizations().size()).containsExactly(0, 0, 1);
        assertThat(result.own().get(2).organizations().get(0).link().label()).isEqualTo("Network z");
        assertThat(result.policy()).contains("2015").contains("left out");
    }
}
