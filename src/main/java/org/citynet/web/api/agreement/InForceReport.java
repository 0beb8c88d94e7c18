package org.citynet.web.api.agreement;

import java.util.List;

import org.citynet.web.api.Ref;

/**
 * How an {@code ?inForce=} filter was applied.
 *
 * @param date              the date asked for, as given
 * @param precision         {@code year}, {@code month} or {@code day}
 * @param rule              the rule in words
 * @param withoutKnownStart agreements that matched the other filters but were left out because the data
 *                          gives neither a validity start nor a signing date
 */
public record InForceReport(String date, String precision, String rule, List<Ref> withoutKnownStart) {
}
