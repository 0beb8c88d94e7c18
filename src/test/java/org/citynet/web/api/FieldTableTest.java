package org.citynet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Grouping fact rows by node: values in order, labels per language, dates at their own precision. */
class FieldTableTest {

    private static final Node MOU = NodeFactory.createURI("https://w3id.org/citynet/id/agreement/mou");
    private static final Node ESPOO = NodeFactory.createURI("https://w3id.org/citynet/id/city/espoo");
    private static final Node SRC0 = NodeFactory.createURI("https://w3id.org/citynet/id/source/000");
    private static final Node SRC1 = NodeFactory.createURI("https://w3id.org/citynet/id/source/001");

    private static final FieldTable TABLE = FieldTable.of(List.of(
            new FieldRow(MOU, "party", ESPOO, NodeFactory.createLiteralLang("Esbo", "sv")),
            new FieldRow(MOU, "party", ESPOO, NodeFactory.createLiteralLang("Espoo", "fi")),
            // The same label from a second source must not replace the first.
            new FieldRow(MOU, "party", ESPOO, NodeFactory.createLiteralLang("Esbo2", "sv")),
            new FieldRow(MOU, "start", NodeFactory.createLiteralDT("2016-05", XSDDatatype.XSDgYearMonth), null),
            new FieldRow(MOU, "end", NodeFactory.createLiteralDT("2019", XSDDatatype.XSDgYear), null),
            new FieldRow(MOU, "description", NodeFactory.createLiteralLang("text", "sv"), null),
            new FieldRow(MOU, "source", SRC1, null),
            new FieldRow(MOU, "source", SRC0, null),
            new FieldRow(ESPOO, "source", SRC0, null)));

    @Test
    void rowsAreGroupedByNodeInQueryOrder() {
        assertThat(TABLE.nodes()).extracting(NodeFields::iri).containsExactly(MOU.getURI(), ESPOO.getURI());
    }

    @Test
    void iriValuesKeepTheirFirstLabelPerLanguage() {
        NodeFields mou = TABLE.node(MOU.getURI()).orElseThrow();
        assertThat(mou.iris("party")).containsExactly(ESPOO.getURI());
        assertThat(mou.labelsOf("party", ESPOO.getURI())).containsEntry("sv", "Esbo").containsEntry("fi", "Espoo");
        assertThat(mou.labelsOf("party", "https://example.org/other")).isEmpty();
    }

    @Test
    void datesKeepThePrecisionOfTheData() {
        NodeFields mou = TABLE.node(MOU.getURI()).orElseThrow();
        assertThat(Period.of(mou, "start", "end")).isEqualTo(new Period("2016-05", "2019"));
        assertThat(mou.lexical("signed")).isEmpty();
        assertThat(mou.texts("description")).containsExactly(new Text("text", "sv"));
    }

    @Test
    void sourcesAreCollectedPerNodeAndForTheWholeTable() {
        assertThat(TABLE.node(MOU.getURI()).orElseThrow().sources()).containsExactly(SRC0.getURI(), SRC1.getURI());
        assertThat(TABLE.sources()).containsExactly(SRC0.getURI(), SRC1.getURI());
    }

    @Test
    void euLanguagesMapToTwoLetterCodes() {
        String authority = "http://publications.europa.eu/resource/authority/language/";
        assertThat(SourceCatalog.languageCode(authority + "SWE")).isEqualTo("sv");
        assertThat(SourceCatalog.languageCode(authority + "FIN")).isEqualTo("fi");
        assertThat(SourceCatalog.languageCode(authority + "XYZ")).isNull();
        assertThat(SourceCatalog.languageCode(null)).isNull();
    }
}
