package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CONSTRUCT the service sends for a client's DESCRIBE gives what Jena's own DESCRIBE gives. */
class DescribeAsConstructTest {

    private static final String EX = "https://example.org/";

    @ParameterizedTest
    @ValueSource(strings = {
        "DESCRIBE <https://example.org/a>",
        "DESCRIBE <https://example.org/a> <https://example.org/c>",
        "PREFIX ex: <https://example.org/> DESCRIBE ?x WHERE { ?x a ex:Thing }",
        "PREFIX ex: <https://example.org/> DESCRIBE ?x WHERE { ?x a ex:Thing } ORDER BY DESC(?x) LIMIT 1",
        "PREFIX ex: <https://example.org/> DESCRIBE * WHERE { ?x ex:knows ?y }",
        "PREFIX ex: <https://example.org/> DESCRIBE <https://example.org/c> ?y WHERE { ex:a ex:knows ?y }",
        "DESCRIBE <https://example.org/nothing>"
    })
    void describesAsJenaDoes(String text) {
        Model data = data();
        Query describe = QueryFactory.create(text);

        Query construct = DescribeAsConstruct.of(describe);

        assertThat(construct.isConstructType()).isTrue();
        Model expected;
        try (QueryExecution execution = QueryExecution.model(data).query(describe).build()) {
            expected = execution.execDescribe();
        }
        Model actual;
        try (QueryExecution execution = QueryExecution.model(data).query(construct).build()) {
            actual = execution.execConstruct();
        }
        assertThat(actual.isIsomorphicWith(expected)).as("%s%ngave%n%s%nnot%n%s", construct, actual, expected)
                .isTrue();
        if (!text.contains("nothing")) {
            assertThat(actual.size()).isPositive();
        }
    }

    private static Model data() {
        Model model = ModelFactory.createDefaultModel();
        Property knows = model.createProperty(EX + "knows");
        Property name = model.createProperty(EX + "name");
        Resource thing = model.createResource(EX + "Thing");
        Resource a = model.createResource(EX + "a").addProperty(RDF.type, thing).addProperty(name, "A");
        Resource b = model.createResource(EX + "b").addProperty(RDF.type, thing).addProperty(name, "B");
        Resource c = model.createResource(EX + "c").addProperty(name, "C");
        a.addProperty(knows, b);
        b.addProperty(knows, c);
        // A blank node among a's objects: Jena describes it too.
        a.addProperty(model.createProperty(EX + "address"),
                model.createResource().addProperty(name, "street").addProperty(model.createProperty(EX + "number"), "5"));
        return model;
    }
}
