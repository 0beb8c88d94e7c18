package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** The one loader of the service's own .rq files: parsed once, and a broken file named in the failure. */
class SparqlFilesTest {

    @Test
    void aFileIsParsedOnceAndShared() {
        Query first = SparqlFiles.load("catalog", "totals");
        assertThat(first.isSelectType()).isTrue();
        assertThat(SparqlFiles.load("catalog", "totals")).isSameAs(first);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SparqlFiles.load("catalog", "no-such-query"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sparql/catalog/no-such-query.rq");
    }

    @Test
    void aFileThatDoesNotParseIsNamedWithTheParsersMessage() {
        assertThatThrownBy(() -> SparqlFiles.load("broken", "unclosed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sparql/broken/unclosed.rq")
                .hasMessageContaining("line");
    }
}
