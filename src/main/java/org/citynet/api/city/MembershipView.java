package org.citynet.api.city;

import java.util.List;

import org.citynet.api.Period;
import org.citynet.api.Ref;
import org.citynet.api.Text;

/**
 * A city's membership in a network, working group or cooperation body ({@code organization.type} says
 * which), with its role and period where the sources give one.
 */
public record MembershipView(Ref organization, Ref role, Period period, List<Text> descriptions,
                             List<String> sources) {
}
