package org.citynet.web.api.compare;

import java.util.List;

/**
 * Every city in the data, for choosing which to compare. Given by the same sources as the comparison's
 * facts: {@link IndexedMembershipSource} from its index, {@link SparqlMembershipSource} from the store.
 */
public interface KnownCities {

    /** Every city in the data with its labels in every language, in IRI order. */
    List<Term> cities();
}
