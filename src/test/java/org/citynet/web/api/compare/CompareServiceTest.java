package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.citynet.kernel.rdf.AgreementValidity;
import org.citynet.kernel.rdf.PartialDate;
import org.citynet.kernel.rdf.Period;
import org.citynet.web.api.Iris;
import org.citynet.web.api.Ref;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.LanguagePreference;
import org.citynet.web.system.NotFoundException;
import org.citynet.support.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * The answer's layout, with facts from a fixed in-memory {@link MembershipSource} instead of the store: the
 * comparison does not care where its records come from.
 */
class CompareServiceTest {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private static final SourceDocument SOURCE_A = new SourceDocument(ID + "source/a", Map.of("sv", "Källa"), "a.txt",
            new Term(city("north"), Map.of("en", "North", "sv", "Norr")), LANGUAGE + "SWE", "2020-12-18",
            "https://w3id.org/citynet/graph/source-a");
    private static final SourceDocument SOURCE_B = new SourceDocument(ID + "source/b", Map.of("fi", "Lähde"), "b.txt",
            null, null, null, null);

    private final CityFacts facts = new CityFacts(42,
            Map.of(city("north"), new Term(city("north"), Map.of("en", "North", "sv", "Norr")),
                    city("south"), new Term(city("south"), Map.of("en", "South")),
                    city("east"), new Term(city("east"), Map.of("en", "East"))),
            Map.of(city("north"), List.of(membership("north", "network/zeta", "Zeta", SOURCE_A),
                            membership("north", "body/alpha", "Alpha", SOURCE_A)),
                    city("south"), List.of(membership("south", "network/zeta", "Zeta", SOURCE_B))),
            List.of(new AgreementRecord(ID + "agreement/n-s", Map.of(),
                    new Term("https://w3id.org/citynet/ontology#TwinningAgreement", Map.of("en", "twinning agreement")),
                    List.of(Term.unlabelled(city("north")), Term.unlabelled(city("south"))),
                    new AgreementValidity(null, PartialDate.ofYear(1990), null, false), List.of(SOURCE_B))));

    private final CompareService service = new CompareService(cities -> facts, new Iris(properties()));

    @Test
    void twoCitiesGiveAPairAnswer() {
        ComparisonAnswer answer = service.compare(CompareRequest.parse("north,south", null, null),
                LanguagePreference.of("sv", null));
        assertThat(answer).isInstanceOfSatisfying(ComparisonAnswer.Pair.class, pair -> {
            assertThat(pair.cities()).extracting(ComparisonAnswer.City::label).containsExactly("Norr", "South");
            assertThat(pair.shared()).extracting(ComparisonAnswer.Organization::id).containsExactly("zeta");
            assertThat(pair.shared().get(0).memberships()).extracting(ComparisonAnswer.Membership::city)
                    .containsExactly("north", "south");
            assertThat(pair.shared().get(0).sources()).extracting(ComparisonAnswer.Source::seedFile)
                    .containsExactly("a.txt", "b.txt");
            assertThat(pair.only()).containsOnlyKeys("north", "south");
            assertThat(pair.only().get("north")).extracting(ComparisonAnswer.Organization::type).containsExactly("body");
            assertThat(pair.only().get("south")).isEmpty();
            assertThat(pair.jaccard().value()).isEqualTo(0.5);
            assertThat(pair.sharedAgreements()).singleElement().satisfies(a -> {
                assertThat(a.type()).isEqualTo("twinning-agreement");
                assertThat(a.period()).isEqualTo(new ComparisonAnswer.Period("1990", null));
                assertThat(a.parties()).extracting(ComparisonAnswer.Party::id).containsExactly("north", "south");
            });
            assertThat(pair.sources()).extracting(ComparisonAnswer.Source::title).containsExactly("Källa", "Lähde");
            assertThat(pair.sources().get(0)).isEqualTo(new ComparisonAnswer.Source("a", ID + "source/a", "Källa",
                    "a.txt", new Ref("north", city("north"), "city", "Norr"), LANGUAGE + "SWE", "2020-12-18",
                    "https://w3id.org/citynet/graph/source-a"));
            assertThat(pair.sources().get(1).publisher()).isNull();
            assertThat(pair.dataGeneration()).isEqualTo(42);
            assertThat(pair.policy().asOf()).isNull();
        });
    }

    @Test
    void moreCitiesGiveAGroupAnswerWithASquareMatrix() {
        ComparisonAnswer answer = service.compare(CompareRequest.parse("east,north,south", "2000", "exclude"),
                LanguagePreference.of(null, null));
        assertThat(answer).isInstanceOfSatisfying(ComparisonAnswer.Group.class, group -> {
            assertThat(group.matrix()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(3));
            // Nobody has a dated membership: every index is undefined and says why.
            assertThat(group.matrix()).flatMap(row -> row).allSatisfy(cell -> {
                assertThat(cell.value()).isNull();
                assertThat(cell.explanation()).isNotBlank();
            });
            assertThat(group.pairs()).extracting(ComparisonAnswer.PairItem::cities)
                    .containsExactly(List.of("east", "north"), List.of("east", "south"), List.of("north", "south"));
            // undated=exclude with a date: nothing undated counts, the 1990 agreement does.
            assertThat(group.memberships().get("north")).isEmpty();
            assertThat(group.pairs().get(2).sharedAgreements()).isEqualTo(1);
            assertThat(group.sharedAgreements()).isEmpty();
            assertThat(group.policy().undated()).isEqualTo("exclude");
        });
    }

    @Test
    void aCityWithoutMembershipsScoresZeroWithOthersAndIsUndefinedWithItself() {
        ComparisonAnswer answer = service.compare(CompareRequest.parse("east,north,south", null, null),
                LanguagePreference.of(null, null));
        assertThat(answer).isInstanceOfSatisfying(ComparisonAnswer.Group.class, group -> {
            assertThat(group.matrix().get(0).get(0).value()).isNull();
            assertThat(group.matrix().get(0).get(1).value()).isZero();
            assertThat(group.matrix().get(1).get(1).value()).isEqualTo(1.0);
            assertThat(group.matrix().get(1).get(2)).isEqualTo(group.matrix().get(2).get(1));
            assertThat(group.sharedByAll()).isEmpty();
            assertThat(group.memberships().get("north")).extracting(ComparisonAnswer.Organization::label)
                    .containsExactly("Alpha", "Zeta");
        });
    }

    @Test
    void unknownCitiesAreNamed() {
        assertThatThrownBy(() -> service.compare(CompareRequest.parse("north,atlantis,narnia", null, null),
                LanguagePreference.of(null, null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("'atlantis', 'narnia'")
                .hasMessageNotContaining("north");
    }

    private static String city(String slug) {
        return ID + "city/" + slug;
    }

    private static MembershipRecord membership(String city, String organization, String label, SourceDocument source) {
        return new MembershipRecord(ID + "membership/" + city + "-" + organization.replace('/', '-'), city(city),
                new Term(ID + organization, Map.of("en", label)), List.of(Term.unlabelled(ID + "role/member")),
                Period.UNKNOWN, List.of(source));
    }

    static CitynetProperties properties() {
        return TestProperties.inMemory(".", Duration.ofSeconds(10), 10_000);
    }
}
