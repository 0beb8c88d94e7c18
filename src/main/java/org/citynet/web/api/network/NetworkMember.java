package org.citynet.web.api.network;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * A member (a city, or a group of cities the sources do not list) with its role and period, and the IRIs
 * of the quotations that state the membership.
 */
public record NetworkMember(Ref member, Ref role, Period period, List<Text> descriptions, List<String> sources,
                            List<String> evidence) {
}
