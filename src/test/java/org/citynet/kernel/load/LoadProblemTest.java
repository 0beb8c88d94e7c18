package org.citynet.kernel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.citynet.kernel.load.LoadProblem.Kind;
import org.citynet.kernel.load.LoadProblem.Severity;
import org.junit.jupiter.api.Test;

class LoadProblemTest {

    @Test
    void describesSyntaxErrorsWithPosition() {
        LoadProblem problem = LoadProblem.syntax("data/broken.trig", 12, 5, Severity.ERROR, "Expected '.'");

        assertThat(problem.describe()).isEqualTo("data/broken.trig:12:5: syntax error: Expected '.'");
        assertThat(problem).hasToString(problem.describe());
    }

    @Test
    void leavesOutUnknownPositions() {
        assertThat(LoadProblem.syntax("a.ttl", -1, -1, Severity.ERROR, "m").describe())
                .isEqualTo("a.ttl: syntax error: m");
    }

    @Test
    void describesShapeResults() {
        LoadProblem problem = new LoadProblem(Kind.SHAPE, null, -1, -1, "<https://w3id.org/citynet/id/agreement/x>",
                "dct:date", null, "cn:AgreementShape", Severity.ERROR, "Less than 2 values",
                List.of("<https://example.org/g>"));

        assertThat(problem.describe()).isEqualTo("SHACL violation: focus <https://w3id.org/citynet/id/agreement/x>"
                + " path dct:date: Less than 2 values (shape cn:AgreementShape) in graph <https://example.org/g>");
        assertThat(problem.refusesLoad()).isTrue();
    }

    @Test
    void shapeWarningsDoNotRefuseButParserWarningsDo() {
        LoadProblem shapeWarning = new LoadProblem(Kind.SHAPE, null, -1, -1, "<x>", null, null, null,
                Severity.WARNING, "m", null);

        assertThat(shapeWarning.refusesLoad()).isFalse();
        assertThat(LoadProblem.syntax("f", 1, 1, Severity.WARNING, "m").refusesLoad()).isTrue();
    }

    @Test
    void exceptionMessageListsAtMostFiftyProblems() {
        List<LoadProblem> problems = IntStream.rangeClosed(1, 60)
                .mapToObj(line -> LoadProblem.syntax("f.ttl", line, 1, Severity.ERROR, "bad"))
                .toList();

        LoadException exception = new LoadException(problems);

        assertThat(exception.problems()).hasSize(60);
        assertThat(exception.getMessage()).startsWith("Knowledge graph refused: 60 problems\n")
                .contains("f.ttl:50:1: syntax error: bad")
                .doesNotContain("f.ttl:51:1")
                .endsWith("... and 10 more");
    }
}
