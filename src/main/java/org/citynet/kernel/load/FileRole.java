package org.citynet.kernel.load;

/** What a source file contributes to the knowledge graph; decides which graph its triples go to. */
public enum FileRole {
    ONTOLOGY, SHAPES, DATA;

    /** Lower-case name used in hash keys and messages. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
