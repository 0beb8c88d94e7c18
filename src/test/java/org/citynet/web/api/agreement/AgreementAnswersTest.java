package org.citynet.web.api.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.Localizers;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.QuoteView;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.SourceView;
import org.citynet.web.system.CitynetProperties;
import org.citynet.support.TestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

/**
 * The agreement answers on a small graph of agreements whose source leaves things open, without Spring:
 * an agreement with no parties is listed (with the open point), a superseded one is never in force, and
 * the sources carry the words that state each answer's facts.
 */
class AgreementAnswersTest {

    private static final String ID = "https://w3id.org/citynet/id/";

    private static final PageRequest FIRST_PAGE = new PageRequest(1, ListPages.DEFAULT_PAGE_SIZE);

    private static KnowledgeStore store;
    private static AgreementService service;
    private static AgreementReader reader;
    private static Localizer english;

    @BeforeAll
    static void load() {
        store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, "api/agreements-left-open.trig"));
        ApiQueries queries = new ApiQueries(new QueryRunner(store), properties());
        Iris iris = new Iris(properties());
        reader = new AgreementReader(queries);
        ListPages pages = new ListPages(queries, properties());
        service = new AgreementService(reader, pages, queries, new SourceCatalog(queries, new ConcurrentMapCacheManager()),
                iris, new AgreementFilters(queries, pages));
        english = new Localizers(iris).of("en", null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anAgreementWhosePartiesTheTextLeavesOpenIsListedWithTheOpenPoint() {
        AgreementView region = only(service.list(null, null, null, FIRST_PAGE, english).items(), "region");
        assertThat(region.parties()).isEmpty();
        assertThat(region.notStated()).containsExactly("party");
        assertThat(region.validity().start()).isEqualTo("2005-10-01");
        assertThat(service.detail("region", english).agreement().notStated()).containsExactly("party");
        // A party's agreements are still those it is a party to.
        assertThat(reader.ofParty(ID + "city/north", english)).extracting(AgreementView::id)
                .containsExactlyInAnyOrder("first-mou", "partnership");
    }

    @Test
    void aSupersededAgreementWithoutAnEndIsNeverCalledInForce() {
        AgreementView first = only(service.list(null, null, null, FIRST_PAGE, english).items(), "first-mou");
        assertThat(first.validityStatus()).extracting(Ref::id).containsExactly("superseded");
        assertThat(first.validityStatus()).extracting(Ref::label).containsExactly("superseded according to the source");
        assertThat(first.notStated()).containsExactly("endDate");
        AgreementList in2015 = service.list(null, null, "2015", FIRST_PAGE, english);
        assertThat(in2015.items()).extracting(AgreementView::id).containsExactlyInAnyOrder("partnership", "region");
        assertThat(in2015.inForce().supersededWithoutEnd()).extracting(Ref::id).containsExactly("first-mou");
        assertThat(in2015.inForce().withoutKnownStart()).isEmpty();
        AgreementList in1998 = service.list(null, null, "1998", FIRST_PAGE, english);
        assertThat(in1998.items()).extracting(AgreementView::id).containsExactly("partnership");
        assertThat(in1998.inForce().supersededWithoutEnd()).isEmpty();
    }

    @Test
    void theSourcesCarryTheWordsThatStateTheAnswersFacts() {
        AgreementDetail first = service.detail("first-mou", english);
        assertThat(first.agreement().evidence()).containsExactly(ID + "quote/900-aaa", ID + "quote/900-ccc");
        SourceView source = first.sources().get(0);
        assertThat(first.sources()).hasSize(1);
        assertThat(source.iri()).isEqualTo(ID + "source/900");
        assertThat(source.quotes()).containsExactly(
                new QuoteView(ID + "quote/900-ccc", "Ensimmäinen aiesopimus allekirjoitettiin 1999.", "fi"),
                new QuoteView(ID + "quote/900-aaa", "Pohjoinen ja Etelä solmivat kumppanuussopimuksen 1998.", "fi"));
        // A list cites the words behind every item, once each.
        List<QuoteView> all = service.list(null, null, null, FIRST_PAGE, english).sources().get(0).quotes();
        assertThat(all).extracting(QuoteView::iri).containsExactlyInAnyOrder(ID + "quote/900-aaa",
                ID + "quote/900-bbb", ID + "quote/900-ccc");
    }

    private static CitynetProperties properties() {
        return TestProperties.inMemory(".", Duration.ofSeconds(10), 10_000);
    }

    private static AgreementView only(List<AgreementView> agreements, String id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no agreement " + id + " in " + agreements));
    }
}
