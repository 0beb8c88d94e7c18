package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Virtuoso's answers for WKT points, as seen on Debian's 7.2.5, turned back into what was loaded. */
class GeometryLiteralsTest {

    @Test
    void singlePrecisionCoordinatesComeBackAsWritten() {
        assertThat(GeometryLiterals.coordinates("POINT(4.4002599716187 51.220470428467)"))
                .isEqualTo("POINT(4.40026 51.22047)");
        assertThat(GeometryLiterals.coordinates("POINT(116.39723205566 39.907501220703)"))
                .isEqualTo("POINT(116.39723 39.9075)");
        assertThat(GeometryLiterals.coordinates("POINT(24.64999961853 60.205001831055)"))
                .isEqualTo("POINT(24.65 60.205)");
        assertThat(GeometryLiterals.coordinates("POINT(139.69171142578 35.689498901367)"))
                .isEqualTo("POINT(139.69171 35.6895)");
    }

    @Test
    void coordinatesVirtuosoKeptExactlyAreLeftAlone() {
        assertThat(GeometryLiterals.coordinates("POINT(178.12345 -33.98765)")).isEqualTo("POINT(178.12345 -33.98765)");
        assertThat(GeometryLiterals.coordinates("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(1 2)"))
                .isEqualTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(1 2)");
    }

    @Test
    void theLiteralIsAWktLiteralAgain() {
        Node rewritten = NodeFactory.createLiteralDT("POINT(4.4002599716187 51.220470428467)",
                TypeMapper.getInstance().getSafeTypeByName(GeometryLiterals.VIRTUOSO_GEOMETRY));
        Node restored = GeometryLiterals.restore(rewritten);
        assertThat(restored.getLiteralDatatypeURI()).isEqualTo(GeometryLiterals.WKT);
        assertThat(restored.getLiteralLexicalForm()).isEqualTo("POINT(4.40026 51.22047)");
        Node other = NodeFactory.createLiteralString("POINT(4.4002599716187 51.220470428467)");
        assertThat(GeometryLiterals.restore(other)).isSameAs(other);
    }
}
