package org.citynet.web.catalog;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;

/**
 * What the catalogue says about where the data comes from and which period it speaks of, read from the
 * data itself.
 *
 * @param firstYear    year of the earliest date a source states; null if none does
 * @param lastYear     year of the latest date a source states; null if none does
 * @param sources      IRIs of the source documents and of the sources of attributed graphs, to credit
 * @param descriptions how the data describes those sources (titles, publishers, creators, licences)
 * @param attributions attribution statements that graphs of the data make about themselves and that
 *                     their licences ask to be shown (e.g. GeoNames' CC BY 4.0 credit)
 */
record Provenance(Year firstYear, Year lastYear, List<String> sources, Model descriptions,
                  List<String> attributions) {

    Optional<Year> first() {
        return Optional.ofNullable(firstYear);
    }

    Optional<Year> last() {
        return Optional.ofNullable(lastYear);
    }
}
