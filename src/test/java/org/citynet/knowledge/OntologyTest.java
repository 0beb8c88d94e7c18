package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology is OWL 2 DL, consistent with and without the data (checked by HermiT through the OWL API),
 * and documents every term of its own in English, Finnish and Swedish.
 */
class OntologyTest {

    private static final Path ROOT = RealKnowledgeGraph.ROOT;
    private static final String CN = "https://w3id.org/citynet/ontology#";

    private static byte[] turtle(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toByteArray();
    }

    private static Model ontologyModel() {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, ROOT.resolve("ontology/citynet.ttl").toString());
        return model;
    }

    private static OWLOntology owl(OWLOntologyManager manager, Model model) throws Exception {
        return manager.loadOntologyFromOntologyDocument(
                new StreamDocumentSource(new ByteArrayInputStream(turtle(model))));
    }

    @Test
    void isInTheOwl2DlProfile() throws Exception {
        OWLOntology ontology = owl(OWLManager.createOWLOntologyManager(), ontologyModel());
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertThat(report.getViolations()).as("OWL 2 DL profile violations").isEmpty();
        assertThat(ontology.getOntologyID().getVersionIRI().map(IRI::toString).orElse(null))
                .isEqualTo("https://w3id.org/citynet/ontology/0.1.0");
    }

    @Test
    void isConsistentWithNoUnsatisfiableClass() throws Exception {
        OWLOntology ontology = owl(OWLManager.createOWLOntologyManager(), ontologyModel());
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertThat(reasoner.isConsistent()).isTrue();
            assertThat(reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()).isEmpty();
            // A sanity check that the reasoner really sees the hierarchy it is judging.
            assertThat(reasoner.getSuperClasses(
                    ontology.getOWLOntologyManager().getOWLDataFactory().getOWLClass(IRI.create(CN + "TwinningAgreement")), false)
                    .getFlattened().stream().map(c -> c.getIRI().toString()).collect(Collectors.toSet()))
                    .contains(CN + "Agreement", "http://www.w3.org/ns/prov#Entity");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void staysConsistentWithTheVocabulariesAndAllTheData() throws Exception {
        Model all = ontologyModel();
        RDFDataMgr.read(all, ROOT.resolve("ontology/vocabularies.ttl").toString());
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        for (Path trig : KnowledgeGraphFilesOfRoot.dataFiles()) {
            RDFParser.source(trig).lang(Lang.TRIG).parse(data);
        }
        data.find().forEachRemaining(q -> all.getGraph().add(q.asTriple()));
        OWLOntology ontology = owl(OWLManager.createOWLOntologyManager(), all);
        Configuration configuration = new Configuration();
        // xsd:gYear and xsd:date values (the precision the sources give) are outside OWL 2's datatype map.
        configuration.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, configuration);
        try {
            assertThat(ontology.getIndividualsInSignature()).hasSizeGreaterThan(100);
            assertThat(reasoner.isConsistent()).isTrue();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void everyOwnTermHasLabelsInThreeLanguagesAndAnEnglishDefinition() {
        Model model = ontologyModel();
        List<Resource> terms = model.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(CN))
                .toList();
        assertThat(terms).hasSizeGreaterThan(30);
        for (Resource term : terms) {
            assertThat(term.hasProperty(RDF.type, OWL.Class) || term.hasProperty(RDF.type, OWL.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL.DatatypeProperty)).as("%s is declared", term).isTrue();
            Set<String> labelLanguages = model.listObjectsOfProperty(term, RDFS.label).toList().stream()
                    .map(n -> n.asLiteral().getLanguage()).collect(Collectors.toSet());
            assertThat(labelLanguages).as("label languages of %s", term).contains("en", "fi", "sv");
            assertThat(model.listObjectsOfProperty(term, SKOS.definition).toList())
                    .as("definitions of %s", term)
                    .anySatisfy(d -> assertThat(d.asLiteral().getLanguage()).isEqualTo("en"));
        }
    }
}
