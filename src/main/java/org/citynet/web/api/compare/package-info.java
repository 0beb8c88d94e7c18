/**
 * Membership comparison: {@code GET /api/compare?cities=espoo,helsinki[,...][&asOf=..][&undated=..][&lang=..]}.
 *
 * <p>For two cities the answer lists the organisations (city networks, working groups, cooperation bodies:
 * everything a city is {@code org:member} of through an {@code org:Membership}) they share and those each
 * has alone, their Jaccard index |A∩B| / |A∪B| (null, with an explanation, when both sets are empty), the
 * agreements both are direct parties to, and the source documents every item rests on. For three to ten
 * cities it gives the pairwise matrix, each city's memberships and the organisations all of them share.
 *
 * <p><b>What counts as a city's membership.</b> Only memberships whose {@code org:member} is the city
 * itself. A membership of a group the city may belong to — "the 14 municipalities of the Helsinki region"
 * is a member of HSYK and of the MAL advisory board — is <em>not</em> attributed to the city: the source
 * names the group without listing its members, and the graph does not fill them in. The same holds for
 * agreements a group is party to.
 *
 * <p><b>asOf.</b> Without {@code asOf} every membership and agreement counts. With it, an item counts if
 * its period covers the date, compared on the parts both dates have: {@code "2015"^^xsd:gYear} covers
 * every day of 2015, so an agreement ending in 2015 is in force on 2015-12-31 and one starting in 2016 is
 * not; {@code asOf=2015} matches a period starting 2015-06-01. A missing start or end is open on that side;
 * an agreement without a start date starts at its signing date when that is known. Most memberships have no
 * period at all: {@code undated=include} (the default) counts them, since a source stating a membership
 * without dates states it as current, and {@code undated=exclude} leaves them out; either way they are
 * flagged {@code periodKnown: false} and the answer's {@code policy} says which rule was used.
 *
 * <p><b>Structure.</b> {@link org.citynet.web.api.compare.MembershipSource} reads
 * {@link org.citynet.web.api.compare.CityFacts}: {@link org.citynet.web.api.compare.IndexedMembershipSource}
 * from an in-memory index that holds everything an answer needs (labels and source descriptions included)
 * and is keyed on the store's change stamp, and {@link org.citynet.web.api.compare.SparqlMembershipSource} by
 * SPARQL while that index is being built. Both run the same {@code sparql/compare/*.rq} through
 * {@link org.citynet.web.api.compare.FactQueries} and fold the rows by the same rules
 * ({@link org.citynet.web.api.compare.FactRows}), on every kind of store.
 * {@link org.citynet.web.api.compare.MembershipComparison}, {@link org.citynet.web.api.compare.Jaccard},
 * {@link org.citynet.kernel.rdf.Period} and {@link org.citynet.web.api.compare.AsOfFilter} hold the logic as
 * plain classes; the controller and service only validate, delegate and lay out.
 */
package org.citynet.web.api.compare;
