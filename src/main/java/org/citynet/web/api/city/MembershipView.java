package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * A city's membership in a network, working group or cooperation body ({@code organization.type} says
 * which), with its role and period where the sources give one, and the IRIs of the quotations that state it.
 */
public record MembershipView(Ref organization, Ref role, Period period, List<Text> descriptions,
                             List<String> sources, List<String> evidence) {
}
