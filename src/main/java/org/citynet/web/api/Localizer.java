package org.citynet.web.api;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.citynet.web.system.LanguagePreference;

/**
 * Presents the graph's nodes for one request: labels in the language asked for (falling back as
 * {@link LanguagePreference} says), references with short ids, and sorting by label with the collation of
 * the preferred language (so that Swedish "Ö" comes after "Z"). Made per request by {@link Localizers}.
 */
public final class Localizer {

    private final LanguagePreference preference;
    private final Iris iris;
    private final Collator collator;

    public Localizer(LanguagePreference preference, Iris iris) {
        this.preference = preference;
        this.iris = iris;
        this.collator = Collator.getInstance(Locale.forLanguageTag(preference.preferred()));
    }

    /** The languages labels are chosen by, best first. */
    public List<String> languages() {
        return preference.order();
    }

    /** The best label, or null if there is none. */
    public String label(Map<String, String> labelsByLanguage) {
        return preference.pick(labelsByLanguage);
    }

    /** A reference to an IRI with the best of its labels. */
    public Ref ref(String iri, Map<String, String> labels) {
        String type = iris.type(iri).orElse(null);
        String id = type == null ? null : iris.slug(iri, type).orElse(null);
        return new Ref(id, iri, type, label(labels));
    }

    /** A reference to the node itself, labelled by its {@code label} field. */
    public Ref self(NodeFields node) {
        return ref(node.iri(), node.byLanguage("label"));
    }

    /** The field's first IRI value as a reference. */
    public Optional<Ref> ref(NodeFields node, String field) {
        return node.iris(field).stream().findFirst().map(iri -> ref(iri, node.labelsOf(field, iri)));
    }

    /** The field's IRI values as references, sorted by label. */
    public List<Ref> refs(NodeFields node, String field) {
        return node.iris(field).stream().map(iri -> ref(iri, node.labelsOf(field, iri)))
                .sorted(byLabel(Ref::label)).toList();
    }

    /**
     * The label's key in the preferred language's collation, for sorting many labels at once: keys compare as
     * {@link #byLabel} compares their labels. Null for no label.
     */
    public CollationKey sortKey(String label) {
        return label == null ? null : collator.getCollationKey(label);
    }

    /** Orders by label in the preferred language's collation; items without a label last. */
    public <T> Comparator<T> byLabel(Function<T, String> label) {
        return Comparator.comparing(label, Comparator.nullsLast(collator::compare));
    }
}
