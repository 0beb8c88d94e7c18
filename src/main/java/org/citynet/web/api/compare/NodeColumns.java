package org.citynet.web.api.compare;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The columns of one kind of {@link MembershipIndex} node (memberships or agreements) while they grow: an
 * {@link IriColumn} for the node IRIs and {@link IntColumn}s of term and source numbers. Not thread-safe;
 * used by one builder, then {@link #freeze}.
 */
final class NodeColumns {

    private final TermTable terms;
    private final ToIntFunction<String> sourceNumbers;
    private final IriColumn iris = new IriColumn();
    private final IntColumn term = new IntColumn();
    private final IntColumn listStart = new IntColumn();
    private final IntColumn list = new IntColumn();
    private final IntColumn[] dates;
    private final IntColumn sourceStart = new IntColumn();
    private final IntColumn sources = new IntColumn();

    /**
     * @param dateCount     how many dates each node has (two for a membership, three for an agreement)
     * @param sourceNumbers numbers source document IRIs
     */
    NodeColumns(int dateCount, TermTable terms, ToIntFunction<String> sourceNumbers) {
        this.terms = terms;
        this.sourceNumbers = sourceNumbers;
        dates = new IntColumn[dateCount];
        for (int i = 0; i < dateCount; i++) {
            dates[i] = new IntColumn();
        }
    }

    int size() {
        return term.size();
    }

    /**
     * @param termIri    the organisation or agreement class, a term answers label
     * @param listed     roles or parties, each a term answers label
     * @param dateValues as written, null where there is none
     * @param of         the source documents
     * @return the node's position
     */
    int add(String iri, String termIri, List<String> listed, String[] dateValues, List<String> of) {
        int split = IriColumn.split(iri);
        int position = iris.add(terms.number(iri.substring(0, split)), iri.substring(split));
        term.add(terms.labelled(termIri));
        listStart.add(list.size());
        listed.forEach(value -> list.add(terms.labelled(value)));
        for (int i = 0; i < dates.length; i++) {
            dates[i].add(dateValues[i] == null ? -1 : terms.number(dateValues[i]));
        }
        sourceStart.add(sources.size());
        of.forEach(source -> sources.add(sourceNumbers.applyAsInt(source)));
        return position;
    }

    MembershipIndex.Nodes freeze() {
        listStart.add(list.size());
        sourceStart.add(sources.size());
        int[][] dateArrays = new int[dates.length][];
        for (int i = 0; i < dates.length; i++) {
            dateArrays[i] = dates[i].toArray();
        }
        return new MembershipIndex.Nodes(iris.freeze(), term.toArray(), listStart.toArray(), list.toArray(),
                dateArrays, sourceStart.toArray(), sources.toArray());
    }
}
