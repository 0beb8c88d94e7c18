package org.citynet.web.api.compare;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.citynet.web.api.Ref;
import org.citynet.web.system.RepeatedInAnswers;

/**
 * The JSON answers of {@code GET /api/compare}: {@link Pair} for two cities, {@link Group} for three or
 * more, and the items both are made of. Labels are already in the reader's language. Records only; the
 * OpenAPI schema names carry a "Comparison" prefix so that they cannot clash with other features' records.
 */
public sealed interface ComparisonAnswer permits ComparisonAnswer.Pair, ComparisonAnswer.Group {

    /**
     * Two cities: what they share, what each has alone, how alike they are, and their common agreements.
     *
     * @param only           for each city id, the organisations the other city does not belong to
     * @param sources        every source document any item of the answer rests on
     * @param dataGeneration the store generation the answer was computed from
     */
    @Schema(name = "ComparisonPair")
    record Pair(List<City> cities, Policy policy, Jaccard jaccard, List<Organization> shared,
                Map<String, List<Organization>> only, List<Agreement> sharedAgreements, List<Source> sources,
                long dataGeneration) implements ComparisonAnswer {
    }

    /**
     * Three or more cities.
     *
     * @param pairs       every pair, in the order the cities were asked
     * @param matrix      the Jaccard index of every city with every other, rows and columns in the order of
     *                    {@code cities} (the diagonal compares a city with itself)
     * @param memberships for each city id, the organisations it belongs to
     * @param sharedByAll organisations every city belongs to
     */
    @Schema(name = "ComparisonGroup")
    record Group(List<City> cities, Policy policy, List<PairItem> pairs, List<List<Jaccard>> matrix,
                 Map<String, List<Organization>> memberships, List<Organization> sharedByAll,
                 List<Agreement> sharedAgreements, List<Source> sources, long dataGeneration)
            implements ComparisonAnswer {
    }

    /** How memberships and agreements were chosen; {@code asOf} is null when no date was asked. */
    @Schema(name = "ComparisonPolicy")
    record Policy(String asOf, String undated, String description) {
    }

    @Schema(name = "ComparisonCity")
    record City(String id, String iri, String label) {
    }

    /** A pair of cities (by id) with its Jaccard index and how many agreements in force they share. */
    @Schema(name = "ComparisonPairItem")
    record PairItem(List<String> cities, Jaccard jaccard, int sharedAgreements) {
    }

    /**
     * A network, working group or cooperation body.
     *
     * @param type        the kind of entity its IRI names: {@code network}, {@code working-group},
     *                    {@code body}, ...
     * @param memberships the compared cities' memberships in it
     * @param sources     the documents those memberships rest on
     */
    @Schema(name = "ComparisonOrganization")
    record Organization(String id, String iri, String type, String label, List<Membership> memberships,
                        List<Source> sources) {
    }

    /**
     * One membership node.
     *
     * @param city        the member city's id
     * @param period      as far as the sources give it; null when they give neither end
     * @param periodKnown false when the sources give no period (the answer's policy says how such items
     *                    were treated)
     */
    @Schema(name = "ComparisonMembership")
    record Membership(String iri, String city, List<Role> roles, Period period, boolean periodKnown,
                      List<Source> sources) {
    }

    @Schema(name = "ComparisonRole")
    record Role(String id, String iri, String label) {
    }

    /** Start and end as the data gives them ("2015", "2016-05", "2005-10-01"); either may be null. */
    @Schema(name = "ComparisonPeriod")
    record Period(String start, String end) {
    }

    /**
     * An agreement the compared cities are all parties to.
     *
     * @param type      its class as a short name: {@code twinning-agreement}, {@code partnership-agreement},
     *                  {@code memorandum-of-understanding} or {@code agreement}
     * @param typeLabel that class's label
     * @param label     the agreement's own name, if the data gives one
     * @param period    start (or else signing date) and end; null when neither is known
     */
    @Schema(name = "ComparisonAgreement")
    record Agreement(String id, String iri, String type, String typeLabel, String label, List<Party> parties,
                     String signingDate, Period period, boolean periodKnown, List<Source> sources) {
    }

    /** A party to an agreement: a city, a group of cities or another organisation. */
    @Schema(name = "ComparisonParty")
    record Party(String id, String iri, String type, String label) {
    }

    /**
     * A source document, as the sources graph describes it (the same fields as the REST API's sources).
     *
     * @param title     its title in the reader's language if it has one, else in another
     * @param seedFile  the file keeping its text
     * @param publisher who published it; null if not given
     * @param language  the EU authority IRI of its language; null if not given
     * @param date      the date its text gives, at its precision; null if it gives none
     * @param graph     the named graph holding the facts taken from it
     */
    @Schema(name = "ComparisonSource")
    @RepeatedInAnswers
    record Source(String id, String iri, String title, String seedFile, Ref publisher, String language, String date,
                  String graph) {
    }
}
