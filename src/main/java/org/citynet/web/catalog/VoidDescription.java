package org.citynet.web.catalog;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * Builds the VoID description served at {@code /.well-known/void}: the static facts of
 * {@code catalog/void.ttl} plus every number counted in the store, the class and property partitions,
 * one {@code void:vocabulary} per namespace of a class or property in use, and one {@code void:Linkset}
 * per predicate linking into a dataset the template lists (only those actually linked to remain).
 * Stateless.
 */
public final class VoidDescription {

    private VoidDescription() {
    }

    /** The URI spaces of the other datasets the template lists, which links are counted into. */
    static List<String> linkTargets() {
        return Templates.parse("void", "http://localhost/").listObjectsOfProperty(VOID.uriSpace)
                .mapWith(node -> node.asLiteral().getLexicalForm()).toList();
    }

    static Model build(String root, String uriSpace, Statistics statistics) {
        Model model = Templates.parse("void", root);
        Resource dataset = model.createResource(root + "catalog#dataset")
                .addProperty(VOID.uriSpace, uriSpace)
                .addLiteral(VOID.triples, integer(model, statistics.triples()))
                .addLiteral(VOID.entities, integer(model, statistics.entities()))
                .addLiteral(VOID.classes, integer(model, statistics.classes()))
                .addLiteral(VOID.properties, integer(model, statistics.properties()))
                .addLiteral(VOID.distinctSubjects, integer(model, statistics.distinctSubjects()))
                .addLiteral(VOID.distinctObjects, integer(model, statistics.distinctObjects()));
        vocabularies(statistics).forEach(ns -> dataset.addProperty(VOID.vocabulary, model.createResource(ns)));
        for (Statistics.Count partition : statistics.classPartitions()) {
            dataset.addProperty(VOID.classPartition, model.createResource()
                    .addProperty(VOID._class, model.createResource(partition.iri()))
                    .addLiteral(VOID.entities, integer(model, partition.count())));
        }
        for (Statistics.Count partition : statistics.propertyPartitions()) {
            dataset.addProperty(VOID.propertyPartition, model.createResource()
                    .addProperty(VOID.property, model.createResource(partition.iri()))
                    .addLiteral(VOID.triples, integer(model, partition.count())));
        }
        linksets(model, dataset, statistics.links());
        return model;
    }

    /** The namespaces (up to the last '#' or '/') of every class and property in use. */
    static TreeSet<String> vocabularies(Statistics statistics) {
        TreeSet<String> namespaces = new TreeSet<>();
        statistics.classPartitions().forEach(count -> namespaces.add(namespace(count.iri())));
        statistics.propertyPartitions().forEach(count -> namespaces.add(namespace(count.iri())));
        return namespaces;
    }

    static String namespace(String iri) {
        int end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return end < 0 ? iri : iri.substring(0, end + 1);
    }

    private static void linksets(Model model, Resource dataset, List<Statistics.Link> links) {
        Map<String, Resource> targets = model.listStatements(null, VOID.uriSpace, (String) null).toList().stream()
                .filter(statement -> !statement.getSubject().equals(dataset))
                .collect(Collectors.toMap(statement -> statement.getString(), Statement::getSubject));
        for (Statistics.Link link : links) {
            Resource linkset = model.createResource()
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, dataset)
                    .addProperty(VOID.objectsTarget, targets.get(link.targetSpace()))
                    .addProperty(VOID.linkPredicate, model.createResource(link.property()))
                    .addLiteral(VOID.triples, integer(model, link.triples()));
            dataset.addProperty(VOID.subset, linkset);
        }
        // Other datasets nothing links to are not worth describing.
        targets.forEach((space, target) -> {
            if (links.stream().noneMatch(link -> link.targetSpace().equals(space))) {
                model.removeAll(target, null, null);
            }
        });
    }

    public static Literal integer(Model model, long value) {
        return model.createTypedLiteral(BigInteger.valueOf(value));
    }
}
