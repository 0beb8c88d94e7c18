package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real shapes refuse an e-mail address or a telephone number given as an IRI — as foaf:mbox
 * {@code <mailto:…>}, schema:telephone {@code <tel:…>}, or a mailto:/tel: IRI on any property of any node —
 * just as they refuse one given as text. Validated as the loader and every write do: the union of the data
 * graphs and the ontology against the shapes files.
 */
class ContactIriShapesTest {

    private static final String PREFIXES = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix schema: <http://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix city: <https://w3id.org/citynet/id/city/> .
            """;
    private static final String REFUSAL = "contact details are not published";

    private static RepositoryData data;
    private static Shapes shapes;

    @BeforeAll
    static void read() {
        data = RepositoryData.read();
        shapes = Shapes.parse(data.shapes());
    }

    @Test
    void theRealDataConforms() {
        ValidationReport report = validate("");
        assertThat(report.getEntries()).isEmpty();
    }

    @Test
    void anEmailAddressAsFoafMboxIsRefusedOnTheNodeThatHasIt() {
        List<ReportEntry> refused = refusals(validate("city:espoo foaf:mbox <mailto:etunimi.sukunimi@espoo.fi> ."));
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.focusNode().getURI()).isEqualTo("https://w3id.org/citynet/id/city/espoo");
            assertThat(e.value().getURI()).isEqualTo("mailto:etunimi.sukunimi@espoo.fi");
        });
    }

    @Test
    void aTelephoneNumberAsSchemaTelephoneIsRefused() {
        List<ReportEntry> refused = refusals(validate("city:espoo schema:telephone <tel:+358-9-81621> ."));
        assertThat(refused).anySatisfy(e -> assertThat(e.value().getURI()).isEqualTo("tel:+358-9-81621"));
    }

    @Test
    void aMailtoOrTelIriOnAnyPropertyOfAnyNodeIsRefused() {
        assertThat(refusals(validate("city:helsinki rdfs:seeAlso <MAILTO:kirjaamo@hel.fi> ."))).isNotEmpty();
        assertThat(refusals(validate("city:helsinki vcard:hasTelephone <tel:0931022781> ."))).isNotEmpty();
        // A bare node, neither typed nor labelled: caught by the shape that looks at the whole graph, and
        // the message names the node.
        List<ReportEntry> bare = refusals(validate(
                "<https://example.org/someone> <https://example.org/reach> <tel:+358401234567> ."));
        assertThat(bare).anySatisfy(e -> assertThat(e.message()).contains("https://example.org/someone"));
        assertThat(refusals(validate("<mailto:someone@example.org> <https://example.org/p> \"x\" ."))).isNotEmpty();
        assertThat(refusals(validate("<https://example.org/t> a <https://example.org/Thing> ; "
                + "<https://example.org/reach> <tel:+358401234567> ."))).isNotEmpty();
    }

    @Test
    void contactPropertiesAreRefusedWithTextValuesToo() {
        assertThat(refusals(validate("city:espoo schema:email \"x@example.org\" ."))).isNotEmpty();
    }

    @Test
    void anOrdinaryIriIsNotMistakenForContactDetails() {
        assertThat(validate("city:espoo rdfs:seeAlso <https://www.espoo.fi/telakka> .").getEntries()).isEmpty();
    }

    private static ValidationReport validate(String turtle) {
        Graph graph = data.unionWithOntology();
        if (!turtle.isEmpty()) {
            RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(graph);
        }
        return ShaclValidator.get().validate(shapes, graph);
    }

    private static List<ReportEntry> refusals(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.message() != null && e.message().contains(REFUSAL))
                .toList();
    }
}
