package org.citynet.kernel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citynet.kernel.load.LoadProblem.Severity;
import org.junit.jupiter.api.Test;

class KnowledgeGraphLoaderValidateTest {

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();

    @Test
    void goodFixtureConforms() {
        ValidationOutcome outcome = validate(LoaderFixtures.good());

        assertThat(outcome.conforms()).isTrue();
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.report().conforms()).isTrue();
    }

    @Test
    void missingRequiredPropertyIsAViolation() {
        ValidationOutcome outcome = validate(LoaderFixtures.goodPlus("broken/missing-title.trig"));

        assertThat(outcome.conforms()).isFalse();
        LoadProblem problem = outcome.refusals().get(0);
        assertThat(outcome.refusals()).hasSize(1);
        assertThat(problem.focusNode()).isEqualTo("<https://example.org/id/untitled>");
        assertThat(problem.path()).isEqualTo("dct:title");
        assertThat(problem.message()).contains("minCount[1]").contains("Got count = 0");
        assertThat(problem.sourceShape()).isEqualTo("ex:AgreementShape");
        assertThat(problem.graphs()).containsExactly("<https://example.org/graph/broken-title>");
        assertThat(problem.describe()).startsWith(
                "SHACL violation: focus <https://example.org/id/untitled> path dct:title: ");
    }

    @Test
    void ontologySubclassesReachTheShapes() {
        // The broken agreement is typed ex:Partnership only; without the ontology no shape targets it.
        KnowledgeGraphFiles withOntology = LoaderFixtures.goodPlus("broken/missing-title.trig");
        KnowledgeGraphFiles withoutOntology = KnowledgeGraphFiles.of(withOntology.root(), List.of(),
                withOntology.shapes(), withOntology.data());

        assertThat(validate(withoutOntology).conforms()).isTrue();
    }

    @Test
    void endBeforeStartIsAViolation() {
        ValidationOutcome outcome = validate(LoaderFixtures.goodPlus("broken/end-before-start.trig"));

        assertThat(outcome.refusals()).singleElement().satisfies(problem -> {
            assertThat(problem.focusNode()).isEqualTo("<https://example.org/id/backwards>");
            assertThat(problem.path()).isEqualTo("schema:startDate");
            assertThat(problem.value()).isEqualTo("\"2020-01-01\"^^xsd:date");
            assertThat(problem.message()).contains("LessThanOrEquals");
        });
    }

    @Test
    void warningsAreReportedButDoNotRefuse() {
        ValidationOutcome outcome = validate(LoaderFixtures.goodPlus("warning/uncommented.trig"));

        assertThat(outcome.conforms()).isTrue();
        assertThat(outcome.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).isEqualTo("An agreement should say what it is about");
            assertThat(problem.describe()).startsWith("SHACL warning: focus <https://example.org/id/quiet>");
        });
    }

    private ValidationOutcome validate(KnowledgeGraphFiles files) {
        return loader.validate(loader.parse(files));
    }
}
