package org.citynet.web.pages;

import java.util.List;

/**
 * The comparison page ready for its template: the form (the cities to choose from, or a search for them when
 * there are too many to list, the asOf date and undated policy as given), an error in the reader's language if the request could not be answered, and the
 * comparison itself. Every text is escaped by the template; every {@code href} points to this site.
 *
 * @param search null when the form lists every city
 * @param error  null when there is nothing to complain about
 * @param result null when no comparison was asked for or it failed
 */
record CompareView(List<Option> options, Search search, String asOf, String undated, String error, Result result) {

    /**
     * The search that replaces the list of every city when there are many.
     *
     * @param text    what was typed, "" when nothing
     * @param summary how many cities there are, or how many matched and how many of them are shown
     * @param maxLength the longest text the search accepts
     */
    record Search(String text, String summary, int maxLength) {
    }

    /** A city the form offers; {@code checked} when the request chose it. */
    record Option(String id, String label, String lang, boolean checked) {
    }

    /** A name with a link to its page ({@code href} null when it has none). */
    record Link(String label, String lang, String href) {
    }

    /**
     * The comparison of two or more cities.
     *
     * @param jaccard    for two cities, their Jaccard index in words; null for more
     * @param matrix     for more than two cities, the Jaccard index of every pair; empty for two
     * @param shared     organisations every compared city belongs to
     * @param own        for each city, the organisations no other compared city belongs to
     * @param agreements agreements every compared city is a direct party to
     * @param sources    the source documents all of it rests on, numbered for the citations
     * @param policy     which memberships and agreements were counted, in words
     */
    record Result(List<Link> cities, String jaccard, List<MatrixRow> matrix, List<Organization> shared,
                  List<Column> own, List<Agreement> agreements, List<Source> sources, String policy) {
    }

    /** One row of the Jaccard matrix: a city and its index with every city, in the order of the columns. */
    record MatrixRow(Link city, List<String> values) {
    }

    /** One city's column of organisations it alone belongs to. */
    record Column(Link city, List<Organization> organizations) {
    }

    /** A network, working group or body, with the compared cities' memberships in it. */
    record Organization(Link link, List<Membership> memberships, List<Citation> citations) {
    }

    /** A city's membership: its roles and period as the sources give them ("" when they give none). */
    record Membership(String city, String roles, String period) {
    }

    /** An agreement with its kind, parties, dates and sources. */
    record Agreement(Link link, String kind, List<Link> parties, String signed, String period,
                     List<Citation> citations) {
    }

    /** A numbered source document. */
    record Source(int number, String anchor, Link document, String seedFile) {
    }

    /** A reference to a numbered source, e.g. [2]. */
    record Citation(int number, String anchor) {
    }
}
