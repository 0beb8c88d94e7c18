package org.citynet.kernel.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID's counts read from a TDB2 database's quad indexes, in term ids and in each index's order: in the
 * subject-first index the quads of one triple are adjacent, and so are the triples of one subject, so distinct
 * triples and subjects are runs of equal ids; likewise objects and the links into other datasets in the
 * object-first index and the instances of a class under {@code rdf:type} in the property-first one. Nothing is
 * held but the tuple before and a count per graph, property, class and link target. The SPARQL other stores are
 * asked ({@code sparql/catalog/}) counts distinct subjects and objects with {@code COUNT(DISTINCT …)}, which Jena
 * answers by holding every one of them at once — at 100,000 cities millions of terms, which with a named query's
 * grouping at the same time filled the 1 GiB heap — and reads every triple once more for each link target. Only
 * citynet's graphs are counted: the quad table (the named graphs, whose union is the default graph the service
 * queries), not the real default graph.
 */
final class Tdb2Statistics {

    /** Tuples between two looks at the clock. */
    private static final int CHECK_EVERY = 1 << 16;
    private static final int G = 0;
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    private final DatasetGraphTDB database;
    private final NodeTable nodes;
    private final long deadline;
    private long read;

    private Tdb2Statistics(DatasetGraphTDB database, long deadline) {
        this.database = database;
        this.nodes = database.getQuadTable().getNodeTupleTable().getNodeTable();
        this.deadline = deadline;
    }

    /**
     * The counts, or nothing if {@code dataset} is not a TDB2 database.
     *
     * @throws QueryCancelledException past {@code timeout}, as a query would be
     */
    static Optional<StoreStatistics> count(DatasetGraph dataset, String uriSpace, List<String> targetSpaces,
                                           Duration timeout) {
        if (!TDBInternal.isTDB2(dataset)) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        return Optional.of(Txn.calculateRead(dataset, () ->
                new Tdb2Statistics(TDBInternal.getDatasetGraphTDB(dataset), deadline).count(uriSpace, targetSpaces)));
    }

    private StoreStatistics count(String uriSpace, List<String> targetSpaces) {
        Map<NodeId, long[]> perGraph = new HashMap<>();
        Map<NodeId, long[]> perProperty = new HashMap<>();
        long triples = 0;
        long subjects = 0;
        long entities = 0;
        Tuple<NodeId> before = null;
        for (Iterator<Tuple<NodeId>> quads = index("SPOG").all(); quads.hasNext(); ) {
            Tuple<NodeId> quad = next(quads);
            perGraph.computeIfAbsent(quad.get(G), id -> new long[1])[0]++;
            boolean newSubject = before == null || !quad.get(S).equals(before.get(S));
            if (newSubject) {
                subjects++;
                Node subject = nodes.getNodeForNodeId(quad.get(S));
                if (subject.isURI() && subject.getURI().startsWith(uriSpace)) {
                    entities++;
                }
            }
            if (newSubject || !quad.get(P).equals(before.get(P)) || !quad.get(O).equals(before.get(O))) {
                triples++;
                perProperty.computeIfAbsent(quad.get(P), id -> new long[1])[0]++;
            }
            before = quad;
        }
        ObjectCounts objects = objects(uriSpace, targetSpaces);
        return new StoreStatistics(triples, subjects, perProperty.size(), objects.distinct, entities,
                classEntities(), iris(perProperty), iris(perGraph), objects.links(this, targetSpaces));
    }

    /** Distinct objects, and per target URI space and property the links into it. */
    private static final class ObjectCounts {
        long distinct;
        final Map<String, Map<NodeId, long[]>> links = new HashMap<>();

        List<StoreStatistics.Link> links(Tdb2Statistics statistics, List<String> targetSpaces) {
            List<StoreStatistics.Link> all = new ArrayList<>();
            for (String target : targetSpaces) {
                statistics.iris(links.getOrDefault(target, Map.of())).forEach((property, count) ->
                        all.add(new StoreStatistics.Link(target, property, count)));
            }
            return all;
        }
    }

    /**
     * In the object-first index the quads of one object are adjacent, and within them those of one subject and
     * property: distinct objects are runs, and so are the distinct triples of an object. Only an object that is an
     * IRI in a target space has its subjects looked at; a term stored inline in its id (a number, a date) is a
     * literal and is not even decoded.
     */
    private ObjectCounts objects(String uriSpace, List<String> targetSpaces) {
        ObjectCounts objects = new ObjectCounts();
        NodeId object = null;
        List<String> targets = List.of();
        Tuple<NodeId> before = null;
        for (Iterator<Tuple<NodeId>> quads = index("OSPG").all(); quads.hasNext(); ) {
            Tuple<NodeId> quad = next(quads);
            if (!quad.get(O).equals(object)) {
                objects.distinct++;
                object = quad.get(O);
                targets = targetsOf(object, targetSpaces);
                before = null;
            }
            if (!targets.isEmpty()) {
                if (before == null || !quad.get(S).equals(before.get(S)) || !quad.get(P).equals(before.get(P))) {
                    Node subject = nodes.getNodeForNodeId(quad.get(S));
                    if (subject.isURI() && subject.getURI().startsWith(uriSpace)) {
                        for (String target : targets) {
                            objects.links.computeIfAbsent(target, t -> new HashMap<>())
                                    .computeIfAbsent(quad.get(P), id -> new long[1])[0]++;
                        }
                    }
                }
                before = quad;
            }
        }
        return objects;
    }

    private List<String> targetsOf(NodeId object, List<String> targetSpaces) {
        if (targetSpaces.isEmpty() || NodeId.isInline(object)) {
            return List.of();
        }
        Node node = nodes.getNodeForNodeId(object);
        if (!node.isURI()) {
            return List.of();
        }
        String iri = node.getURI();
        return targetSpaces.stream().filter(iri::startsWith).toList();
    }

    /** Under {@code rdf:type}, ordered by object then subject: each class's distinct subjects are runs. */
    private Map<NodeId, long[]> classCounts() {
        Map<NodeId, long[]> perClass = new HashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (NodeId.isDoesNotExist(type)) {
            return perClass;
        }
        Tuple<NodeId> pattern = TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, type, NodeId.NodeIdAny);
        Tuple<NodeId> before = null;
        for (Iterator<Tuple<NodeId>> quads = index("POSG").find(pattern); quads.hasNext(); ) {
            Tuple<NodeId> quad = next(quads);
            if (before == null || !quad.get(O).equals(before.get(O)) || !quad.get(S).equals(before.get(S))) {
                perClass.computeIfAbsent(quad.get(O), id -> new long[1])[0]++;
            }
            before = quad;
        }
        return perClass;
    }

    private SortedMap<String, Long> classEntities() {
        return iris(classCounts());
    }

    /** The counts by IRI; a term that is not an IRI (a literal as the object of {@code rdf:type}) is left out. */
    private SortedMap<String, Long> iris(Map<NodeId, long[]> counts) {
        SortedMap<String, Long> byIri = new TreeMap<>();
        counts.forEach((id, count) -> {
            Node node = nodes.getNodeForNodeId(id);
            if (node.isURI()) {
                byIri.put(node.getURI(), count[0]);
            }
        });
        return byIri;
    }

    private Tuple<NodeId> next(Iterator<Tuple<NodeId>> quads) {
        if (++read % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
            throw new QueryCancelledException();
        }
        return quads.next();
    }

    private TupleIndex index(String order) {
        for (TupleIndex index : database.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (index.getName().equals(order)) {
                return index;
            }
        }
        throw new IllegalStateException("This TDB2 database has no " + order + " quad index");
    }
}
