package org.citynet.api.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citynet.api.ApiParameters;
import org.citynet.query.InvalidParameterException;

/**
 * A date known to a year, a month or a day, as the sources give them ({@code xsd:gYear "1998"},
 * {@code xsd:gYearMonth "2016-05"}, {@code xsd:date "2005-10-01"}). Two partial dates are compared at the
 * coarser of their precisions, so "2015" neither precedes nor follows "2015-06-30": nothing is invented
 * about the day a year-only date stands for.
 */
public record PartialDate(int year, Integer month, Integer day) {

    /** How precisely a date is known; ordered coarse to fine. */
    public enum Precision { YEAR, MONTH, DAY }

    // The date part of xsd:gYear, gYearMonth, date and dateTime lexical forms; a timezone or time is ignored.
    private static final Pattern DATA =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*|Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern PARAMETER = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("A day needs a month");
        }
    }

    /** A date from the data, or empty if the lexical form is not one this API can compare. */
    public static Optional<PartialDate> fromData(String lexical) {
        if (lexical == null) {
            return Optional.empty();
        }
        Matcher m = DATA.matcher(lexical.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(checked(m));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date a client gives: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and a real one.
     *
     * @throws InvalidParameterException naming the parameter otherwise
     */
    public static PartialDate parameter(String parameter, String value) {
        Matcher m = value == null ? null : PARAMETER.matcher(value.strip());
        try {
            if (m != null && m.matches()) {
                return checked(m);
            }
        } catch (DateTimeException e) {
            // Falls through to the same answer: 2015-02-30 is as wrong as "yesterday".
        }
        throw new InvalidParameterException(parameter, "must be a year (YYYY), a month (YYYY-MM) or a date"
                + " (YYYY-MM-DD), not '" + ApiParameters.abbreviate(String.valueOf(value)) + "'");
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * Negative, zero or positive as this date is before, at or after the other, both cut to the coarser of
     * the two precisions.
     */
    public int compareAtCommonPrecision(PartialDate other) {
        Precision common = precision().compareTo(other.precision()) <= 0 ? precision() : other.precision();
        int c = Integer.compare(year, other.year);
        if (c != 0 || common == Precision.YEAR) {
            return c;
        }
        c = Integer.compare(month, other.month);
        if (c != 0 || common == Precision.MONTH) {
            return c;
        }
        return Integer.compare(day, other.day);
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    private static PartialDate checked(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (day != null) {
            LocalDate.of(year, month, day);
        } else if (month != null) {
            YearMonth.of(year, month);
        }
        return new PartialDate(year, month, day);
    }
}
