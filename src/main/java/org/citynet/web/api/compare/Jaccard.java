package org.citynet.web.api.compare;

import java.util.HashSet;
import java.util.Set;

/**
 * The Jaccard index |A∩B| / |A∪B| of two sets, with its counts. For two empty sets the index is undefined:
 * {@code value} is null and {@code explanation} says why, rather than pretending 0 or 1. Immutable.
 */
public record Jaccard(int shared, int union, Double value, String explanation) {

    public static <T> Jaccard of(Set<T> a, Set<T> b) {
        Set<T> intersection = new HashSet<>(a);
        intersection.retainAll(b);
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return new Jaccard(0, 0, null, "Neither side has a membership that counts here, so the Jaccard index"
                    + " |A∩B| / |A∪B| would be 0/0: it is undefined.");
        }
        return new Jaccard(intersection.size(), union.size(), (double) intersection.size() / union.size(), null);
    }
}
