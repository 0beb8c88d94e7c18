package org.citynet.tools.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides twin-city pairs without holding them in memory. Each city picks 0–3 partners (half of them none), with a
 * strong preference for hub cities, so a few cities end up with dozens of twins (as Espoo has ten) and most
 * with one or two. A pair picked by both cities is stated once, by the lower-numbered one; since every
 * city's picks come from its own random stream, a city can replay its partner's picks to know that.
 */
final class TwinPlan {

    private final Layout layout;

    TwinPlan(Layout layout) {
        this.layout = layout;
    }

    /** The partners whose twinning agreement the city's source states, in pick order. */
    List<Integer> statedBy(int city) {
        List<Integer> stated = new ArrayList<>();
        for (int partner : picks(city)) {
            // The partner states it instead if it picked this city too and comes first.
            if (!(partner < city && picks(partner).contains(city))) {
                stated.add(partner);
            }
        }
        return stated;
    }

    private Set<Integer> picks(int city) {
        Draw draw = Draw.of(layout.settings().seed(), Draw.Stream.TWINS, city);
        int count = (int) (5 * StrictMath.pow(draw.unit(), 2));
        Set<Integer> picks = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            int partner = layout.popularCity(draw);
            if (partner != city) {
                picks.add(partner);
            }
        }
        return picks;
    }
}
