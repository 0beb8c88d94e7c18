package org.citynet.kernel.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Geometry literals as citynet stored them, from a store that rewrites them. Virtuoso turns every
 * {@code geo:wktLiteral} into a geometry of its own: it answers with the datatype
 * {@code virtrdf:Geometry} and prints coordinates it keeps in single precision with 14 significant digits
 * ({@code "POINT(4.40026 51.22047)"^^geo:wktLiteral} comes back as
 * {@code "POINT(4.4002599716187 51.220470428467)"^^virtrdf:Geometry}; coordinates it keeps exactly come back
 * as they were). A restored literal is a {@code geo:wktLiteral} again, each long coordinate replaced by the
 * shortest decimal that denotes the same single-precision number — the coordinate as written, for any
 * coordinate of up to seven significant digits (every one in citynet's data: GeoNames gives five decimals).
 *
 * <p>Why in the store client and not in the queries: every reader of the store (named queries, entity
 * documents, dumps, copies for validation, {@code /sparql}) then sees the literal as it was loaded, and
 * compares equal with the embedded store's. What cannot be restored: a query that sends a WKT literal to
 * Virtuoso as a constant matches nothing there; the {@code wgs84:lat}/{@code wgs84:long} decimals beside
 * each point are kept exactly by every store and are what the map uses. Stateless.
 */
final class GeometryLiterals {

    static final String WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
    static final String VIRTUOSO_GEOMETRY = "http://www.openlinksw.com/schemas/virtrdf#Geometry";

    private static final RDFDatatype WKT_TYPE = TypeMapper.getInstance().getSafeTypeByName(WKT);
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    /** Virtuoso prints 14 significant digits; a coordinate that needs that many came from single precision. */
    private static final int SINGLE_PRECISION_PRINT = 10;

    private GeometryLiterals() {
    }

    /** The node as citynet stored it: a rewritten geometry restored, anything else unchanged. */
    static Node restore(Node node) {
        if (node == null || !node.isLiteral() || !VIRTUOSO_GEOMETRY.equals(node.getLiteralDatatypeURI())) {
            return node;
        }
        return NodeFactory.createLiteralDT(coordinates(node.getLiteralLexicalForm()), WKT_TYPE);
    }

    static Triple restore(Triple triple) {
        Node object = restore(triple.getObject());
        return object == triple.getObject() ? triple
                : Triple.create(triple.getSubject(), triple.getPredicate(), object);
    }

    /** Every long coordinate of a WKT text as the shortest decimal with the same single-precision value. */
    static String coordinates(String wkt) {
        Matcher numbers = NUMBER.matcher(wkt);
        StringBuilder restored = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(restored, Matcher.quoteReplacement(shortest(numbers.group())));
        }
        numbers.appendTail(restored);
        return restored.toString();
    }

    private static String shortest(String number) {
        BigDecimal printed = new BigDecimal(number);
        if (printed.stripTrailingZeros().precision() < SINGLE_PRECISION_PRINT) {
            return number;
        }
        float value = printed.floatValue();
        for (int digits = 1; digits <= 9; digits++) {
            BigDecimal candidate = new BigDecimal(value).round(new MathContext(digits));
            if (candidate.floatValue() == value) {
                return candidate.stripTrailingZeros().toPlainString();
            }
        }
        return number;
    }
}
