package org.citynet.kernel.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;

/** Turns nodes and SHACL paths into the short text shown in problem reports. */
public final class NodeText {

    private final PrefixMapping prefixMapping;
    private final PrefixMap prefixMap;

    public NodeText(PrefixMapping prefixes) {
        this.prefixMapping = prefixes;
        this.prefixMap = Prefixes.adapt(prefixes);
    }

    /** Full form, e.g. {@code <https://...>}: focus nodes are quoted whole so they can be searched for. */
    public static String full(Node node) {
        return node == null ? null : NodeFmtLib.strNT(node);
    }

    /** Prefixed where a prefix is known, e.g. {@code dct:date} or {@code "2020"^^xsd:gYear}. */
    public String prefixed(Node node) {
        return node == null ? null : NodeFmtLib.str(node, prefixMap);
    }

    public String path(Path path) {
        return path == null ? null : PathWriter.asString(path, new Prologue(prefixMapping));
    }
}
