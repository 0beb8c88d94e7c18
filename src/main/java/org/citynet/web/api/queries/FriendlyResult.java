package org.citynet.web.api.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.citynet.web.api.Page;

/**
 * The {@code application/json} answer of a named query: plain values a client can use without knowing
 * RDF, with hints so that nothing is lost.
 *
 * <p>The rule: each row maps a column to a plain value — an IRI becomes its string, a literal its lexical
 * form, a blank node {@code _:label}; a column that is unbound in a row is absent from it. {@code types}
 * and {@code languages} run parallel to {@code rows} (entry i describes row i): {@code types} gives
 * {@code "iri"}, {@code "bnode"} or the datatype IRI of a literal (e.g. {@code xsd:gYear} in full) for
 * every value that is not a plain string, and {@code languages} the language tag of every
 * language-tagged literal. A value with neither hint is an {@code xsd:string} literal.
 *
 * @param page     the page (from 1), or null when the answer is whole
 * @param pageSize rows per page, or null when the answer is whole
 * @param total    rows of the whole answer
 */
public record FriendlyResult(String query, Map<String, String> parameters, Integer page, Integer pageSize,
                             long total, List<String> columns, List<Map<String, String>> rows,
                             List<Map<String, String>> types, List<Map<String, String>> languages) {

    public static FriendlyResult of(NamedQueryAnswer answer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        answer.parameters().forEach((name, node) -> parameters.put(name, plain(node)));
        List<String> columns = answer.rows().columns();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> types = new ArrayList<>();
        List<Map<String, String>> languages = new ArrayList<>();
        for (Binding binding : answer.rows().rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            Map<String, String> type = new LinkedHashMap<>();
            Map<String, String> language = new LinkedHashMap<>();
            for (String column : columns) {
                Node node = binding.get(column);
                if (node != null) {
                    row.put(column, plain(node));
                    describe(node, column, type, language);
                }
            }
            rows.add(row);
            types.add(type);
            languages.add(language);
        }
        Page page = answer.page();
        return new FriendlyResult(answer.query(), parameters, page == null ? null : page.number(),
                page == null ? null : page.size(), answer.total(), columns, rows, types, languages);
    }

    /** The plain text of a term: IRI string, lexical form, or {@code _:label}. */
    static String plain(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return NodeFmtLib.strNT(node);
    }

    private static void describe(Node node, String column, Map<String, String> type, Map<String, String> language) {
        if (node.isURI()) {
            type.put(column, "iri");
        } else if (node.isBlank()) {
            type.put(column, "bnode");
        } else if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                language.put(column, lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI())) {
                type.put(column, node.getLiteralDatatypeURI());
            }
        } else {
            type.put(column, "triple");
        }
    }
}
