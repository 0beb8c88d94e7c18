package org.citynet.web.catalog;

import static org.citynet.web.catalog.Vocab.*;

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
        return Templates.parse("void", "http://localhost/").listObjectsOfProperty(VOID_URI_SPACE)
                .mapWith(node -> node.asLiteral().getLexicalForm()).toList();
    }

    static Model build(String root, String uriSpace, Statistics statistics) {
        Model model = Templates.parse("void", root);
        Resource dataset = model.createResource(root + "catalog#dataset")
                .addProperty(VOID_URI_SPACE, uriSpace)
                .addLiteral(VOID_TRIPLES, integer(model, statistics.triples()))
                .addLiteral(VOID_ENTITIES, integer(model, statistics.entities()))
                .addLiteral(VOID_CLASSES, integer(model, statistics.classes()))
                .addLiteral(VOID_PROPERTIES, integer(model, statistics.properties()))
                .addLiteral(VOID_DISTINCT_SUBJECTS, integer(model, statistics.distinctSubjects()))
                .addLiteral(VOID_DISTINCT_OBJECTS, integer(model, statistics.distinctObjects()));
        vocabularies(statistics).forEach(ns -> dataset.addProperty(VOID_VOCABULARY, model.createResource(ns)));
        for (Statistics.Count partition : statistics.classPartitions()) {
            dataset.addProperty(VOID_CLASS_PARTITION, model.createResource()
                    .addProperty(VOID_CLASS, model.createResource(partition.iri()))
                    .addLiteral(VOID_ENTITIES, integer(model, partition.count())));
        }
        for (Statistics.Count partition : statistics.propertyPartitions()) {
            dataset.addProperty(VOID_PROPERTY_PARTITION, model.createResource()
                    .addProperty(VOID_PROPERTY, model.createResource(partition.iri()))
                    .addLiteral(VOID_TRIPLES, integer(model, partition.count())));
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
        Map<String, Resource> targets = model.listStatements(null, VOID_URI_SPACE, (String) null).toList().stream()
                .filter(statement -> !statement.getSubject().equals(dataset))
                .collect(Collectors.toMap(statement -> statement.getString(), Statement::getSubject));
        for (Statistics.Link link : links) {
            Resource linkset = model.createResource()
                    .addProperty(RDF.type, VOID_LINKSET)
                    .addProperty(VOID_SUBJECTS_TARGET, dataset)
                    .addProperty(VOID_OBJECTS_TARGET, targets.get(link.targetSpace()))
                    .addProperty(VOID_LINK_PREDICATE, model.createResource(link.property()))
                    .addLiteral(VOID_TRIPLES, integer(model, link.triples()));
            dataset.addProperty(VOID_SUBSET, linkset);
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
