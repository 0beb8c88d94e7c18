package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The terms of a {@link MembershipIndex} while it is built: every IRI, namespace and date as written gets a
 * number the first time it is seen, so that each is kept once however often it occurs; terms an answer
 * shows with their labels are marked. Not thread-safe; used by one builder, then {@link #toArray}.
 */
final class TermTable {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final BitSet labelled = new BitSet();

    int number(String term) {
        return numbers.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
    }

    /** The term's number, the term marked as one whose labels answers show. */
    int labelled(String iri) {
        int number = number(iri);
        labelled.set(number);
        return number;
    }

    /** The number of a term already in the table. */
    int existing(String term) {
        return numbers.get(term);
    }

    Stream<String> labelledTerms() {
        return labelled.stream().mapToObj(terms::get);
    }

    int size() {
        return terms.size();
    }

    String[] toArray() {
        return terms.toArray(String[]::new);
    }
}
