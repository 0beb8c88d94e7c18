package org.citynet.web.api;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one answer rests on, gathered while it is built: the sources its nodes derive from and the
 * quotations ({@code cn:evidence}) that state their facts. {@link SourceCatalog} turns it into the answer's
 * {@code sources}, each with its quotations. Mutable; one per answer, used by one thread.
 */
public final class Citations {

    private final Set<String> sources = new TreeSet<>();
    private final Set<String> quotations = new TreeSet<>();

    public Citations add(FieldTable table) {
        sources.addAll(table.sources());
        quotations.addAll(table.evidence());
        return this;
    }

    public Citations add(NodeFields node) {
        sources.addAll(node.sources());
        quotations.addAll(node.evidence());
        return this;
    }

    /** Sources and quotations as an item of an answer lists them (IRIs). */
    public Citations add(Collection<String> sourceIris, Collection<String> quotationIris) {
        sources.addAll(sourceIris);
        quotations.addAll(quotationIris);
        return this;
    }

    public Set<String> sources() {
        return Collections.unmodifiableSet(sources);
    }

    public Set<String> quotations() {
        return Collections.unmodifiableSet(quotations);
    }
}
