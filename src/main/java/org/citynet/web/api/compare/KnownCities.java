package org.citynet.web.api.compare;

import java.util.Collection;
import java.util.List;

/**
 * Every city in the data, for choosing which to compare. Given by the same sources as the comparison's
 * facts: {@link IndexedMembershipSource} from its index, {@link SparqlMembershipSource} from the store.
 */
public interface KnownCities {

    /** Every city in the data with its labels in every language, in IRI order. */
    List<Term> cities();

    /** Every city's IRI, in IRI order: what counting them needs, without their labels. */
    List<String> cityIris();

    /** The cities among {@code iris} that the data has, with their labels, in IRI order. */
    List<Term> cities(Collection<String> iris);
}
