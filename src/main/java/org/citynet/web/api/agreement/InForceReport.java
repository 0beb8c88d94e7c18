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
 * @param supersededWithoutEnd agreements that matched the other filters and had started, but were left
 *                          out because a source presents them as superseded without saying when they ended
 */
public record InForceReport(String date, String precision, String rule, List<Ref> withoutKnownStart,
                            List<Ref> supersededWithoutEnd) {
}
