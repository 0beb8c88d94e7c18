package org.citynet.tools.generator;

import org.apache.jena.graph.Node;

/**
 * When a membership, agreement or partnership is valid, at the precision a source would give: a year
 * ({@code xsd:gYear}) mostly, sometimes a day ({@code xsd:date}), often nothing. Start and end share their
 * precision, as the shapes require, and the end is never before the start.
 *
 * @param start {@code schema:startDate}, or null
 * @param end   {@code schema:endDate}, or null
 */
record Period(Node start, Node end) {

    static final Period NONE = new Period(null, null);

    /**
     * @param dated share of periods with a start
     * @param ended share of dated periods that have ended
     */
    static Period draw(Draw draw, int from, int to, double dated, double ended) {
        if (!draw.chance(dated)) {
            return NONE;
        }
        int startYear = draw.between(from, to);
        boolean hasEnd = draw.chance(ended);
        int endYear = hasEnd ? startYear + draw.between(1, 8) : 0;
        if (draw.chance(0.15)) {
            int month = draw.between(1, 12);
            int day = draw.between(1, 28);
            return new Period(Terms.date(startYear, month, day),
                    hasEnd ? Terms.date(endYear, draw.between(1, 12), draw.between(1, 28)) : null);
        }
        return new Period(Terms.year(startYear), hasEnd ? Terms.year(endYear) : null);
    }

    boolean current() {
        return end == null;
    }

    void writeFor(Node subject, Statements out) {
        if (start != null) {
            out.add(subject, Terms.START_DATE, start);
        }
        if (end != null) {
            out.add(subject, Terms.END_DATE, end);
        }
    }
}
