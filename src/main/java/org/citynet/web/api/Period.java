package org.citynet.web.api;

/**
 * When something holds, at the precision of the data: {@code "2010"}, {@code "2016-05"} or
 * {@code "2005-10-01"}; null where the sources give no date.
 */
public record Period(String start, String end) {

    public static Period of(NodeFields fields, String startField, String endField) {
        return new Period(fields.lexical(startField).orElse(null), fields.lexical(endField).orElse(null));
    }
}
