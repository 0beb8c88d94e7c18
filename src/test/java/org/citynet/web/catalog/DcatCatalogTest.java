package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.citynet.kernel.store.DataVersion;
import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;

/** The catalogue built from given facts, without a store: what the code adds to the template. */
class DcatCatalogTest {

    private static final String ROOT = "https://data.example.org/citynet/";
    private static final String SHA = "ab".repeat(32);
    private static final Instant LOADED = Instant.parse("2026-01-01T00:00:00Z");
    // Spelled out, not the code's constants: the IRIs are what is checked.
    private static final Property SPDX_CHECKSUM = ResourceFactory.createProperty("http://spdx.org/rdf/terms#checksum");
    private static final Property SPDX_CHECKSUM_VALUE = ResourceFactory.createProperty("http://spdx.org/rdf/terms#checksumValue");
    private static final Property DCAT_BYTE_SIZE = ResourceFactory.createProperty("http://www.w3.org/ns/dcat#byteSize");
    private static final Property DCT_TEMPORAL = ResourceFactory.createProperty("http://purl.org/dc/terms/temporal");
    private static final Property DCAT_START_DATE = ResourceFactory.createProperty("http://www.w3.org/ns/dcat#startDate");
    private static final Property DCAT_END_DATE = ResourceFactory.createProperty("http://www.w3.org/ns/dcat#endDate");
    private static final Property DCT_SOURCE = ResourceFactory.createProperty("http://purl.org/dc/terms/source");
    private static final Property DCT_RIGHTS = ResourceFactory.createProperty("http://purl.org/dc/terms/rights");
    private static final Property DCT_MODIFIED = ResourceFactory.createProperty("http://purl.org/dc/terms/modified");
    private static final Property VCARD_HAS_EMAIL = ResourceFactory.createProperty("http://www.w3.org/2006/vcard/ns#hasEmail");
    private static final Property VCARD_HAS_URL = ResourceFactory.createProperty("http://www.w3.org/2006/vcard/ns#hasURL");

    @Test
    void dumpsGetTheirSizeChecksumAndDateAndTheDatasetItsCoverageAndSources() {
        Model catalogue = DcatCatalog.build(ROOT, properties(null), summary(Year.of(1998), Year.of(2030), List.of()), dumps());
        Resource nquads = catalogue.createResource(ROOT + "catalog#nquads");
        Resource checksum = nquads.getPropertyResourceValue(SPDX_CHECKSUM);
        assertThat(checksum.getProperty(SPDX_CHECKSUM_VALUE).getString()).isEqualTo(SHA);
        assertThat(nquads.getProperty(DCAT_BYTE_SIZE).getLong()).isEqualTo(1234);
        Resource dataset = catalogue.createResource(ROOT + "catalog#dataset");
        Resource period = dataset.getPropertyResourceValue(DCT_TEMPORAL);
        assertThat(period.getProperty(DCAT_START_DATE).getString()).isEqualTo("1998");
        assertThat(period.getProperty(DCAT_END_DATE).getString()).isEqualTo("2030");
        assertThat(dataset.hasProperty(DCT_SOURCE, catalogue.createResource("https://w3id.org/citynet/id/source/000")))
                .isTrue();
        assertThat(dataset.hasProperty(DCT_RIGHTS)).isFalse();
        assertThat(dataset.getProperty(DCT_MODIFIED).getString()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void attributionStatementsGoOnTheDatasetAndEveryDistribution() {
        Model catalogue = DcatCatalog.build(ROOT, properties(null),
                summary(null, null, List.of("Contains data from GeoNames")), dumps());
        Resource dataset = catalogue.createResource(ROOT + "catalog#dataset");
        assertThat(dataset.hasProperty(DCT_TEMPORAL)).isFalse();
        Resource rights = dataset.getPropertyResourceValue(DCT_RIGHTS);
        assertThat(rights.getProperty(RDFS.label).getString())
                .isEqualTo("Contains data from GeoNames");
        for (String distribution : List.of("nquads", "trig", "sparql")) {
            assertThat(catalogue.createResource(ROOT + "catalog#" + distribution).hasProperty(DCT_RIGHTS, rights))
                    .as(distribution).isTrue();
        }
    }

    @Test
    void contactIsTheConfiguredRoleAddressOrTheServicesOwnPage() {
        Model withMail = DcatCatalog.build(ROOT, properties(URI.create("mailto:info@example.org")),
                summary(null, null, List.of()), dumps());
        assertThat(withMail.createResource(ROOT + "catalog#contact").getPropertyResourceValue(VCARD_HAS_EMAIL).getURI())
                .isEqualTo("mailto:info@example.org");
        Model withoutContact = DcatCatalog.build(ROOT, properties(null), summary(null, null, List.of()), dumps());
        assertThat(withoutContact.createResource(ROOT + "catalog#contact").getPropertyResourceValue(VCARD_HAS_URL)
                .getURI()).isEqualTo(ROOT);
    }

    @Test
    void aContactThatIsNeitherAWebPageNorAMailAddressIsRefusedAtStartUp() {
        assertThatThrownBy(() -> properties(URI.create("tel:+358000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("citynet.catalog.contact");
    }

    private static CitynetProperties properties(URI contact) {
        CitynetProperties.Catalog catalog = new CitynetProperties.Catalog(null, Duration.ofMinutes(1),
                Duration.ofSeconds(10), "citynet", null, URI.create("http://purl.org/adms/publishertype/NonProfitOrganisation"),
                contact);
        return new CitynetProperties(URI.create("https://w3id.org/citynet/"), ".", null, null, null, null, catalog);
    }

    private static DataSummary summary(Year first, Year last, List<String> attributions) {
        DataVersion version = new DataVersion(3, "hash", LOADED, LOADED, LOADED);
        Statistics statistics = new Statistics(0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
        Provenance provenance = new Provenance(first, last, List.of("https://w3id.org/citynet/id/source/000"),
                ModelFactory.createDefaultModel(), attributions);
        return new DataSummary(version, statistics, provenance);
    }

    private static DumpSet dumps() {
        DataVersion version = new DataVersion(3, "hash", LOADED, LOADED, LOADED);
        Instant created = Instant.parse("2026-01-01T00:00:01Z");
        return new DumpSet(version, Map.of(
                DumpFormat.NQUADS, new Dump(DumpFormat.NQUADS, Path.of("a"), SHA, 1234, created),
                DumpFormat.TRIG, new Dump(DumpFormat.TRIG, Path.of("b"), SHA, 999, created)));
    }
}
